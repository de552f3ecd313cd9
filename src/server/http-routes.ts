import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.proto': 'text/plain; charset=utf-8',
};

const PLAIN_PAGE = `<!doctype html><meta charset="utf-8"><title>nnstream</title>
<h1>nnstream</h1><p>The server is running; the dashboard bundle was not found (run <code>npm run build</code>).
WebSocket: <code>/ws</code>, health: <a href="/healthz">/healthz</a>, metrics: <a href="/metrics">/metrics</a>.</p>`;

/** Serves the dashboard's static files from `dir`, never outside it. Returns false when nothing matched. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, dir: string | undefined, decodedPath: string): boolean {
  let path = decodedPath;
  if (path === '/') path = '/index.html';
  if (dir === undefined || !existsSync(dir)) {
    if (path !== '/index.html') return false;
    send(res, 200, 'text/html; charset=utf-8', PLAIN_PAGE);
    return true;
  }
  const root = resolve(dir);
  const file = resolve(join(root, normalize(path)));
  if (!file.startsWith(root + sep)) return false;
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (path !== '/index.html') return false;
    send(res, 200, 'text/html; charset=utf-8', PLAIN_PAGE);
    return true;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'",
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).on('error', () => res.destroy()).pipe(res); // a file that vanished or cannot be read ends this response only
  return true;
}

export function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  res.end(body);
}
