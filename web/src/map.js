// One way to make a map of the operation, for every view that needs one (the map, report drawing, the
// review queue): the offline basemap and Safeground's tiles, framed on the data.
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import { api } from './api.js';
import { isRightToLeft, t } from './i18n.js';
import { operationStyle } from './style.js';

setWorkerUrl(new URL('maplibre-gl-worker.mjs', import.meta.url).href);
// No right-to-left text plugin: MapLibre 6 shapes Arabic and orders bidirectional labels itself (its
// setRTLTextPlugin is deprecated and would replace that built-in code), with the browser's fonts (style.js).

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
    attributionControl: false,
    // MapLibre's own words (its controls' labels and the scale's units), in the app's language.
    locale: {
      'Map.Title': t('web.map.control.map'),
      'NavigationControl.ZoomIn': t('web.map.control.zoom-in'),
      'NavigationControl.ZoomOut': t('web.map.control.zoom-out'),
      'NavigationControl.ResetBearing': t('web.map.control.reset-bearing'),
      'Popup.Close': t('web.map.control.close-popup'),
      'ScaleControl.Kilometers': t('web.map.control.km'),
      'ScaleControl.Meters': t('web.map.control.m'),
      'AttributionControl.ToggleAttribution': t('web.map.control.toggle-attribution'),
    },
    ...options,
  });
  // The controls on the side a line starts from, the credit at its end: mirrored for a right-to-left language,
  // like the rest of the page.
  const [start, end] = isRightToLeft() ? ['right', 'left'] : ['left', 'right'];
  // Not compact: GeoNames' licence (CC BY 4.0) asks for a credit the user can see, not one behind a button.
  map.addControl(new AttributionControl({ compact: false, customAttribution: t('web.map.attribution') }), `bottom-${end}`);
  map.addControl(new NavigationControl(), `top-${start}`);
  map.addControl(new ScaleControl({ unit: 'metric' }), `bottom-${start}`);
  return map;
}
