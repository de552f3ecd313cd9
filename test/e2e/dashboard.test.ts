// The live dashboard in a real browser (Debian's chromium driven by playwright-core)
// against the built server: `nnstream serve --demo` on a free port, the page at /.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BUNDLE, CHROMIUM, CHROMIUM_ARGS, ROOT, textOf, until } from '../helpers/browser.js';

const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

interface Server {
  proc: ChildProcess;
  url: string;
  port: number;
}

/** Starts the built bin and resolves with the address from its `listening http://HOST:PORT/` line. */
function startServer(args: string[]): Promise<Server> {
  const proc = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      fail(new Error(`serve did not say it was listening within 10 s\nstdout: ${out}\nstderr: ${err}`));
    }, 10_000);
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (http:\/\/[^\s/]+:(\d+)\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ proc, url: m[1]!, port: Number(m[2]) });
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited with ${code} before listening\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}

async function stopServer(s: Server | undefined): Promise<void> {
  if (s === undefined || s.proc.exitCode !== null) return;
  const exited = new Promise((ok) => s.proc.once('exit', ok));
  s.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
  if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
}

async function numberIn(page: Page, selector: string): Promise<number> {
  return Number(await page.locator(selector).getAttribute('data-value'));
}

const attrOf = (page: Page, selector: string, name: string): Promise<string | null> => page.locator(selector).first().getAttribute(name);

function untilText(page: Page, selector: string, part: string, timeoutMs = 5000): Promise<string> {
  return until(`${selector} to contain "${part}"`, () => textOf(page, selector), (t) => t.includes(part), timeoutMs);
}

function untilAttr(page: Page, selector: string, name: string, ok: (v: string | null) => boolean, timeoutMs = 10_000): Promise<string | null> {
  return until(`${selector}[${name}]`, () => attrOf(page, selector, name), ok, timeoutMs);
}

/** Counts the painted pixels of a canvas and how many lean orange (class 0) or blue (class 1). */
function canvasPixels(page: Page, selector: string): Promise<{ total: number; painted: number; orange: number; blue: number }> {
  return page.locator(selector).evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0, orange = 0, blue = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i]!, g = d[i + 1]!, b = d[i + 2]!, a = d[i + 3]!;
      if (a === 0 || (r > 245 && g > 245 && b > 245)) continue;
      painted++;
      if (r > b + 40) orange++;
      else if (b > r + 40) blue++;
    }
    return { total: c.width * c.height, painted, orange, blue };
  });
}

describe('the live dashboard in chromium against nnstream serve --demo', () => {
  let server: Server | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;
  let userDataDir = '';
  const errors: string[] = [];
  let firstCost = NaN;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`The dashboard bundle ${BUNDLE} is missing: run npm run build`);
    if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install it with apt-get install -y chromium (or set CHROMIUM_PATH)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer(['--demo', '--port', '0']);
    userDataDir = mkdtempSync(join(tmpdir(), 'nnstream-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.goto(server.url);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('fills the cost, accuracy, loss and throughput charts from CostReports', async () => {
    await untilAttr(page, '#status', 'data-state', (v) => v === 'open');
    for (const id of ['chart-cost', 'chart-accuracy', 'chart-loss', 'chart-rate'])
      await until(`#${id} to hold 20 points`, async () => Number(await page.locator(`#${id}`).getAttribute('data-points')), (n) => n >= 20, 10_000);
    firstCost = await numberIn(page, '#stat-cost');
    expect(firstCost).toBeGreaterThan(0.3); // the demo starts near ln 2 = 0.693
    // uPlot drew the lines: its canvas has painted pixels
    const chart = await canvasPixels(page, '#chart-cost canvas');
    expect(chart.painted).toBeGreaterThan(500);
    expect(await page.locator('#stat-step').getAttribute('data-value')).toMatch(/^\d+$/);
    expect(await numberIn(page, '#stat-rate')).toBeGreaterThan(0);
    expect(await numberIn(page, '#stat-clients')).toBeGreaterThanOrEqual(1);
    expect(await textOf(page, '#model-line')).toContain('binary · 2 → ');
  }, 30_000);

  it('shows the cost falling over a few seconds', async () => {
    const later = await until('the smoothed cost to fall by 10%', () => numberIn(page, '#stat-cost'), (c) => c < firstCost * 0.9, 20_000);
    expect(later).toBeLessThan(firstCost * 0.9);
  }, 30_000);

  it('draws the decision boundary, the network and the weight heatmaps', async () => {
    await until('the boundary canvas to be drawn', () => page.locator('#boundary').getAttribute('data-step'), (s) => s !== null, 10_000);
    const plane = await canvasPixels(page, '#boundary');
    expect(plane.painted / plane.total).toBeGreaterThan(0.4); // the heatmap fills the square plot
    expect(plane.orange / plane.total).toBeGreaterThan(0.05); // both classes have a region
    expect(plane.blue / plane.total).toBeGreaterThan(0.05);
    expect(await textOf(page, '#boundary-legend')).toContain('recent samples');
    const net = await canvasPixels(page, '#network');
    expect(net.orange + net.blue).toBeGreaterThan(200); // signed edges
    expect(await page.locator('#heatmaps canvas').count()).toBeGreaterThanOrEqual(2); // one per layer
    expect(await page.locator('#histograms canvas').count()).toBe(await page.locator('#heatmaps canvas').count());
  }, 30_000);

  it('pauses training (the step stops) and resumes it (the step moves again)', async () => {
    await page.locator('#btn-pause').click();
    await untilText(page, '#control-log li.ok', 'training paused');
    await untilText(page, '#btn-pause', 'Resume');
    await untilText(page, '#stat-state', 'paused');
    await page.waitForTimeout(300); // reports already on the wire
    const stopped = await numberIn(page, '#stat-step');
    await page.waitForTimeout(1500);
    expect(await numberIn(page, '#stat-step')).toBe(stopped);
    await page.locator('#btn-pause').click();
    await untilText(page, '#control-log li.ok', 'training resumed');
    await until('the step to advance after resume', () => numberIn(page, '#stat-step'), (s) => s > stopped, 5000);
    await untilText(page, '#stat-state', 'training');
    expect(await textOf(page, '#btn-pause')).toBe('Pause');
  }, 30_000);

  it('answers a refused control on screen (checkpoint without --checkpoint)', async () => {
    await page.locator('#btn-checkpoint').click();
    await untilText(page, '#control-log li.bad', 'checkpoint: BAD_CONTROL');
  }, 10_000);

  it('saves screenshots at 1280x800 and phone size', async () => {
    await page.waitForTimeout(1500); // a few more snapshots into the histories
    const desk = join(ARTIFACTS, 'dashboard-1280x800.png');
    await page.screenshot({ path: desk });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-1280-full.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(800);
    const phone = join(ARTIFACTS, 'dashboard-phone-390x844.png');
    await page.screenshot({ path: phone });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone-full.png'), fullPage: true });
    // nothing wider than the phone's screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(statSync(desk).size).toBeGreaterThan(20_000);
    expect(statSync(phone).size).toBeGreaterThan(20_000);
  }, 30_000);

  it('sets the learning rate from the page and shows the new rate', async () => {
    await page.locator('#lr-input').fill('0.02');
    await page.locator('#btn-lr').click();
    await untilText(page, '#control-log li.ok', 'learning rate set to 0.02');
    await until('the learning-rate tile to show 0.02', () => numberIn(page, '#stat-lr'), (lr) => lr === 0.02, 5000);
    await page.locator('#lr-input').fill('-1');
    await page.locator('#btn-lr').click();
    await untilText(page, '#control-log li.bad', 'Expected a learning rate > 0, got "-1"');
  }, 20_000);

  it('resets the model after a confirming second click, and the charts start over', async () => {
    const before = await numberIn(page, '#stat-step');
    await page.locator('#btn-reset').click();
    expect(await textOf(page, '#btn-reset')).toBe('Confirm reset');
    await page.locator('#btn-reset').click();
    await untilText(page, '#control-log li.ok', 'model reset');
    await untilText(page, '#control-log', 'the model started again at step', 5000);
    const after = await until('the step to start again', () => numberIn(page, '#stat-step'), (s) => s < before, 5000);
    expect(after).toBeLessThan(before);
    expect(await numberIn(page, '#stat-cost')).toBeGreaterThan(0.5); // fresh small weights: near ln 2 again
  }, 20_000);

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });

  it('reconnects by itself when the server restarts, and says so', async () => {
    const port = server!.port;
    await stopServer(server);
    await untilText(page, '#banner', 'Connection to the server lost', 10_000);
    expect(await attrOf(page, '#status', 'data-state')).not.toBe('open');
    server = await startServer(['--demo', '--port', String(port)]);
    await untilText(page, '#banner', 'Reconnected', 10_000);
    expect(await attrOf(page, '#status', 'data-state')).toBe('open');
    // a new model from step 0: the charts start over and fill again
    await until('the charts to fill again', async () => Number(await page.locator('#chart-cost').getAttribute('data-points')), (n) => n >= 5, 10_000);
    // while the server was down the browser itself reports the refused connections; nothing else
    expect(errors.filter((e) => !/WebSocket connection to .* failed/.test(e))).toEqual([]);
  }, 40_000);
});

describe('the dashboard for a read-only viewer', () => {
  it('disables every control when the token only allows watching', async () => {
    const server = await startServer(['--demo', '--port', '0', '--token', 'trainer-secret', '--viewer-token', 'viewer-secret']);
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-chromium-'));
    const browser = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`${server.url}?token=viewer-secret`);
      await untilAttr(page, '#status', 'data-state', (v) => v === 'open');
      await untilText(page, '#model-info', 'viewer', 10_000);
      for (const id of ['btn-pause', 'btn-checkpoint', 'btn-reset', 'btn-lr', 'lr-input']) expect(await page.locator(`#${id}`).isDisabled(), id).toBe(true);
      expect(await page.locator('#role-note').isVisible()).toBe(true);
      // still a live view: the charts fill
      await until('the charts to fill', async () => Number(await page.locator('#chart-cost').getAttribute('data-points')), (n) => n >= 5, 10_000);
    } finally {
      await browser.close();
      await stopServer(server);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});

describe('the dashboard in a tab that draws slowly (a loaded machine, a phone)', () => {
  it('shows the state and learning rate of the newest message, also while paused', async () => {
    const server = await startServer(['--demo', '--port', '0']);
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-chromium-'));
    const browser = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      // about 2 frames a second: several messages arrive between two draws
      await page.addInitScript(() => {
        window.requestAnimationFrame = (cb: FrameRequestCallback): number => window.setTimeout(() => cb(performance.now()), 500);
      });
      await page.goto(server.url);
      await until('the charts to fill', async () => Number(await page.locator('#chart-cost').getAttribute('data-points')), (n) => n >= 5, 10_000);
      await untilText(page, '#stat-state', 'training');
      await page.locator('#btn-pause').click();
      await untilText(page, '#control-log li.ok', 'training paused');
      await untilText(page, '#stat-state', 'paused');
      await page.waitForTimeout(1200); // a couple of draws later it still says so
      expect(await textOf(page, '#stat-state')).toBe('paused');
      // a paused model sends no cost reports: the new rate comes from its ModelInfo
      await page.locator('#lr-input').fill('0.05');
      await page.locator('#btn-lr').click();
      await untilText(page, '#control-log li.ok', 'learning rate set to 0.05');
      await until('the learning-rate tile to show 0.05 while paused', () => numberIn(page, '#stat-lr'), (lr) => lr === 0.05, 5000);
      await page.locator('#btn-pause').click();
      await untilText(page, '#control-log li.ok', 'training resumed');
      await untilText(page, '#stat-state', 'training');
      expect(await numberIn(page, '#stat-lr')).toBe(0.05);
    } finally {
      await browser.close();
      await stopServer(server);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
