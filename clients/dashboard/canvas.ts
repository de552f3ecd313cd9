/**
 * Sizes a canvas's backing store to its CSS box times the device pixel ratio and
 * returns a context drawing in CSS pixels, with the box's width and height.
 */
export function fitCanvas(canvas: HTMLCanvasElement): { ctx: CanvasRenderingContext2D; width: number; height: number } {
  const rect = canvas.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(rect.width)), height = Math.max(1, Math.round(rect.height));
  const bw = Math.round(width * dpr), bh = Math.round(height * dpr);
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
  }
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('This browser gives no 2-D canvas context');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, width, height };
}

/** A canvas holding `pixels` (RGBA, width x height) to be drawn scaled with drawImage. */
export function pixelCanvas(pixels: ImageData): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = pixels.width;
  c.height = pixels.height;
  c.getContext('2d')!.putImageData(pixels, 0, 0);
  return c;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`The page has no element #${id}`);
  return e as T;
}
