import { connect, type NatsConnection } from '@nats-io/transport-node';
import { NnError } from '../core/errors.js';
import type { NatsTarget } from './nats-options.js';

/**
 * Connects to the NATS servers, trying for up to `waitMs` while none answers
 * (a refused credential ends it at once), then keeps reconnecting for ever: an
 * outage is a state the node reports, not an end. Fails with NOT_READY naming
 * the last reason (a refused TLS certificate, say).
 */
export async function connectNats(t: NatsTarget, name: string, waitMs = 30_000): Promise<NatsConnection> {
  const end = Date.now() + waitMs;
  for (;;) {
    try {
      return await connect({
        servers: t.servers,
        name,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        pingInterval: 2000,
        maxPingOut: 2,
        timeout: 5000,
        ...(t.user !== undefined ? { user: t.user, pass: t.pass! } : {}),
        ...(t.token !== undefined ? { token: t.token } : {}),
        ...(t.tls !== undefined ? { tls: t.tls } : {}),
      });
    } catch (e) {
      const why = (e as Error).message;
      // refused credentials and certificates do not get better by waiting
      if (/authoriz|authentic|certificate|self.signed|verify|altname/i.test(why) || Date.now() > end) throw new NnError('NOT_READY', `cannot join the NATS cluster at ${t.servers.join(',')}: ${why}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The largest message the connected server takes (its `max_payload`). */
export function maxPayload(nc: NatsConnection): number {
  return nc.info?.max_payload ?? 1 << 20;
}
