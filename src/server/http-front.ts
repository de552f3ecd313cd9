import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { roleOf, tokenOf, type AccessOptions, type Role } from './auth.js';
import { AuthPenalty } from './auth-penalty.js';
import { hostAllowed, originAllowed, type HostOptions } from './host-check.js';
import { send, serveStatic } from './http-routes.js';
import type { ServerLimits } from './limits.js';
import { parseTarget } from './request-target.js';

export interface FrontOptions {
  port: number;
  host: string;
  access: AccessOptions;
  limits: ServerLimits;
  dashboardDir: string | undefined;
  log: (line: string) => void;
  /** The /healthz body. */
  health(): object;
  /** The /metrics body. */
  metrics(): string;
  closing(): boolean;
  /** No room for another WebSocket connection. */
  full(): boolean;
  /** A WebSocket that passed every check. */
  onSocket(ws: WebSocket, role: Role, token: string | undefined): void;
}

/**
 * The HTTP side of the server: routes (/, /healthz, /metrics, /ws) and the
 * checks a WebSocket upgrade passes (Host, path, Origin, token, room). Every
 * request path is total: whatever a peer sends gets a status line (400 for a
 * target that does not parse), and an unexpected failure is logged and answered
 * 500, never thrown out of a handler.
 */
export class HttpFront {
  readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly penalty = new AuthPenalty();
  private readonly hosts: HostOptions;

  constructor(private readonly o: FrontOptions) {
    this.hosts = { bind: o.host, ...(o.access.allowHosts ? { allowHosts: o.access.allowHosts } : {}), ...(o.access.allowOrigins ? { allowOrigins: o.access.allowOrigins } : {}) };
    this.http = createServer((req, res) => this.guard(() => this.onRequest(req, res), () => send(res, 500, 'text/plain', 'internal error\n')));
    this.http.headersTimeout = o.limits.headersTimeoutMs;
    this.http.requestTimeout = Math.max(o.limits.headersTimeoutMs, 30_000);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: o.limits.maxPayloadBytes, perMessageDeflate: false, clientTracking: false });
    this.http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => undefined); // a peer that resets mid-handshake ends only its own socket
      this.guard(() => this.onUpgrade(req, socket, head), () => refuse(socket, 500, 'Internal Server Error'));
    });
  }

  async listen(): Promise<{ port: number; url: string }> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.o.port, this.o.host, () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    const { port } = this.http.address() as AddressInfo;
    const host = this.o.host.includes(':') ? `[${this.o.host}]` : this.o.host;
    return { port, url: `http://${host}:${port}/` };
  }

  /** Runs a handler; whatever it throws is logged and answered, and the server goes on. */
  private guard(run: () => void, answer: () => void): void {
    try {
      run();
    } catch (e) {
      this.o.log(`internal error in a request handler: ${(e as Error).stack ?? String(e)}`);
      try {
        answer();
      } catch {
        // the response was already under way: nothing more to say on it
      }
    }
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    if (!hostAllowed(req, this.hosts)) return send(res, 403, 'text/plain', 'this server does not answer to that Host name (see --allow-host)\n');
    const target = parseTarget(req.url);
    if (target === undefined) return send(res, 400, 'text/plain', 'bad request target\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    const path = target.path;
    if (path === '/healthz') return send(res, 200, 'application/json', JSON.stringify(this.o.health()) + '\n');
    if (path === '/metrics') {
      if (roleOf(req, this.o.access) === undefined) return this.later(req, () => send(res, 401, 'text/plain', 'a token is required\n'));
      return send(res, 200, 'text/plain; version=0.0.4', this.o.metrics());
    }
    if (path === '/ws') return send(res, 426, 'text/plain', 'upgrade to WebSocket here\n');
    if (!serveStatic(req, res, this.o.dashboardDir, path)) send(res, 404, 'text/plain', 'not found\n');
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!hostAllowed(req, this.hosts)) return refuse(socket, 403, 'Forbidden');
    const target = parseTarget(req.url);
    if (target === undefined) return refuse(socket, 400, 'Bad Request');
    if (target.path !== '/ws') return refuse(socket, 404, 'Not Found');
    if (this.o.closing()) return refuse(socket, 503, 'Service Unavailable');
    if (!originAllowed(req, this.hosts)) return refuse(socket, 403, 'Forbidden');
    const role = roleOf(req, this.o.access);
    if (role === undefined) return this.later(req, () => refuse(socket, 401, 'Unauthorized'));
    if (this.o.access.token !== undefined || this.o.access.viewerToken !== undefined) this.penalty.succeed(addressOf(req));
    if (this.o.full()) return refuse(socket, 503, 'Service Unavailable');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.o.onSocket(ws, role, tokenOf(req)));
  }

  /** Answers a bad token after the penalty its address has earned (repeated failures wait longer, up to 1 s). */
  private later(req: IncomingMessage, answer: () => void): void {
    const wait = this.penalty.fail(addressOf(req));
    if (wait === 0) return answer();
    setTimeout(() => this.guard(answer, () => undefined), wait).unref();
  }

  close(): Promise<void> {
    this.http.closeAllConnections?.();
    return new Promise<void>((r) => this.http.close(() => r()));
  }
}

const addressOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? '';

function refuse(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length + 1}\r\n\r\n${text}\n`);
}
