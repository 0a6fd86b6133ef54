// Bundles the page with esbuild: web/src/main.js -> OUTDIR/app.js, and copies web/static/*.
// Run by the build (cmake target casus_web) after `npm ci`; the page then needs no network.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--outdir');
const outdir = i > 0 ? process.argv[i + 1] : join(here, 'dist');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['es2020'],
  outfile: join(outdir, 'app.js'),
  loader: { '.json': 'json' },
  logLevel: 'warning',
});
cpSync(join(here, 'static'), outdir, { recursive: true });
console.log(`casus web: built ${outdir}`);
