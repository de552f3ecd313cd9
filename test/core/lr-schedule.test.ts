import { describe, expect, it } from 'vitest';
import { Learner } from '../../src/core/learner.js';
import { lrAt, parseLrSchedule, scheduleOf } from '../../src/core/lr-schedule.js';
import { matrix } from '../../src/core/matrix.js';

describe('learning-rate schedules', () => {
  it('follow their documented formulas', () => {
    const step = parseLrSchedule('step:3:0.5');
    expect([0, 1, 2, 3, 5, 6, 9].map((t) => lrAt(step, 0.8, t))).toEqual([0.8, 0.8, 0.8, 0.4, 0.4, 0.2, 0.1]);
    const exp = parseLrSchedule('exp:0.9');
    expect(lrAt(exp, 2, 0)).toBe(2);
    expect(lrAt(exp, 2, 3)).toBe(2 * Math.pow(0.9, 3));
    const cos = parseLrSchedule('cosine:10:0.1');
    expect(lrAt(cos, 1, 0)).toBe(1);
    expect(lrAt(cos, 1, 5)).toBeCloseTo(0.55, 15);
    expect(lrAt(cos, 1, 10)).toBeCloseTo(0.1, 15);
    expect(lrAt(cos, 1, 50)).toBeCloseTo(0.1, 15);
    expect(lrAt(parseLrSchedule('constant'), 0.3, 1e6)).toBe(0.3);
  });

  it('rejects a malformed schedule with the syntax in the message', () => {
    for (const bad of ['step:0:0.5', 'step:10', 'exp:2', 'cosine:', 'linear:5', 'constant:1'])
      expect(() => parseLrSchedule(bad)).toThrow(/Expected --lr-schedule to be one of constant, step:EVERY:FACTOR, exp:RATE, cosine:STEPS\[:MIN\]/);
  });

  it('sets the learning rate of every step, and a learner restored from toModel continues the schedule exactly', () => {
    const make = (): Learner => Learner.create({ inputs: 2, hidden: [3], activation: 'tanh', task: 'binary', learningRate: 0.5, optimizer: 'adam', lrSchedule: parseLrSchedule('step:2:0.5'), seed: 3 });
    const X = matrix(2, 4, Float64Array.of(1, 2, -1, 0.5, 0.3, -2, 2, 2)), y = [1, 0, 0, 1];
    const a = make(), rates: number[] = [], costs: number[] = [];
    for (let i = 0; i < 6; i++) {
      costs.push(a.learnMany(X, y).cost);
      rates.push(a.optimizer.learningRate);
    }
    expect(rates).toEqual([0.5, 0.5, 0.25, 0.25, 0.125, 0.125]);
    const b = make();
    for (let i = 0; i < 3; i++) b.learnMany(X, y);
    const saved = b.toModel();
    expect(scheduleOf(saved.optimizer)).toEqual({ schedule: { kind: 'step', every: 2, factor: 0.5 }, base: 0.5, t: 3 });
    const c = Learner.fromModel(saved);
    for (let i = 3; i < 6; i++) {
      expect(c.learnMany(X, y).cost).toBe(costs[i]);
      expect(c.optimizer.learningRate).toBe(rates[i]);
    }
    expect(c.toModel().layers[0]!.W.data).toEqual(a.toModel().layers[0]!.W.data);
  });
});
