// The web app's entry: sign in, then the operation on a map drawn from Safeground's own vector tiles
// (/tiles, TileJSON at /tiles/tiles.json). Everything comes from this server: no internet at run time.
import { Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl } from 'maplibre-gl';
import { operationStyle, queryLayers } from './style.js';

setWorkerUrl(new URL('maplibre-gl-worker.mjs', import.meta.url).href);

const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, ...options });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body };
}

function showSignIn() {
  $('operation').hidden = true;
  $('sign-out').hidden = true;
  $('who').textContent = '';
  $('sign-in').hidden = false;
  $('username').focus();
}

let map;

async function showOperation(user) {
  $('sign-in').hidden = true;
  $('operation').hidden = false;
  $('sign-out').hidden = false;
  $('who').textContent = `${user.name ?? user.username} (${user.role})`;
  const tiles = await api('/tiles/tiles.json');
  if (!tiles.ok) throw new Error(`tiles: ${tiles.status}`);
  map = new MapLibreMap({ container: 'map', style: operationStyle(tiles.body), bounds: tiles.body.bounds, fitBoundsOptions: { padding: 20 } });
  map.addControl(new NavigationControl(), 'top-left');
  map.on('click', (e) => {
    const [feature] = map.queryRenderedFeatures(e.point, { layers: queryLayers });
    if (!feature) return;
    new Popup().setLngLat(e.lngLat).setDOMContent(details(feature)).addTo(map);
  });
  window.safeground = { map };
}

// A feature's attributes as a definition list, built from text nodes: no HTML from data.
function details(feature) {
  const dl = document.createElement('dl');
  for (const [key, value] of Object.entries(feature.properties)) {
    const dt = document.createElement('dt');
    dt.textContent = key.replaceAll('_', ' ');
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    dl.append(dt, dd);
  }
  return dl;
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  const result = await api('/api/v1/session', { method: 'POST', body: JSON.stringify({ username: $('username').value, password: $('password').value }) });
  if (!result.ok) {
    $('sign-in-error').textContent = result.body?.detail ?? `sign-in failed (${result.status})`;
    return;
  }
  $('password').value = '';
  await showOperation(result.body);
});

$('sign-out').addEventListener('click', async () => {
  await api('/api/v1/session', { method: 'DELETE' });
  map?.remove();
  map = undefined;
  showSignIn();
});

const me = await api('/api/v1/session/me');
if (me.ok) await showOperation(me.body); else showSignIn();
