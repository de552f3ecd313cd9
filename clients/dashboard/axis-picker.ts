import { byId, el } from './canvas.js';

/**
 * For models with more than 2 inputs: two selects naming the features on the
 * decision panel's axes (across, up). It starts on the most telling pair once the
 * model and samples can tell it; choosing one redraws the slice.
 */
export class AxisPicker {
  private readonly box = byId('axis-pick');
  private readonly across = byId<HTMLSelectElement>('axis-x');
  private readonly up = byId<HTMLSelectElement>('axis-y');
  private shown = '';
  private settled = false; // the user chose, or the preferred pair was known

  constructor(private readonly onPick: (i: number, j: number) => void) {
    const changed = (moved: HTMLSelectElement, other: HTMLSelectElement): void => {
      if (moved.value === other.value) other.value = String((Number(moved.value) + 1) % other.options.length); // two different features
      this.settled = true;
      this.onPick(Number(this.across.value), Number(this.up.value));
    };
    this.across.addEventListener('change', () => changed(this.across, this.up));
    this.up.addEventListener('change', () => changed(this.up, this.across));
  }

  /** Shows the features to choose from (hidden for 2 inputs or fewer); `preferred` is the pair to start on, when known. */
  show(features: readonly string[], preferred: () => [number, number] | undefined = () => undefined): void {
    const key = features.join('\u0000');
    if (key !== this.shown) {
      this.shown = key;
      this.settled = false;
      this.box.hidden = features.length <= 2;
      for (const s of [this.across, this.up]) s.replaceChildren(...features.map((f, i) => Object.assign(el('option', undefined, f), { value: String(i) })));
      if (features.length >= 2) this.pick(0, 1);
    }
    if (this.settled || features.length <= 2) return;
    const pair = preferred();
    if (pair === undefined) return;
    this.settled = true;
    this.pick(pair[0], pair[1]);
  }

  private pick(i: number, j: number): void {
    this.across.value = String(i);
    this.up.value = String(j);
    this.onPick(i, j);
  }
}
