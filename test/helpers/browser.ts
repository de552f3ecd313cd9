import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'dashboard', 'index.html');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's chromium, headless, as the dashboard tests drive it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(BUNDLE)) throw new Error(`The dashboard bundle ${BUNDLE} is missing: run npm run build`);
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install it with apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A new page at 1280x800 that collects console errors and page errors into `errors`. */
export async function openPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/WebSocket connection to .* failed/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(url);
  return page;
}

/** Waits until `probe` returns a value that `ok` accepts; fails with the last value seen. */
export async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await probe();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await probe();
  }
  return v;
}

export const textOf = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).first().textContent({ timeout: 1000 }).catch(() => null)) ?? '';
export const attrOf = (page: Page, selector: string, name: string): Promise<string | null> => page.locator(selector).first().getAttribute(name, { timeout: 1000 }).catch(() => null);
export const numberAttr = async (page: Page, selector: string, name: string): Promise<number> => Number((await attrOf(page, selector, name)) ?? NaN);

/** The canvas's RGBA pixels (device pixels), every `stride`-th of every `stride`-th row: enough to compare two pictures. */
export function pixelsOf(page: Page, selector: string, stride = 3): Promise<number[]> {
  return page.locator(selector).first().evaluate((c: HTMLCanvasElement, k: number) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data, out: number[] = [];
    for (let y = 0; y < c.height; y += k) for (let x = 0; x < c.width; x += k) out.push(d[(y * c.width + x) * 4]!, d[(y * c.width + x) * 4 + 1]!, d[(y * c.width + x) * 4 + 2]!, d[(y * c.width + x) * 4 + 3]!);
    return out;
  }, stride);
}

/** Share of pixels whose colour differs by more than `tolerance` in some channel. */
export function pixelChange(a: readonly number[], b: readonly number[], tolerance = 24): number {
  if (a.length !== b.length || a.length === 0) return 1;
  let changed = 0;
  for (let i = 0; i < a.length; i += 4) if ([0, 1, 2].some((k) => Math.abs(a[i + k]! - b[i + k]!) > tolerance)) changed++;
  return changed / (a.length / 4);
}

/** Counts the painted (not blank, not white) pixels of a canvas. */
export function paintedShare(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 0 && !(d[i]! > 245 && d[i + 1]! > 245 && d[i + 2]! > 245)) painted++;
    return painted / (d.length / 4);
  });
}

/** Screenshots at the desktop size and at phone size (390x844, also the full page); checks nothing is wider than the phone. */
export async function screenshots(page: Page, name: string, fullPage = true): Promise<{ phoneScrollWidth: number }> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}-1280x800.png`) });
  if (fullPage) await page.screenshot({ path: join(ARTIFACTS, `${name}-1280-full.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-390x844.png`) });
  if (fullPage) await page.screenshot({ path: join(ARTIFACTS, `${name}-390-full.png`), fullPage: true });
  const phoneScrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(300);
  return { phoneScrollWidth };
}

/** Elements whose text does not fit their box (cut off or ellipsized), and buttons whose label broke over lines: tiles, titles, buttons. */
export function clipped(page: Page, selector = '.stat .k, .stat .v, .panel h2, .health, button'): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1 || (e.tagName === 'BUTTON' && e.getClientRects().length === 1 && e.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(e).fontSize)))
      .map((e) => `${e.className || e.tagName}: ${e.textContent}`),
  );
}
