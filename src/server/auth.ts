import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Role = 'trainer' | 'viewer';

export interface AccessOptions {
  token?: string; // trains, predicts, controls
  viewerToken?: string; // subscribes only
  allowOrigins?: string[]; // besides the same origin; '*' allows any
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Constant-time comparison (of fixed-length digests, so lengths leak nothing either). */
function same(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** The token a request carries: `Authorization: Bearer T`, or `?token=T` (browsers cannot set headers on WebSockets). */
export function tokenOf(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth !== undefined && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const q = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
  return q ?? undefined;
}

/** The role a request's token grants, or undefined when it grants none. Without configured tokens everyone trains. */
export function roleOf(req: IncomingMessage, o: AccessOptions): Role | undefined {
  if (o.token === undefined && o.viewerToken === undefined) return 'trainer';
  const t = tokenOf(req);
  if (t === undefined) return undefined;
  if (o.token !== undefined && same(t, o.token)) return 'trainer';
  if (o.viewerToken !== undefined && same(t, o.viewerToken)) return 'viewer';
  return undefined;
}

/**
 * Browsers send Origin on WebSocket upgrades; a page from another site must not
 * drive this server with the user's network position (cross-site WebSocket
 * hijacking). Requests without Origin (non-browser clients) pass.
 */
export function originAllowed(req: IncomingMessage, o: AccessOptions): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const allow = o.allowOrigins ?? [];
  if (allow.includes('*') || allow.includes(origin)) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
