import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';

const draw = (rng: Rng, n: number, f: 'uniform' | 'normal'): number[] => Array.from({ length: n }, () => rng[f]());

describe('Rng', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draw(Rng.fromSeed(42), 50, 'normal')).toEqual(draw(Rng.fromSeed(42), 50, 'normal'));
    expect(draw(Rng.fromSeed(42), 5, 'uniform')).toEqual(draw(Rng.fromSeed('42'), 5, 'uniform')); // seeds are strings
    expect(draw(Rng.fromSeed(42), 5, 'uniform')).not.toEqual(draw(Rng.fromSeed(43), 5, 'uniform'));
  });

  it('resumes the exact sequence from a saved state', () => {
    const a = Rng.fromSeed('resume');
    draw(a, 17, 'normal');
    const state = a.state();
    const rest = draw(a, 30, 'normal').concat(draw(a, 30, 'uniform'));
    const b = Rng.fromState(state);
    expect(draw(b, 30, 'normal').concat(draw(b, 30, 'uniform'))).toEqual(rest);
  });

  it('a saved state survives JSON (as in a model file)', () => {
    const a = Rng.fromSeed(3);
    draw(a, 3, 'uniform');
    const b = Rng.fromState(JSON.parse(JSON.stringify(a.state())));
    expect(draw(b, 10, 'normal')).toEqual(draw(a, 10, 'normal'));
  });

  it('the saved state is a snapshot that later draws do not move', () => {
    const a = Rng.fromSeed(9);
    const state = a.state();
    const first = draw(a, 5, 'uniform');
    expect(draw(Rng.fromState(state), 5, 'uniform')).toEqual(first);
  });

  it('draws uniforms in [0, 1) and standard normals (mean 0, variance 1)', () => {
    const rng = Rng.fromSeed('moments');
    const u = draw(rng, 20000, 'uniform');
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(u.reduce((s, x) => s + x, 0) / u.length - 0.5)).toBeLessThan(0.01);
    const z = draw(rng, 20000, 'normal');
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length;
    expect(z.every(Number.isFinite)).toBe(true);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
