import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, pb, type Envelope } from '../../src/codec/protocol.js';
import { NnstreamError } from './errors.js';
import { plain, type Ack, type ModelInfo } from './messages.js';

export interface HandshakeOptions {
  token?: string;
  clientId?: string;
  clientName?: string;
  maxPayload: number;
  timeoutMs: number;
}

/** An open connection whose handshake is done, not yet handed to its owner. */
export interface OpenSocket {
  ws: WebSocket;
  info: ModelInfo;
  /** The server's answer to Hello (named clients only): what it holds of this client's stream. */
  hello: Ack | undefined;
  /** Hands the socket over: frames (and a close) that came after the handshake first, then every later one. */
  takeOver(onFrame: (data: Buffer) => void, onClose: (code: number, reason: string) => void): void;
}

/**
 * Opens a WebSocket (with the token as `Authorization: Bearer`), sends Hello for a
 * named client, and waits for the server's ModelInfo and, for a named client, its
 * Ack. Fails with FORBIDDEN (HTTP 401/403), CONNECT, TIMEOUT or the server's Error.
 */
export function handshake(url: string, o: HandshakeOptions): Promise<OpenSocket> {
  const headers: Record<string, string> = {};
  if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
  const ws = new WebSocket(url, { headers, perMessageDeflate: false, maxPayload: o.maxPayload });
  ws.binaryType = 'nodebuffer';
  const named = o.clientId !== undefined && o.clientId !== '';
  return new Promise<OpenSocket>((resolve, reject) => {
    let info: ModelInfo | undefined;
    let hello: Ack | undefined;
    let settled = false;
    const early: Buffer[] = [];
    let closed: [number, string] | undefined;
    const fail = (error: NnstreamError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on('error', () => {});
      ws.terminate();
      reject(error);
    };
    const timer = setTimeout(() => fail(new NnstreamError('TIMEOUT', `no answer from ${url} within ${o.timeoutMs} ms`)), o.timeoutMs);
    const onMessage = (data: WebSocket.RawData): void => {
      if (settled) return void early.push(data as Buffer);
      let env: Envelope;
      try {
        env = decodeEnvelope(data as Buffer);
      } catch (e) {
        return fail(new NnstreamError('BAD_MESSAGE', `undecodable frame from the server during the handshake: ${(e as Error).message}`));
      }
      if (env.body === 'modelInfo') info = plain<ModelInfo>(pb.ModelInfo, env.modelInfo);
      else if (env.body === 'ack' && named) hello ??= plain<Ack>(pb.Ack, env.ack);
      else if (env.body === 'error') {
        const err = env.error!;
        return fail(new NnstreamError(err.code || 'INTERNAL', `the server refused the connection: ${err.message ?? ''}`, Number(err.ref ?? 0)));
      } else early.push(data as Buffer); // e.g. an ack for an earlier connection's samples
      if (info === undefined || (named && hello === undefined)) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        ws,
        info,
        hello,
        takeOver(onFrame, onClose) {
          ws.off('message', onMessage);
          ws.off('close', onEarlyClose);
          ws.on('message', (d) => onFrame(d as Buffer));
          for (const d of early.splice(0)) onFrame(d);
          if (closed !== undefined) onClose(...closed);
          else ws.on('close', (code, reason) => onClose(code, reason.toString()));
        },
      });
    };
    const onEarlyClose = (code: number, reason: Buffer): void => {
      if (settled) closed = [code, reason.toString()];
      else fail(new NnstreamError('CONNECT', `${url} closed the connection during the handshake (${code}${reason.length > 0 ? ` ${reason.toString()}` : ''})`));
    };
    ws.on('message', onMessage);
    ws.on('close', onEarlyClose);
    ws.on('open', () => {
      if (named) ws.send(encodeEnvelope({ hello: { clientId: o.clientId!, clientName: o.clientName ?? '' } }));
    });
    ws.on('error', (e) => fail(connectError(url, e)));
  });
}

function connectError(url: string, e: Error): NnstreamError {
  const status = /Unexpected server response: (\d+)/.exec(e.message)?.[1];
  if (status === '401' || status === '403')
    return new NnstreamError('FORBIDDEN', `${url} refused the connection (HTTP ${status}): check the token${status === '403' ? ' or the Origin' : ''}`);
  if (status !== undefined) return new NnstreamError('CONNECT', `${url} answered HTTP ${status} instead of a WebSocket upgrade`);
  const code = (e as NodeJS.ErrnoException).code;
  return new NnstreamError('CONNECT', `cannot connect to ${url}: ${code ?? e.message}`);
}
