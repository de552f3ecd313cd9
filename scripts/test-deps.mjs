// Installs the system packages the test suite drives, when they are missing:
// Debian's chromium (dashboard tests in a real browser), protoc with Python's
// protobuf and websockets, venv, setuptools and wheel (the Python client, pip-installed
// into a fresh venv), and
// scikit-learn (the held-out accuracy comparison), and nats-server (the cluster
// tests start their own JetStream nodes; never as a system service). Runs before `npm test`, so
// the README's test command passes on a fresh machine. Set NNSTREAM_NO_APT=1 to
// skip; the tests that need a missing package then say so and skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const wanted = [
  ['chromium', () => existsSync('/usr/bin/chromium')],
  ['protobuf-compiler', () => has('protoc', ['--version'])],
  ['python3-protobuf', () => has('/usr/bin/python3', ['-c', 'import google.protobuf'])],
  ['python3-websockets', () => has('/usr/bin/python3', ['-c', 'import websockets'])],
  // the Python client is pip-installed into a fresh venv, offline, with Debian's setuptools
  ['python3-venv', () => has('/usr/bin/python3', ['-c', 'import ensurepip, venv'])],
  ['python3-setuptools', () => has('/usr/bin/python3', ['-c', 'import setuptools'])],
  ['python3-wheel', () => has('/usr/bin/python3', ['-c', 'import wheel'])],
  ['python3-sklearn', () => has('/usr/bin/python3', ['-c', 'import sklearn'])],
  ['nats-server', () => existsSync('/usr/sbin/nats-server') || existsSync('/usr/bin/nats-server')],
];
const missing = wanted.filter(([, ok]) => !ok()).map(([name]) => name);
if (missing.length === 0) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.env.NNSTREAM_NO_APT || !root || !existsSync('/usr/bin/apt-get')) {
  console.warn(`test-deps: missing ${missing.join(', ')}; the tests that need them will skip (install with apt-get as root)`);
  process.exit(0);
}
console.log(`test-deps: installing ${missing.join(', ')} with apt-get (once per machine)`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
} catch {
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
