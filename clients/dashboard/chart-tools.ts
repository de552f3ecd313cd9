import { byId } from './canvas.js';
import type { ChartView, TimeCharts } from './time-charts.js';

const KEY = 'nnstream.charts'; // the page's own choices, kept across reloads

/** The controls above the charts: the smoothing slider, linear/log cost, and x by step or wall time (remembered by the browser). */
export class ChartTools {
  constructor(private readonly charts: TimeCharts) {
    charts.setView(remembered());
    const v = charts.current;
    const slider = byId<HTMLInputElement>('smoothing');
    const value = byId<HTMLOutputElement>('smoothing-value');
    slider.value = String(v.smoothing);
    value.textContent = v.smoothing.toFixed(2);
    slider.addEventListener('input', () => {
      const w = Math.min(0.99, Math.max(0, Number(slider.value)));
      value.textContent = w.toFixed(2);
      this.set({ smoothing: w });
    });
    const pair = (a: string, b: string, on: boolean, set: (second: boolean) => void): void => {
      const first = byId<HTMLButtonElement>(a), second = byId<HTMLButtonElement>(b);
      const press = (pressed: boolean): void => {
        first.setAttribute('aria-pressed', String(!pressed));
        second.setAttribute('aria-pressed', String(pressed));
      };
      press(on);
      first.addEventListener('click', () => (press(false), set(false)));
      second.addEventListener('click', () => (press(true), set(true)));
    };
    pair('scale-linear', 'scale-log', v.logCost, (log) => this.set({ logCost: log }));
    pair('x-step', 'x-time', v.xAxis === 'time', (time) => this.set({ xAxis: time ? 'time' : 'step' }));
  }

  private set(change: Partial<ChartView>): void {
    this.charts.setView(change);
    const { smoothing, logCost, xAxis } = this.charts.current;
    try {
      localStorage.setItem(KEY, JSON.stringify({ smoothing, logCost, xAxis }));
    } catch {
      // storage may be off (private windows): the choice lasts as long as the page
    }
  }
}

function remembered(): Partial<ChartView> {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const out: Partial<ChartView> = {};
    if (typeof v['smoothing'] === 'number' && v['smoothing'] >= 0 && v['smoothing'] <= 0.99) out.smoothing = v['smoothing'];
    if (typeof v['logCost'] === 'boolean') out.logCost = v['logCost'];
    if (v['xAxis'] === 'step' || v['xAxis'] === 'time') out.xAxis = v['xAxis'];
    return out;
  } catch {
    return {};
  }
}
