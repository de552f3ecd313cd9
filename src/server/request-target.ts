/**
 * A request target as the routes use it, parsed without throwing: the raw
 * `req.url` is whatever a peer sent (`//a:99999`, `http://[zz]/`, `/%zz`), so
 * every step that can fail answers undefined and the route answers 400.
 */
export interface Target {
  /** The path, percent-decoded. */
  path: string;
  query: URLSearchParams;
}

export function parseTarget(raw: string | undefined): Target | undefined {
  let url: URL;
  try {
    url = new URL(raw ?? '/', 'http://x');
  } catch {
    return undefined;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined; // a bad percent-escape: %zz, a lone %, or bytes that are not UTF-8
  }
  if (path.includes('\0')) return undefined;
  return { path, query: url.searchParams };
}
