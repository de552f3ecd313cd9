import { byId, el } from './canvas.js';
import { clockTime, formatValue } from './format.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

type Action = 'pause' | 'resume' | 'setLearningRate' | 'reset' | 'checkpoint';
type Send = (control: nnstream.v1.Control.$Properties) => boolean;

const LOG_LINES = 8;
const ARM_MS = 3000;

/**
 * Pause/resume, learning rate, reset and checkpoint. Each click sends one
 * Control{id, ...}; the answer (ControlResult, or an Error whose ref is the id)
 * is written to the log on screen. Everything is disabled for a viewer and while
 * the socket is down.
 */
export class Controls {
  private nextId = 1;
  private readonly pending = new Map<number, string>();
  private paused = false;
  private viewer = false;
  private connected = false;
  private armedUntil = 0;
  private readonly pause = byId<HTMLButtonElement>('btn-pause');
  private readonly checkpoint = byId<HTMLButtonElement>('btn-checkpoint');
  private readonly reset = byId<HTMLButtonElement>('btn-reset');
  private readonly lrForm = byId<HTMLFormElement>('lr-form');
  private readonly lrInput = byId<HTMLInputElement>('lr-input');
  private readonly lrButton = byId<HTMLButtonElement>('btn-lr');
  private readonly roleNote = byId('role-note');
  private readonly log = byId<HTMLOListElement>('control-log');

  constructor(private readonly send: Send) {
    this.pause.addEventListener('click', () => (this.paused ? this.request('resume', { resume: true }) : this.request('pause', { pause: true })));
    this.checkpoint.addEventListener('click', () => this.request('checkpoint', { checkpoint: true }));
    this.reset.addEventListener('click', () => this.clickReset());
    this.lrForm.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const lr = Number(this.lrInput.value);
      if (this.lrInput.value.trim() === '' || !Number.isFinite(lr) || lr <= 0) return this.write('bad', `Expected a learning rate > 0, got "${this.lrInput.value}"`);
      this.request('setLearningRate', { setLearningRate: lr }, `set learning rate ${formatValue(lr)}`);
    });
    this.update();
  }

  setConnected(connected: boolean): void {
    this.connected = connected;
    if (!connected) {
      for (const what of this.pending.values()) this.write('bad', `${what}: no answer, the connection closed`);
      this.pending.clear();
    }
    this.update();
  }

  /** The model's settings and this connection's role, from each ModelInfo. */
  setInfo(info: nnstream.v1.ModelInfo): void {
    this.viewer = info.role === 'viewer';
    this.paused = info.paused === true;
    if (document.activeElement !== this.lrInput && info.learningRate > 0) this.lrInput.value = String(info.learningRate);
    this.update();
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.update();
  }

  answer(r: nnstream.v1.ControlResult): void {
    const id = Number(r.id), what = this.pending.get(id) ?? r.action ?? 'control';
    this.pending.delete(id);
    this.write(r.ok ? 'ok' : 'bad', `${what}${r.message ? `: ${r.message}` : r.ok ? ': done' : ': refused'}`);
    if (r.modelInfo) this.setInfo(r.modelInfo as nnstream.v1.ModelInfo);
  }

  /** An Error from the server; returns true when it answered one of our controls. */
  refused(e: nnstream.v1.Error): boolean {
    const id = Number(e.ref);
    const what = this.pending.get(id);
    if (what === undefined) return false;
    this.pending.delete(id);
    this.write('bad', `${what}: ${e.code} ${e.message}`);
    return true;
  }

  /** A line in the log (alerts and connection news go here too). */
  write(kind: 'ok' | 'bad' | 'alert' | 'info', text: string): void {
    const li = el('li', kind);
    li.append(el('time', undefined, clockTime()), document.createTextNode(text));
    this.log.prepend(li);
    while (this.log.children.length > LOG_LINES) this.log.lastElementChild!.remove();
  }

  private request(action: Action, body: Partial<nnstream.v1.Control.$Properties>, what: string = action): void {
    const id = this.nextId++;
    if (!this.send({ id, ...body })) return this.write('bad', `${what}: not sent, the server is not connected`);
    this.pending.set(id, what);
  }

  private clickReset(): void {
    const now = Date.now();
    if (now < this.armedUntil) {
      this.armedUntil = 0;
      this.request('reset', { reset: true });
    } else {
      this.armedUntil = now + ARM_MS;
      setTimeout(() => this.update(), ARM_MS + 10);
    }
    this.update();
  }

  private update(): void {
    const off = this.viewer || !this.connected;
    for (const b of [this.pause, this.checkpoint, this.reset, this.lrButton]) b.disabled = off;
    this.lrInput.disabled = off;
    this.pause.textContent = this.paused ? 'Resume' : 'Pause';
    const armed = Date.now() < this.armedUntil;
    this.reset.textContent = armed ? 'Confirm reset' : 'Reset';
    this.reset.classList.toggle('armed', armed);
    this.roleNote.hidden = !this.viewer;
  }
}
