import { connect, createServer, type Server, type Socket } from 'node:net';

/** A TCP forwarder standing in for a load balancer: `target` may be switched; `cut()` drops every open connection. */
export interface Proxy {
  port: number;
  url: string; // ws://127.0.0.1:PORT/ws
  target: number;
  cut(): void;
  close(): Promise<void>;
}

export async function startProxy(target: number): Promise<Proxy> {
  const open = new Set<Socket>();
  const proxy: Proxy = { port: 0, url: '', target, cut: () => { for (const s of open) s.destroy(); }, close: async () => {
    proxy.cut();
    await new Promise<void>((r) => server.close(() => r()));
  } };
  const server: Server = createServer((down) => {
    const up = connect(proxy.target, '127.0.0.1');
    for (const s of [down, up]) {
      open.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        open.delete(s);
        down.destroy();
        up.destroy();
      });
    }
    down.pipe(up).pipe(down);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  proxy.port = (server.address() as { port: number }).port;
  proxy.url = `ws://127.0.0.1:${proxy.port}/ws`;
  return proxy;
}
