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

// Search: a hazard by its id, through the API (what the user may see), shown and framed on the map.
$('search').addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = $('hazard-id').value.trim();
  const out = $('search-result');
  out.replaceChildren();
  const result = await api(`/api/v1/hazards/${encodeURIComponent(id)}`);
  if (!result.ok) {
    out.textContent = result.status === 404 ? `No hazard ${id}.` : (result.body?.detail ?? `search failed (${result.status})`);
    return;
  }
  const h = result.body;
  const heading = document.createElement('h2');
  heading.textContent = h.id + (h.name ? ` – ${h.name}` : '');
  const remaining = `${(h.areas.remainingM2 / 10000).toFixed(2)} ha remaining of ${(h.areas.originalM2 / 10000).toFixed(2)} ha`;
  const dl = details({ properties: { class: h.class, status: h.status, region: h.region ?? '', organisation: h.organisation, area: remaining } });
  out.append(heading, dl);
  const box = bounds(h.original ?? h.geometry);
  if (box && map) map.fitBounds(box, { padding: 40, maxZoom: 15, duration: 0 });
});

// The [[west, south], [east, north]] of a GeoJSON geometry.
function bounds(geometry) {
  if (!geometry) return null;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1]); n = Math.max(n, c[1]);
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return Number.isFinite(w) ? [[w, s], [e, n]] : null;
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
