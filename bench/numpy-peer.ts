import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Shape } from './shapes.js';

const SCRIPT = resolve(import.meta.dirname, '../../bench/numpy_train.py');

/**
 * numpy_train.py kept running beside the bench, asked for one measurement at a time
 * so that nnstream and numpy take turns. One BLAS thread; OPENBLAS_CORETYPE and
 * OPENBLAS_L2_SIZE (set on some machines to work around old OpenBLAS bugs, and which
 * slow a current one) are removed from its environment only.
 */
export class NumpyPeer {
  private readonly waiting: ((line: string) => void)[] = [];

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly lines: Interface,
    readonly version: string,
  ) {
    lines.on('line', (l) => this.waiting.shift()?.(l));
  }

  /** Starts the peer, or answers why it cannot run (no python3, no numpy). */
  static async start(python = process.env['PYTHON'] ?? 'python3'): Promise<NumpyPeer | string> {
    const probe = spawnSync(python, ['-c', 'import numpy'], { encoding: 'utf8' });
    if (probe.error !== undefined || probe.status !== 0) return `no numpy peer: ${python} with numpy is not available`;
    const env: NodeJS.ProcessEnv = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    delete env['OPENBLAS_CORETYPE'];
    delete env['OPENBLAS_L2_SIZE'];
    const child = spawn(python, [SCRIPT], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(`numpy_train.py: ${d}`));
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((done, fail) => {
      lines.once('line', done);
      child.once('exit', (code) => fail(new Error(`numpy_train.py exited with code ${code}`)));
    });
    const info = JSON.parse(first) as { numpy: string; blas: string };
    return new NumpyPeer(child, lines, `numpy ${info.numpy}, ${info.blas}, 1 thread`);
  }

  /** Trains the shape for about `seconds` in numpy; returns samples per second. */
  async measure(s: Shape, seconds: number): Promise<number> {
    const answer = new Promise<string>((done) => this.waiting.push(done));
    this.child.stdin.write(JSON.stringify({ n0: s.n0, n1: s.n1, act: s.act, m: s.m, seconds }) + '\n');
    return (JSON.parse(await answer) as { samples_per_s: number }).samples_per_s;
  }

  close(): void {
    this.lines.close();
    this.child.stdin.end();
  }
}
