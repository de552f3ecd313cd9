// The dashboard tells the whole story (issue 12), in Debian's chromium against the
// built server: the run from step 0 (also after a restart from a checkpoint),
// Playground's neuron views, any two features, per-task views, chart craft.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';
import { ARTIFACTS, attrOf, clipped, launchBrowser, numberAttr, openPage, paintedShare, pixelChange, pixelsOf, screenshots, textOf, until } from '../helpers/browser.js';
import { DATA } from '../reference/processes.js';

let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function healthStep(s: Served): Promise<number> {
  const r = await fetch(`${s.url}healthz`).catch(() => undefined);
  return r?.ok ? ((await r.json()) as { step: number }).step : -1;
}

/** The names the server gives (the schema's), or what the dashboard falls back to. */
async function namesFrom(s: Served): Promise<{ features: string[]; classes: string[] }> {
  const c = await ProtoClient.connect(s.ws);
  const info = c.received[0]!.modelInfo!;
  c.close();
  return { features: info.featureNames ?? [], classes: info.classNames ?? [] };
}

/** Clicks a chart's CSV button and returns the downloaded text. */
async function downloadCsv(page: Page, chart: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-csv="${chart}"]`).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

function feed(s: Served, csv: string): void {
  s.proc.stdin!.write(csv);
  s.proc.stdin!.end();
}

describe('a page opened after the model trained a while (serve --demo --checkpoint)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnstream-story-'));
  const args = ['--demo', '--batch', '8', '--checkpoint', join(dir, 'ck.pb'), '--checkpoint-every', '1s'];
  let s: Served | undefined;
  let page: Page;
  let stepAtOpen = 0;

  afterAll(async () => {
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the cost chart from the run\'s first step, not from when the page opened', async () => {
    s = await serve(args);
    stepAtOpen = await until('the demo to train 600 steps', () => healthStep(s!), (k) => k >= 600, 30_000);
    page = await openPage(browser, s.url, errors);
    // the replay may take a few frames to arrive in full: up to the step the page opened at, and on
    await until('#chart-cost to hold the run so far', () => numberAttr(page, '#chart-cost', 'data-last-step'), (k) => k >= stepAtOpen - 1, 10_000);
    expect(await attrOf(page, '#chart-cost', 'data-first-step')).toBe('0');
    expect(await numberAttr(page, '#chart-cost', 'data-points')).toBeGreaterThan(300); // ~every step of the history (the page keeps up to 2000)
    // the chart's own data, as its CSV: it starts at step 0 near ln 2 (a fresh binary model)
    const pointsBefore = await numberAttr(page, '#chart-cost', 'data-points');
    const rows = (await downloadCsv(page, 'chart-cost')).trim().split('\n');
    const pointsAfter = await numberAttr(page, '#chart-cost', 'data-points');
    expect(rows[0]).toBe('step,max,min,cost,smoothed (0.60)');
    const first = rows[1]!.split(',').map(Number);
    expect(first[0]).toBe(0);
    expect(first[3]).toBeGreaterThan(0.6);
    expect(first[3]).toBeLessThan(0.8);
    expect(first[1]).toBeGreaterThanOrEqual(first[3]!); // max >= mean >= min
    expect(first[2]).toBeLessThanOrEqual(first[3]!);
    expect(rows.length - 1).toBeGreaterThan(Math.min(pointsBefore, pointsAfter) / 2); // the chart's points (training goes on meanwhile)
    expect(rows.length - 1).toBeLessThanOrEqual(Math.max(pointsBefore, pointsAfter) + 1);
    // the other charts too
    for (const id of ['chart-accuracy', 'chart-loss', 'chart-rate']) expect(await attrOf(page, `#${id}`, 'data-first-step'), id).toBe('0');
  }, 60_000);

  it('shows one thumbnail per hidden neuron on the network, and pointing at one shows its map in the big plot', async () => {
    await until('the neuron thumbnails', () => page.locator('#neurons canvas.neuron').count(), (n) => n === 8, 10_000); // --demo: 8 tanh units
    expect(await paintedShare(page, '#neurons canvas.neuron >> nth=0')).toBeGreaterThan(0.5);
    // hold the parameters still, so only the focus changes the plot
    await page.locator('#btn-pause').click();
    await until('training to pause', () => textOf(page, '#stat-state'), (t) => t === 'paused', 5000);
    await page.waitForTimeout(600); // the last snapshot drawn
    const before = await pixelsOf(page, '#boundary');
    await page.locator('#neurons canvas.neuron[data-unit="2"]').hover();
    await until('the plot to show neuron 3', () => attrOf(page, '#boundary', 'data-focus'), (f) => f === '1.2', 5000);
    expect(await textOf(page, '#boundary-title')).toContain('neuron 3');
    await page.waitForTimeout(100);
    const hovered = await pixelsOf(page, '#boundary');
    const change = pixelChange(before, hovered);
    console.info(`neuron view: ${(100 * change).toFixed(1)}% of the plot's pixels changed on hover`);
    expect(change).toBeGreaterThan(0.15);
    // another neuron, another picture
    await page.locator('#neurons canvas.neuron[data-unit="5"]').hover();
    await until('the plot to show neuron 6', () => attrOf(page, '#boundary', 'data-focus'), (f) => f === '1.5', 5000);
    await page.waitForTimeout(100);
    expect(pixelChange(hovered, await pixelsOf(page, '#boundary'))).toBeGreaterThan(0.05);
    expect(await page.locator('#neurons canvas.neuron.focus').getAttribute('data-unit')).toBe('5'); // the thumbnail says which
    await screenshots(page, 'story-neuron-view', false);
    // pointing away brings the model's output back
    await page.mouse.move(5, 5);
    await until('the plot to show the output again', () => attrOf(page, '#boundary', 'data-focus'), (f) => f === '', 5000);
    await page.waitForTimeout(100);
    expect(pixelChange(before, await pixelsOf(page, '#boundary'))).toBeLessThan(0.02);
    // a tap keeps a neuron (touch screens have no pointer to rest on it); a second tap lets it go
    await page.locator('#neurons canvas.neuron[data-unit="0"]').click();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    expect(await attrOf(page, '#boundary', 'data-focus')).toBe('1.0');
    await page.locator('#neurons canvas.neuron[data-unit="0"]').click();
    await page.mouse.move(5, 5);
    await until('the plot to show the output again', () => attrOf(page, '#boundary', 'data-focus'), (f) => f === '', 5000);
    await page.locator('#btn-pause').click();
    await until('training to resume', () => textOf(page, '#stat-state'), (t) => t === 'training', 5000);
  }, 40_000);

  it('smooths with the slider (the value in the legend), switches to log scale and to wall time', async () => {
    await page.locator('#smoothing').fill('0.9');
    // the smoothed value is readable in the legend
    await until('the legend to show the smoothed value', () => textOf(page, '#chart-cost .u-legend'), (t) => /smoothed \(0\.90\):?\s*\d/.test(t), 5000);
    await page.locator('#smoothing').fill('0');
    await until('no smoothed line at 0', () => textOf(page, '#chart-cost .u-legend'), (t) => !t.includes('smoothed'), 5000);
    await page.locator('#smoothing').fill('0.6');
    await page.locator('#scale-log').click();
    expect(await textOf(page, '#chart-cost-title')).toContain('log scale');
    expect(await attrOf(page, '#scale-log', 'aria-pressed')).toBe('true');
    await page.locator('#x-time').click();
    const rows = (await downloadCsv(page, 'chart-loss')).trim().split('\n');
    expect(rows[0]).toBe('time,loss,smoothed (0.60)');
    expect(rows[1]!.split(',')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    // the browser remembers the choices
    await page.reload();
    await until('the page to come back on log scale', () => textOf(page, '#chart-cost-title'), (t) => t.includes('log scale'), 10_000);
    expect(await attrOf(page, '#x-time', 'aria-pressed')).toBe('true');
    await page.locator('#scale-linear').click();
    await page.locator('#x-step').click();
    expect(await textOf(page, '#chart-cost-title')).toContain('linear scale');
  }, 30_000);

  it('after a restart from the checkpoint, a page still shows the run from step 0', async () => {
    const port = s!.port;
    const stepBefore = await healthStep(s!);
    expect(await s!.stop()).toBe(0); // writes the final checkpoint
    s = await serve([...args, '--port', String(port)]);
    // the open page reconnects and gets the history again
    await until('the page to reconnect', () => textOf(page, '#banner'), (t) => t.includes('Reconnected'), 15_000);
    await until('the charts to show the whole run again', () => numberAttr(page, '#chart-cost', 'data-last-step'), (k) => k >= stepBefore - 1, 10_000);
    expect(await attrOf(page, '#chart-cost', 'data-first-step')).toBe('0');
    // and a page opened now does too
    const fresh = await openPage(browser, s.url, errors);
    await until('a new page to show the run', () => numberAttr(fresh, '#chart-cost', 'data-last-step'), (k) => k >= stepBefore - 1, 10_000);
    expect(await attrOf(fresh, '#chart-cost', 'data-first-step')).toBe('0');
    // titles and numbers are never cut off, on a desktop, a laptop or a phone
    expect(await clipped(fresh)).toEqual([]);
    for (const width of [1024, 390]) {
      await fresh.setViewportSize({ width, height: 844 });
      await fresh.waitForTimeout(500);
      expect(await clipped(fresh), `at ${width} px`).toEqual([]);
    }
    await fresh.setViewportSize({ width: 1280, height: 800 });
    const { phoneScrollWidth } = await screenshots(fresh, 'story-demo-after-restart');
    expect(phoneScrollWidth).toBeLessThanOrEqual(390);
    await fresh.close();
  }, 60_000);
});

describe('a 4-input model (breast-cancer measurements)', () => {
  let s: Served | undefined;
  afterAll(async () => {
    await s?.stop();
  });

  it('draws the decision slice over any two features chosen by name, the other inputs at their means', async () => {
    const lines = readFileSync(join(DATA, 'breast_cancer_train.csv'), 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    const four = lines.map((l) => {
      const f = l.split(',');
      return [...f.slice(0, 4), f[f.length - 1]].join(',');
    });
    const csv = [four[0], ...Array.from({ length: 12 }, () => four.slice(1)).flat()].join('\n') + '\n';
    s = await serve(['--stdin', '--hidden', '6', '--optimizer', 'adam', '--lr', '0.01', '--standardize', '--batch', '32'], { stdin: true });
    feed(s, csv);
    const page = await openPage(browser, s.url, errors);
    await until('the axis pickers', () => page.locator('#axis-x option').count(), (n) => n === 4, 15_000);
    const names = (await namesFrom(s)).features;
    expect(names).toEqual(header.slice(0, 4)); // the schema's names: the CSV's header
    expect(await page.locator('#axis-x option').allTextContents()).toEqual(names);
    // it starts on the pair that moves the first layer most, named on its axes
    const start = await until('the slice to be drawn', () => attrOf(page, '#boundary', 'data-axes'), (a) => a !== null && a !== '', 10_000);
    expect(start!.split(',').every((n) => names.includes(n))).toBe(true);
    await until('training to finish', () => healthStep(s!), (k) => k >= 12 * 427 / 32 - 2, 20_000);
    // the live reports skipped steps of this fast run; once it is idle the page takes the history: every step
    await until('the charts to hold every step', () => numberAttr(page, '#chart-cost', 'data-points'), (n) => n >= 12 * 427 / 32 - 2, 10_000);
    await page.waitForTimeout(500);
    const before = await pixelsOf(page, '#boundary');
    // choose the two other features, by name
    const shownNow = (await attrOf(page, '#boundary', 'data-axes'))!.split(',');
    const [a, b] = names.filter((n) => !shownNow.includes(n));
    await page.locator('#axis-x').selectOption({ label: a! });
    await page.locator('#axis-y').selectOption({ label: b! });
    await until('the slice over the other two', () => attrOf(page, '#boundary', 'data-axes'), (v) => v === `${a},${b}`, 5000);
    expect(await textOf(page, '#boundary-title')).toContain(`${a} × ${b}`);
    await page.waitForTimeout(200);
    const sliceChange = pixelChange(before, await pixelsOf(page, '#boundary'));
    console.info(`decision slice: ${(100 * sliceChange).toFixed(1)}% of the pixels changed with the axes ${start} -> ${a},${b}`);
    expect(sliceChange).toBeGreaterThan(0.1);
    // the network names its inputs too; the confusion matrix has both classes
    expect(await page.locator('#task-table tr[data-class]').count()).toBe(2);
    const { phoneScrollWidth } = await screenshots(page, 'story-four-inputs');
    expect(phoneScrollWidth).toBeLessThanOrEqual(390);
    await page.close();
  }, 60_000);
});

describe('a regression model', () => {
  let s: Served | undefined;
  afterAll(async () => {
    await s?.stop();
  });

  it('shows R² and RMSE tiles and a predicted-vs-actual plot, and no accuracy chart', async () => {
    // y = 3a - 2b² + 0.5c + noise, deterministic
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const rows = ['size,age,rooms,price'];
    for (let i = 0; i < 20_000; i++) {
      const a = 4 * rnd() - 2, b = 2 * rnd() - 1, c = 5 * rnd();
      rows.push([a, b, c, 3 * a - 2 * b * b + 0.5 * c + 0.2 * (rnd() - 0.5)].map((v) => v.toFixed(4)).join(','));
    }
    s = await serve(['--stdin', '--task', 'regression', '--label', 'price', '--hidden', '8', '--activation', 'leaky_relu', '--optimizer', 'adam', '--lr', '0.01', '--batch', '32'], { stdin: true });
    feed(s, rows.join('\n') + '\n');
    const page = await openPage(browser, s.url, errors);
    await until('the regression tiles', () => page.locator('#tile-rmse').isVisible(), (v) => v, 15_000);
    await until('training to finish', () => healthStep(s!), (k) => k >= 20_000 / 32 - 2, 30_000);
    await until('R² to be high', () => numberAttr(page, '#stat-accuracy', 'data-value'), (v) => v > 0.8, 10_000);
    await until('the charts to hold every step', () => numberAttr(page, '#chart-cost', 'data-points'), (n) => n >= 20_000 / 32 - 2, 10_000);
    expect(await textOf(page, '#stat-accuracy-k')).toContain('R²');
    console.info(`regression tiles: R² ${await numberAttr(page, '#stat-accuracy', 'data-value')}, RMSE ${await numberAttr(page, '#stat-rmse', 'data-value')}`);
    expect(await numberAttr(page, '#stat-rmse', 'data-value')).toBeGreaterThan(0);
    expect(await numberAttr(page, '#stat-rmse', 'data-value')).toBeLessThan(1);
    expect(await textOf(page, '#chart-accuracy-title')).toContain('RMSE');
    expect(await page.getByText('Progressive accuracy').count()).toBe(0);
    expect(await textOf(page, '#task-title')).toContain('Predicted vs actual');
    expect(await textOf(page, '#task-table')).toMatch(/RMSE\s*R²/);
    expect(await paintedShare(page, '#task-plot')).toBeGreaterThan(0.01);
    expect(await attrOf(page, '#health', 'data-state')).toBe('ok');
    expect(await textOf(page, '#health')).toMatch(/largest \|w\| [\d.]+ · inactive leaky ReLUs: \d+ of 8 hidden units .* prediction spread/);
    const { phoneScrollWidth } = await screenshots(page, 'story-regression');
    expect(phoneScrollWidth).toBeLessThanOrEqual(390);
    // an Alert (a refused step: features of 1e100 overflow Adam's second moment) turns the health line into a warning
    const c = await ProtoClient.connect(s.ws);
    c.send({ sampleBatch: { n: 3, m: 32, x: Array.from({ length: 96 }, (_, i) => (i % 2 ? -1e100 : 1e100)), y: Array.from({ length: 32 }, (_, i) => i) } });
    await until('the health line to warn', () => attrOf(page, '#health', 'data-state'), (v) => v === 'warn', 10_000);
    expect(await textOf(page, '#health')).toContain('DIVERGED');
    c.close();
    await page.close();
  }, 60_000);
});

describe('a multiclass model (digits)', () => {
  let s: Served | undefined;
  afterAll(async () => {
    await s?.stop();
  });

  it('shows the confusion matrix with the class names, and per-class precision and recall', async () => {
    // the digits with their labels as words: the schema learns the class names from the data
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const csv = readFileSync(join(DATA, 'digits_train.csv'), 'utf8');
    const [head, ...rows] = csv.trim().split('\n');
    const body = rows.map((r) => r.replace(/,(\d)$/, (_m, k: string) => `,${words[Number(k)]}`));
    s = await serve(['--stdin', '--hidden', '16', '--optimizer', 'adam', '--lr', '0.01', '--standardize', '--batch', '32'], { stdin: true });
    feed(s, [head, ...body, ...body, ...body].join('\n') + '\n');
    const page = await openPage(browser, s.url, errors);
    await until('the per-class table', () => page.locator('#task-table tr[data-class]').count(), (n) => n === 10, 15_000);
    const given = await namesFrom(s);
    const classes = given.classes;
    expect([...classes].sort()).toEqual([...words].sort()); // the names, in the model's output order
    const features = given.features;
    expect(features).toEqual(head!.split(',').slice(0, 64)); // p0..p63
    const shown = (): Promise<(string | null)[]> => page.locator('#task-table tr[data-class]').evaluateAll((trs) => trs.map((r) => r.getAttribute('data-class')));
    await until('the class names in the table', shown, (v) => JSON.stringify(v) === JSON.stringify(classes), 10_000);
    expect(await textOf(page, '#task-title')).toContain('Confusion matrix');
    expect(await textOf(page, '#task-table')).toContain('precision');
    await until('training to finish', () => healthStep(s!), (k) => k >= (3 * 1348) / 32 - 2, 30_000);
    await until('the charts to hold every step', () => numberAttr(page, '#chart-cost', 'data-points'), (n) => n >= (3 * 1348) / 32 - 2, 10_000);
    // the slice starts on two pixels that matter, not on the blank corner pixel p0 (always 0)
    const axes = (await attrOf(page, '#boundary', 'data-axes'))!.split(',');
    expect(axes).toHaveLength(2);
    expect(axes).not.toContain(features[0]);
    const { phoneScrollWidth } = await screenshots(page, 'story-multiclass');
    expect(phoneScrollWidth).toBeLessThanOrEqual(390);
    await page.close();
  }, 60_000);
});

describe('a 1-input model', () => {
  let s: Served | undefined;
  afterAll(async () => {
    await s?.stop();
  });

  it('draws its output as a curve over the input, with the samples on it', async () => {
    const rows = ['x,y'];
    for (let i = 0; i < 4000; i++) {
      const x = -3 + (6 * ((i * 0.6180339887) % 1));
      rows.push(`${x.toFixed(4)},${(2 * x + 1).toFixed(4)}`);
    }
    s = await serve(['--stdin', '--task', 'regression', '--label', 'y', '--hidden', '4'], { stdin: true });
    feed(s, rows.join('\n') + '\n');
    const page = await openPage(browser, s.url, errors);
    await until('the curve', () => attrOf(page, '#boundary', 'data-axes'), (a) => a === 'x', 15_000);
    expect(await textOf(page, '#boundary-title')).toContain('Model output');
    expect(await textOf(page, '#boundary-legend')).toContain('predicted y over x');
    expect(await paintedShare(page, '#boundary')).toBeGreaterThan(0.01);
    await page.close();
  }, 40_000);
});

/** Whether this server keeps a holdout (the validation-split work, --holdout F). */
const hasHoldout = (() => {
  try {
    return readFileSync(join(import.meta.dirname, '..', '..', 'src', 'cli', 'holdout-options.ts'), 'utf8').includes("'holdout'");
  } catch {
    return false;
  }
})();

describe('a model with a holdout (serve --holdout)', () => {
  let s: Served | undefined;
  afterAll(async () => {
    await s?.stop();
  });

  it.skipIf(!hasHoldout)('draws the holdout curves beside the progressive ones', async () => {
    s = await serve(['--demo', '--batch', '8', '--holdout', '0.2', '--holdout-every', '20']);
    const page = await openPage(browser, s.url, errors);
    await until('the holdout line in the accuracy legend', () => textOf(page, '#chart-accuracy .u-legend'), (t) => /holdout:?\s*0\.\d/.test(t), 20_000);
    expect(await textOf(page, '#chart-loss .u-legend')).toContain('holdout loss');
    const rows = (await downloadCsv(page, 'chart-accuracy')).trim().split('\n');
    expect(rows[0]).toBe('step,accuracy,smoothed (0.60),holdout');
    const held = rows.slice(1).map((r) => r.split(',')[3]).filter((v) => v !== '' && v !== undefined).map(Number);
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((v) => v >= 0 && v <= 1)).toBe(true);
    await page.close();
  }, 40_000);
});

describe('every page of the story', () => {
  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
