// Bundles the browser dashboard (clients/dashboard) into dist/dashboard/: app.js
// (the page, with the project's own core and codec and uPlot, from node_modules;
// no CDN), app.css and index.html. `nnstream serve` serves that folder at `/`.
// Usage: node scripts/build-dashboard.mjs [--watch]
import { build, context } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const outdir = 'dist/dashboard';
const options = {
  entryPoints: { app: 'clients/dashboard/main.ts' },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  // protobufjs looks for the optional `long` package inside a try; numbers are used instead (--force-number)
  external: ['long'],
  logLevel: 'warning',
};

mkdirSync(outdir, { recursive: true });
copyFileSync('clients/dashboard/index.html', `${outdir}/index.html`);
if (process.argv.includes('--watch')) {
  const ctx = await context(options);
  await ctx.watch();
  console.log(`watching clients/dashboard → ${outdir}/`);
} else {
  const result = await build({ ...options, metafile: true });
  const bytes = Object.entries(result.metafile.outputs).filter(([f]) => !f.endsWith('.map')).map(([f, o]) => `${f} ${(o.bytes / 1024).toFixed(0)} KiB`);
  console.log(`dashboard: ${bytes.join(', ')}`);
}
