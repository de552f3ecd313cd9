import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parseTarget } from './request-target.js';

export type Role = 'trainer' | 'viewer';

export interface AccessOptions {
  token?: string; // trains, predicts, controls
  viewerToken?: string; // subscribes only
  allowOrigins?: string[]; // besides the server's own names; '*' allows any
  allowHosts?: string[]; // Host names accepted besides loopback and the bound address; '*' allows any
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
  return parseTarget(req.url)?.query.get('token') ?? undefined; // a target that does not parse carries no token
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

/** What a named client id is bound to: the Hello secret, else the connection's token, else nothing (''). */
export function ownerDigest(id: string, secret: string | undefined, token: string | undefined): string {
  const proof = secret !== undefined && secret !== '' ? `secret:${secret}` : token !== undefined ? `token:${token}` : '';
  return proof === '' ? '' : createHash('sha256').update(`nnstream-client\0${id}\0${proof}`).digest('hex');
}

/** Constant-time equality of two owner digests. */
export function sameOwner(a: string, b: string): boolean {
  return same(a, b);
}
