import seedrandom from 'seedrandom';

/** The saved state of a generator: enough to continue the exact same sequence. */
export type RngState = seedrandom.State.Arc4;

/**
 * A seeded random source (seedrandom's ARC4), never Math.random: the same seed
 * gives the same run, and a saved state resumes the very same sequence.
 */
export class Rng {
  private prng: seedrandom.StatefulPRNG<seedrandom.State.Arc4>;

  private constructor(prng: seedrandom.StatefulPRNG<seedrandom.State.Arc4>) {
    this.prng = prng;
  }

  static fromSeed(seed: number | string): Rng {
    return new Rng(seedrandom(String(seed), { state: true }));
  }

  static fromState(state: RngState): Rng {
    return new Rng(seedrandom('', { state }));
  }

  /** Uniform in [0, 1) with 53 bits. */
  uniform(): number {
    return this.prng.double();
  }

  /** Standard normal (Box-Muller; one value per two uniforms, no cached spare). */
  normal(): number {
    const u1 = 1 - this.prng.double(); // (0, 1]
    const u2 = this.prng.double();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  state(): RngState {
    return this.prng.state();
  }
}
