import { NnError } from '../core/errors.js';

/** How to reach the NATS servers: what `--cluster URL[,URL...]` and the TLS options say. */
export interface NatsTarget {
  servers: string[]; // host:port or nats://host:port, without credentials
  user?: string;
  pass?: string;
  token?: string;
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

/**
 * Parses `nats://[user:pass@|token@]host:port[,...]` (tls:// asks for TLS). The
 * credentials of the first URL that carries any apply to all; every URL must
 * name a host. Throws BAD_OPTION naming the bad part.
 */
export function parseNatsTarget(spec: string, tls: { caFile?: string; certFile?: string; keyFile?: string } = {}): NatsTarget {
  const parts = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0) throw new NnError('BAD_OPTION', 'Expected --cluster to be nats://HOST:PORT[,...], got an empty list');
  const out: NatsTarget = { servers: [] };
  let wantTls = Object.keys(tls).length > 0;
  for (const part of parts) {
    let u: URL;
    try {
      u = new URL(part.includes('://') ? part : `nats://${part}`);
    } catch {
      throw new NnError('BAD_OPTION', `Expected --cluster to list nats://HOST:PORT URLs, got "${part}"`);
    }
    if (!['nats:', 'tls:'].includes(u.protocol)) throw new NnError('BAD_OPTION', `Expected a nats:// or tls:// URL in --cluster, got "${u.protocol}" in "${part}"`);
    if (u.hostname === '') throw new NnError('BAD_OPTION', `Expected a host in --cluster URL "${part}"`);
    if (u.protocol === 'tls:') wantTls = true;
    const user = decodeURIComponent(u.username), pass = decodeURIComponent(u.password);
    if (user !== '' && out.user === undefined && out.token === undefined) {
      if (pass !== '') {
        out.user = user;
        out.pass = pass;
      } else out.token = user;
    }
    out.servers.push(`${u.hostname.includes(':') ? `[${u.hostname}]` : u.hostname}:${u.port || '4222'}`);
  }
  if (wantTls) out.tls = tls;
  return out;
}

/** A model name usable in stream, subject and bucket names. */
export function checkModelName(name: string | undefined): string {
  if (name === undefined || !/^[A-Za-z0-9_-]{1,64}$/.test(name))
    throw new NnError('BAD_OPTION', `Expected --name to be 1-64 letters, digits, "-" or "_" (the model's name in the cluster), got ${name === undefined ? 'nothing' : `"${name}"`}`);
  return name;
}
