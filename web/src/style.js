// The map's style: the offline basemap (land, water, borders and places built from npm data packages,
// see build-basemap.mjs) under Safeground's vector tiles: hazards by class and status, released land by
// method, finds (counted per cell at low zoom) and accidents. Colours match the legend in index.html.
// No `glyphs` URL: MapLibre draws label text locally with the browser's own fonts, so nothing is fetched.
export const queryLayers = ['hazards-fill', 'hazard-cells', 'released-fill', 'finds', 'accidents'];

const basemap = new URL('basemap/', document.baseURI).href;
const font = ['sans-serif'];

export function operationStyle(tilejson) {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: `${basemap}land.json`, maxzoom: 8, tolerance: 0.5 },
      borders: { type: 'geojson', data: `${basemap}borders.json`, maxzoom: 8 },
      places: { type: 'geojson', data: `${basemap}places.json`, maxzoom: 10 },
      safeground: { type: 'vector', tiles: tilejson.tiles, minzoom: tilejson.minzoom, maxzoom: tilejson.maxzoom, bounds: tilejson.bounds },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#b9d3e3' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3f1ea' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#8a7a9b', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 10, 2], 'line-dasharray': [3, 2] } },
      {
        id: 'released-fill', type: 'fill', source: 'safeground', 'source-layer': 'released',
        paint: { 'fill-color': ['match', ['get', 'method'], 'cancelled', '#90caf9', 'reduced', '#66bb6a', '#2e7d32'], 'fill-opacity': 0.7 },
      },
      {
        id: 'hazards-fill', type: 'fill', source: 'safeground', 'source-layer': 'hazards',
        filter: ['!=', ['get', 'status'], 'closed'],
        paint: { 'fill-color': ['match', ['get', 'class'], 'CHA', '#c62828', '#f9a825'], 'fill-opacity': 0.55 },
      },
      {
        id: 'hazards-line', type: 'line', source: 'safeground', 'source-layer': 'hazards',
        filter: ['!=', ['get', 'status'], 'closed'],
        // By status: clearance under way has a thick dashed edge, suspended work a dotted one, untouched hazards a thin solid one.
        paint: {
          'line-color': ['match', ['get', 'class'], 'CHA', '#8e0000', '#c17900'],
          'line-width': ['match', ['get', 'status'], 'in-progress', 2.5, 'suspended', 2, 1.2],
          'line-dasharray': ['match', ['get', 'status'], 'in-progress', ['literal', [2, 1]], 'suspended', ['literal', [0.5, 1.5]], ['literal', [1, 0]]],
        },
      },
      {
        // Hazards too small to draw at this zoom, counted per cell by the server: red when any is confirmed.
        id: 'hazard-cells', type: 'circle', source: 'safeground', 'source-layer': 'hazards',
        filter: ['has', 'count'],
        paint: {
          'circle-color': ['case', ['>', ['get', 'cha'], 0], '#c62828', '#f9a825'], 'circle-opacity': 0.85,
          'circle-stroke-color': '#5d4037', 'circle-stroke-width': 0.5,
          'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 2, 20, 4, 200, 8],
        },
      },
      {
        id: 'finds', type: 'circle', source: 'safeground', 'source-layer': 'finds',
        paint: {
          'circle-color': '#6a1b9a', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1,
          'circle-radius': ['case', ['has', 'count'], ['interpolate', ['linear'], ['get', 'count'], 1, 2.5, 100, 7, 1000, 12], 4],
          'circle-opacity': 0.8,
        },
      },
      {
        id: 'accidents', type: 'circle', source: 'safeground', 'source-layer': 'accidents',
        paint: { 'circle-color': '#000', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5, 'circle-radius': 6 },
      },
      {
        // Bigger towns first and from further out; every town of 20,000 or more by zoom 9.
        id: 'places', type: 'symbol', source: 'places',
        filter: ['>=', ['get', 'population'], ['step', ['zoom'], 1000000, 4, 300000, 6, 100000, 7, 50000, 9, 0]],
        layout: {
          'text-field': ['get', 'name'], 'text-font': font, 'text-size': ['step', ['get', 'population'], 12, 100000, 13, 1000000, 15],
          'symbol-sort-key': ['-', ['get', 'population']], 'text-padding': 4,
        },
        paint: { 'text-color': '#333', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
