import { connect } from 'node:net';

/** Sends raw bytes to a port and resolves with everything the server answered before closing (or `waitMs`). */
export function rawRequest(port: number, text: string | Buffer, waitMs = 2000): Promise<string> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      ok(out);
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (d) => {
      out += d.toString('latin1');
      // one answer is enough: a complete response head with its body (Content-Length), or a 101
      const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n/.exec(out);
      if (m && /transfer-encoding: chunked/i.test(m[2]!) && out.endsWith('0\r\n\r\n')) return done();
      if (m && (m[1] === '101' || /content-length: (\d+)/i.test(m[2]!) || /^HEAD /i.test(text.toString()))) {
        const len = Number(/content-length: (\d+)/i.exec(m[2]!)?.[1] ?? 0);
        if (m[1] === '101' || out.length >= m[0].length + len || /^HEAD /i.test(text.toString())) done();
      }
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(text);
  });
}

/** The status code of a raw answer, or 0 when there was none. */
export const statusOf = (answer: string): number => Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0);

export function upgradeRequest(target: string, headers: Record<string, string> = {}): string {
  const h = { host: '127.0.0.1', upgrade: 'websocket', connection: 'Upgrade', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13', ...headers };
  return `GET ${target} HTTP/1.1\r\n${Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
}

export function getRequest(target: string, headers: Record<string, string> = {}): string {
  const h = { host: '127.0.0.1', connection: 'close', ...headers };
  return `GET ${target} HTTP/1.1\r\n${Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
}
