import { spawnSync } from 'node:child_process';
import { findPython } from '../reference/processes.js';

const SCRIPT = `
import json, sys
import numpy as np
texts = json.load(sys.stdin)
a = np.array(texts).astype(np.float64)  # numpy's own string to float64 conversion
b = np.array([float(t) for t in texts], dtype=np.float64)  # CPython's strtod (David Gay)
assert np.array_equal(a.view(np.uint64), b.view(np.uint64)), 'numpy and float() disagree'
sys.stdout.write('\\n'.join(format(int(x), '016x') for x in a.view(np.uint64)))
`;

const py = findPython(['numpy']);

/** Why numpy cannot be asked, or undefined when it can. */
export const numpyMissing: string | undefined = py.python === undefined ? py.reason : undefined;

/** The float64 bits numpy (and CPython's float()) give for each decimal text, as 16 hex digits. */
export function numpyBits(texts: readonly string[]): string[] {
  if (py.python === undefined) throw new Error(py.reason);
  const r = spawnSync(py.python, ['-c', SCRIPT], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`numpy failed: ${r.stderr}`);
  return r.stdout.split('\n');
}

const bitsView = new BigUint64Array(1);
const valueView = new Float64Array(bitsView.buffer);

/** The bits of a double, as 16 hex digits (so -0 and 0 differ). */
export function bitsOf(x: number): string {
  valueView[0] = x;
  return bitsView[0]!.toString(16).padStart(16, '0');
}

/** Decimal texts that have tripped parsers: halfway cases, subnormals, long mantissas, edges of the fast path. */
export const TRICKY = [
  '0', '-0', '+0', '0.0', '-0.0', '00000', '0.1', '0.2', '0.3', '.5', '5.', '+5', '-5', '1E5', '1e5', '1e+5', '1E-5',
  '1e22', '1e23', '1e-22', '1e-23', '123456789012345e-22', '123456789012345e22', '9007199254740991', '9007199254740992',
  '9007199254740993', '9007199254740994', '9007199254740995', '18014398509481985', '0.9007199254740993', '900719925474099.3',
  '2.2250738585072014e-308', '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9e-324', '5e-324', '2.4703282292062327e-324',
  '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '1e308', '1e309',
  '1e400', '1e-400', '-1e400', '0.1e-350', '1000000000000000000000000e-24', '0.000000000000000000000000001e27',
  '3.141592653589793', '3.1415926535897932384626433832795028841971', '2.718281828459045235360287471352662497757',
  '0.30000000000000004', '0.1000000000000000055511151231257827', '0.1000000000000000055511151231257828',
  '7.038531e-26', '8.533e+68', '4.1006e-184', '9.998e+307', '9.9538452227e-280', '6.47660115e-260', '7.4e+47',
  '5.92e+48', '7.35e+66', '8.32116e+55', '1.00000000000000011102230246251565404236316680908203125',
  '1.00000000000000011102230246251565404236316680908203124', '1.00000000000000011102230246251565404236316680908203126',
  '123456789012345678901234567890', '0.000001', '1234.5678', '-1234.5678e-3', '17.99', '0.007231', '1.204442292',
  '-1.4821709', '99999999999999999999', '1' + '0'.repeat(30), '0.' + '0'.repeat(30) + '1', '1.' + '0'.repeat(300) + '1',
  '72057594037927945', '72057594037927944', '72057594037927943', '1e-7', '1e-8', '144115188075855877', '1.5e15', '4503599627370497.5',
];
