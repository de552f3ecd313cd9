import { byId, el } from './canvas.js';

/**
 * For models with more than 2 inputs: two selects naming the features on the
 * decision panel's axes (across, up). Choosing one redraws the slice.
 */
export class AxisPicker {
  private readonly box = byId('axis-pick');
  private readonly across = byId<HTMLSelectElement>('axis-x');
  private readonly up = byId<HTMLSelectElement>('axis-y');
  private shown = '';

  constructor(private readonly onPick: (i: number, j: number) => void) {
    const changed = (moved: HTMLSelectElement, other: HTMLSelectElement): void => {
      if (moved.value === other.value) other.value = String((Number(moved.value) + 1) % other.options.length); // two different features
      this.onPick(Number(this.across.value), Number(this.up.value));
    };
    this.across.addEventListener('change', () => changed(this.across, this.up));
    this.up.addEventListener('change', () => changed(this.up, this.across));
  }

  /** Shows the features to choose from (hidden for 2 inputs or fewer). */
  show(features: readonly string[]): void {
    const key = features.join('\u0000');
    if (key === this.shown) return;
    this.shown = key;
    this.box.hidden = features.length <= 2;
    for (const s of [this.across, this.up]) s.replaceChildren(...features.map((f, i) => Object.assign(el('option', undefined, f), { value: String(i) })));
    if (features.length >= 2) {
      this.across.value = '0';
      this.up.value = '1';
      this.onPick(0, 1);
    }
  }
}
