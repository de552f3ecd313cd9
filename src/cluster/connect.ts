import { connect, type NatsConnection } from '@nats-io/transport-node';
import { NnError } from '../core/errors.js';
import type { NatsTarget } from './nats-options.js';

/**
 * Connects to the NATS servers and keeps reconnecting for ever (an outage is a
 * state the node reports, not an end); waits for the first connection.
 */
export async function connectNats(t: NatsTarget, name: string): Promise<NatsConnection> {
  return connect({
    servers: t.servers,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 2000,
    maxPingOut: 2,
    ...(t.user !== undefined ? { user: t.user, pass: t.pass! } : {}),
    ...(t.token !== undefined ? { token: t.token } : {}),
    ...(t.tls !== undefined ? { tls: t.tls } : {}),
  }).catch((e: unknown) => {
    throw new NnError('NOT_READY', `cannot join the NATS cluster at ${t.servers.join(',')}: ${(e as Error).message}`);
  });
}

/** The largest message the connected server takes (its `max_payload`). */
export function maxPayload(nc: NatsConnection): number {
  return nc.info?.max_payload ?? 1 << 20;
}
