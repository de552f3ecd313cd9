import { byId } from './canvas.js';
import type { TimeCharts } from './time-charts.js';

/** The controls above the charts: the smoothing slider, linear/log cost, and x by step or wall time. */
export class ChartTools {
  constructor(charts: TimeCharts) {
    const slider = byId<HTMLInputElement>('smoothing');
    const value = byId<HTMLOutputElement>('smoothing-value');
    slider.value = String(charts.current.smoothing);
    value.textContent = charts.current.smoothing.toFixed(2);
    slider.addEventListener('input', () => {
      const w = Math.min(0.99, Math.max(0, Number(slider.value)));
      value.textContent = w.toFixed(2);
      charts.setView({ smoothing: w });
    });
    const pair = (a: string, b: string, set: (second: boolean) => void): void => {
      const first = byId<HTMLButtonElement>(a), second = byId<HTMLButtonElement>(b);
      const press = (on: boolean): void => {
        first.setAttribute('aria-pressed', String(!on));
        second.setAttribute('aria-pressed', String(on));
        set(on);
      };
      first.addEventListener('click', () => press(false));
      second.addEventListener('click', () => press(true));
    };
    pair('scale-linear', 'scale-log', (log) => charts.setView({ logCost: log }));
    pair('x-step', 'x-time', (time) => charts.setView({ xAxis: time ? 'time' : 'step' }));
  }
}
