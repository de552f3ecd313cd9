// Generates the static protobuf module (ESM + .d.ts) from proto/nnstream.proto.
// Output is committed and reproducible: running this again yields identical files.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const out = 'src/codec/generated';
mkdirSync(out, { recursive: true });
const bin = (name) => `node_modules/protobufjs-cli/bin/${name}`;
execFileSync(process.execPath, [bin('pbjs'), '-t', 'static-module', '-w', 'es6', '--force-number',
  '--no-verify', '--no-delimited', '--no-service', '-o', `${out}/nnstream.js`, 'proto/nnstream.proto'], { stdio: 'inherit' });
// protobufjs has no "exports" map: Node's ESM resolver needs the explicit file name.
const js = readFileSync(`${out}/nnstream.js`, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"');
writeFileSync(`${out}/nnstream.js`, js);
execFileSync(process.execPath, [bin('pbts'), '-o', `${out}/nnstream.d.ts`, `${out}/nnstream.js`], { stdio: 'inherit' });
