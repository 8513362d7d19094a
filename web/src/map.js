// One way to make a map of the operation, for every view that needs one (the map, report drawing, the
// review queue): the offline basemap and Safeground's tiles, framed on the data.
import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import { api } from './api.js';
import { t } from './i18n.js';
import { operationStyle } from './style.js';

setWorkerUrl(new URL('maplibre-gl-worker.mjs', import.meta.url).href);

let tilejson;

/** The TileJSON, fetched once per page: every map shares it. */
export async function tiles() {
  if (tilejson) return tilejson;
  const result = await api('/tiles/tiles.json');
  if (!result.ok) throw new Error(`tiles: ${result.status}`);
  tilejson = result.body;
  return tilejson;
}

export async function createMap(container, options = {}) {
  const tileset = await tiles();
  const map = new MapLibreMap({
    container, style: operationStyle(tileset), bounds: tileset.bounds, fitBoundsOptions: { padding: 20 },
    // Not compact: GeoNames' licence (CC BY 4.0) asks for a credit the user can see, not one behind a button.
    attributionControl: { compact: false, customAttribution: t('web.map.attribution') },
    ...options,
  });
  map.addControl(new NavigationControl(), 'top-left');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}
