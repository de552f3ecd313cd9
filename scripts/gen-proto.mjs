// Generates the static protobuf module (ESM + .d.ts) from proto/nnstream.proto.
// Output is committed and reproducible: running this again yields identical files.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const out = 'src/codec/generated';
mkdirSync(out, { recursive: true });
const bin = (name) => `node_modules/protobufjs-cli/bin/${name}`;
execFileSync(process.execPath, [bin('pbjs'), '-t', 'static-module', '-w', 'es6', '--force-number',
  '--no-verify', '--no-delimited', '--no-service', '-o', `${out}/nnstream.js`, 'proto/nnstream.proto'], { stdio: 'inherit' });
// 64-bit fields (seq, step, id) are plain numbers, never Long objects: every count in
// the protocol stays below 2^53. Configured here, before the message prototypes take
// their defaults, so an unset uint64 reads as 0 rather than Long(0).
const js = readFileSync(`${out}/nnstream.js`, 'utf8').replace(
  'import $protobuf from "protobufjs/minimal.js";',
  'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();',
);
if (!js.includes('$protobuf.configure();')) throw new Error('gen-proto: the generated import line changed; update the Long patch');
writeFileSync(`${out}/nnstream.js`, js);
execFileSync(process.execPath, [bin('pbts'), '-o', `${out}/nnstream.d.ts`, `${out}/nnstream.js`], { stdio: 'inherit' });
