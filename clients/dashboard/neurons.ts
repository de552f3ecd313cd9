import { el } from './canvas.js';
import type { DiagramLayout } from './network-diagram.js';
import type { Neuron } from './decision-boundary.js';

/**
 * TensorFlow Playground's neuron views: every hidden unit's activation over the
 * input plane as a small picture laid on its place in the network diagram.
 * Pointing at one (or tapping it, which keeps it) shows its map in the big plot.
 */
export class NeuronThumbnails {
  private items: { neuron: Neuron; canvas: HTMLCanvasElement }[] = [];
  private pinned: Neuron | undefined;
  private hovered: Neuron | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly onFocus: (n: Neuron | undefined) => void,
  ) {}

  /** The neuron whose map the big plot shows (hovered, else pinned by a tap). */
  get focus(): Neuron | undefined {
    return this.hovered ?? this.pinned;
  }

  clear(): void {
    this.root.replaceChildren();
    this.items = [];
    if (this.pinned !== undefined || this.hovered !== undefined) {
      this.pinned = this.hovered = undefined;
      this.onFocus(undefined);
    }
  }

  draw(layout: DiagramLayout, pictures: { neuron: Neuron; image: ImageData }[]): void {
    const key = (n: Neuron): string => `${n.layer}.${n.unit}`;
    if (this.items.length !== pictures.length || this.items.some((it, i) => key(it.neuron) !== key(pictures[i]!.neuron))) this.build(pictures.map((p) => p.neuron));
    const side = Math.max(12, Math.min(44, layout.spacing * 0.86));
    this.items.forEach((it, i) => {
      const at = layout.units[it.neuron.layer]?.[it.neuron.unit];
      if (at === undefined) return void (it.canvas.hidden = true);
      const img = pictures[i]!.image;
      if (it.canvas.width !== img.width) it.canvas.width = it.canvas.height = img.width;
      it.canvas.getContext('2d')!.putImageData(img, 0, 0);
      Object.assign(it.canvas.style, { left: `${at.x - side / 2}px`, top: `${at.y - side / 2}px`, width: `${side}px`, height: `${side}px` });
      it.canvas.classList.toggle('focus', this.focus !== undefined && key(this.focus) === key(it.neuron));
    });
  }

  private build(neurons: Neuron[]): void {
    this.root.replaceChildren();
    this.items = neurons.map((neuron) => {
      const canvas = el('canvas', 'neuron');
      canvas.dataset['layer'] = String(neuron.layer);
      canvas.dataset['unit'] = String(neuron.unit);
      canvas.title = `hidden layer ${neuron.layer}, neuron ${neuron.unit + 1}: point at it (or tap it) to see it large`;
      canvas.tabIndex = 0; // keyboard users focus it as others point at it
      canvas.setAttribute('role', 'button');
      canvas.setAttribute('aria-label', `hidden layer ${neuron.layer}, neuron ${neuron.unit + 1}`);
      canvas.addEventListener('mouseenter', () => this.set('hover', neuron));
      canvas.addEventListener('mouseleave', () => this.set('hover', undefined));
      canvas.addEventListener('focus', () => this.set('hover', neuron));
      canvas.addEventListener('blur', () => this.set('hover', undefined));
      canvas.addEventListener('click', () => this.set('pin', this.pinned && this.pinned.layer === neuron.layer && this.pinned.unit === neuron.unit ? undefined : neuron));
      this.root.append(canvas);
      return { neuron, canvas };
    });
  }

  private set(kind: 'hover' | 'pin', n: Neuron | undefined): void {
    const before = this.focus;
    if (kind === 'hover') this.hovered = n;
    else this.pinned = n;
    const after = this.focus;
    for (const it of this.items) it.canvas.classList.toggle('focus', after !== undefined && after.layer === it.neuron.layer && after.unit === it.neuron.unit);
    if (before?.layer !== after?.layer || before?.unit !== after?.unit) this.onFocus(after);
  }
}
