import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Learner } from '../../src/core/learner.js';
import { modelToJson } from '../../src/codec/model-json.js';
import { loadModel, saveModel } from '../../src/storage/model-file.js';
import { writeCheckpoint } from '../../src/storage/checkpoint-file.js';
import { seal, verify } from '../../src/storage/checksum.js';

const dir = mkdtempSync(join(tmpdir(), 'nnstream-sum-'));
function model() {
  const l = Learner.create({ inputs: 3, hidden: [5], activation: 'tanh', task: 'binary', optimizer: 'adam', learningRate: 0.01, seed: 7 });
  const clients = Object.create(null) as Record<string, number>;
  clients['alpha'] = 41;
  clients['__proto__'] = 7;
  return { ...l.toModel(), clients };
}
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Loads `bytes` as a checkpoint: 'refused', 'same' (identical content) or 'different' (loads as other parameters). */
async function loadFlipped(bytes: Buffer, ext: string, original: unknown, requireChecksum: boolean): Promise<'refused' | 'same' | 'different'> {
  const path = join(dir, `flip.${ext}`);
  writeFileSync(path, bytes);
  try {
    const m = await loadModel(path, { requireChecksum });
    return same(modelToJson(m), original) ? 'same' : 'different';
  } catch (e) {
    expect((e as { code: string }).code).toBe('BAD_MODEL');
    return 'refused';
  }
}

describe('checkpoint checksums', () => {
  for (const ext of ['json', 'pb'] as const) {
    it(`seals a .${ext} file that stays a plain model file, and verifies it`, async () => {
      const path = join(dir, `ck.${ext}`);
      await writeCheckpoint(path, model());
      const bytes = readFileSync(path);
      expect(verify(bytes, ext)).toBe('ok');
      const back = await loadModel(path, { requireChecksum: true });
      expect(back.clients?.['__proto__']).toBe(7);
      expect(Object.hasOwn(back.clients!, '__proto__')).toBe(true);
      if (ext === 'json') expect((JSON.parse(bytes.toString()) as { layers: unknown[] }).layers).toHaveLength(2); // any JSON reader
    });

    it(`refuses every single-bit flip of a sealed .${ext} checkpoint; unsealed, some load as other parameters`, async () => {
      const plain = join(dir, `plain.${ext}`), sealed = join(dir, `sealed.${ext}`);
      await saveModel(plain, model());
      await writeCheckpoint(sealed, model());
      const original = modelToJson(await loadModel(plain));
      const count = { unsealed: { refused: 0, same: 0, different: 0 }, sealed: { refused: 0, same: 0, different: 0 } };
      for (const [kind, path] of [['unsealed', plain], ['sealed', sealed]] as const) {
        const bytes = readFileSync(path);
        const flips = fc.sample(fc.tuple(fc.nat(bytes.length - 1), fc.nat(7)), { numRuns: 200, seed: 9 });
        for (const [at, bit] of flips) {
          const b = Buffer.from(bytes);
          b[at] = b[at]! ^ (1 << bit);
          count[kind][await loadFlipped(b, ext, original, kind === 'sealed')]++;
        }
      }
      console.log(`.${ext}, 200 single-bit flips: without checksum ${count.unsealed.different} load as different parameters, ${count.unsealed.refused} refused; with it ${count.sealed.different} different, ${count.sealed.refused} refused`);
      expect(count.sealed.different).toBe(0);
      expect(count.sealed.same).toBe(0);
      expect(count.unsealed.different).toBeGreaterThan(0); // what the checksum is for
    });
  }

  it('seals and verifies any content (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.dictionary(fc.string(), fc.double()), (bytes, obj) => {
        expect(verify(seal(bytes, 'pb') as Uint8Array, 'pb')).toBe('ok');
        const text = JSON.stringify({ format: 'x', ...obj });
        expect(verify(new TextEncoder().encode(seal(text, 'json') as string), 'json')).toBe('ok');
      }),
    );
  });
});
