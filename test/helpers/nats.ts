// The nats-server launcher lives with the benches (which compile into dist/ and run without vitest).
export { freePort, NATS_SERVER, startNats, type NatsCluster, type NatsNode } from '../../bench/nats-nodes.js';
