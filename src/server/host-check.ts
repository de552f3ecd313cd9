import { hostname as machineName } from 'node:os';
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * Which names a request may give in its Host header, and which browser Origins
 * may open a WebSocket. A DNS rebinding page (attacker.example resolving to
 * 127.0.0.1) reaches the server with its own name in Host and Origin, so the
 * names are checked against what the server is known by, never against each other
 * alone.
 */
export interface HostOptions {
  /** The address the server is bound to (`--host`). */
  bind: string;
  /** Further names (`--allow-host`); '*' allows any. */
  allowHosts?: readonly string[];
  /** Browser Origins allowed besides the server's own names (`--allow-origin`); '*' allows any. */
  allowOrigins?: readonly string[];
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The host name of a Host header or URL authority (no port, no brackets, lower case); undefined when it does not parse. */
export function hostNameOf(authority: string): string | undefined {
  const a = authority.trim().toLowerCase();
  if (a === '') return undefined;
  if (a.startsWith('[')) {
    const end = a.indexOf(']');
    if (end < 0 || (end + 1 < a.length && !/^:\d{1,5}$/.test(a.slice(end + 1)))) return undefined;
    const ip = a.slice(1, end);
    return isIP(ip) === 6 ? ip : undefined;
  }
  const m = /^([a-z0-9.\-_]+)(?::(\d{1,5}))?$/.exec(a);
  return m ? m[1]!.replace(/\.$/, '') : undefined;
}

const isLoopback = (name: string): boolean => LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || (isIP(name) === 4 && name.startsWith('127.'));
const isWildcard = (bind: string): boolean => bind === '0.0.0.0' || bind === '::' || bind === '';

/** Whether a host name is one this server answers to. */
export function nameAllowed(name: string, o: HostOptions): boolean {
  const allow = o.allowHosts ?? [];
  if (allow.includes('*') || allow.map((h) => h.toLowerCase()).includes(name)) return true;
  if (isLoopback(name)) return true;
  const bind = o.bind.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === bind) return true;
  // bound to every interface: addresses are fine (rebinding needs a DNS name), and so is this machine's name
  if (isWildcard(bind)) return isIP(name) !== 0 || name === machineName().toLowerCase();
  return false;
}

/** A request's Host header names this server (requests without one, HTTP/1.0, pass). */
export function hostAllowed(req: IncomingMessage, o: HostOptions): boolean {
  const host = req.headers.host;
  if (host === undefined) return true;
  const name = hostNameOf(host);
  return name !== undefined && nameAllowed(name, o);
}

/**
 * Browsers send Origin on WebSocket upgrades; a page from another site must not
 * drive this server with the user's network position (cross-site WebSocket
 * hijacking, DNS rebinding). Requests without Origin (non-browser clients) pass;
 * an Origin passes when it is on the allow-list or names this server itself.
 */
export function originAllowed(req: IncomingMessage, o: HostOptions): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const allow = o.allowOrigins ?? [];
  if (allow.includes('*') || allow.includes(origin)) return true;
  const m = /^(https?):\/\/([^/?#]+)$/i.exec(origin.trim());
  if (!m) return false;
  const name = hostNameOf(m[2]!);
  return name !== undefined && nameAllowed(name, o);
}
