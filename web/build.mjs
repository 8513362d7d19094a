// Builds the web app into dist/: the app bundled by esbuild from npm packages (nothing vendored), the
// MapLibre worker and stylesheet copied from node_modules, every src/*.css joined into app.css, and the
// offline basemap made from npm data packages (build-basemap.mjs). The server serves dist/ under /app/.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildBasemap } from './build-basemap.mjs';

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
cpSync('src/icon.svg', 'dist/icon.svg');
const styles = readdirSync('src').filter((f) => f.endsWith('.css')).sort((a, b) => (a === 'app.css' ? -1 : b === 'app.css' ? 1 : a.localeCompare(b)));
writeFileSync('dist/app.css', styles.map((f) => `/* ${f} */\n${readFileSync(`src/${f}`, 'utf8')}`).join('\n'));
buildBasemap('dist/basemap');
console.log('web: built dist/');
