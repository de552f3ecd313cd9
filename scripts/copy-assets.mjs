// Copies what tsc does not emit into dist/: the generated protobuf module.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/src/codec/generated', { recursive: true });
for (const f of ['nnstream.js', 'nnstream.d.ts']) cpSync(`src/codec/generated/${f}`, `dist/src/codec/generated/${f}`);
