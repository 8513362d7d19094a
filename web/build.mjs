// Builds the web app into dist/: the app bundled by esbuild from npm packages (nothing vendored), the
// MapLibre worker and stylesheet copied from node_modules. The server serves dist/ under /app/.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: 'dist/app.js',
});
cpSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', 'dist/maplibre-gl-worker.mjs');
cpSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'dist/maplibre-gl.css');
cpSync('src/index.html', 'dist/index.html');
cpSync('src/app.css', 'dist/app.css');
console.log('web: built dist/');
