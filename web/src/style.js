// The map's style: Safeground's vector tiles, hazards by class and status, released land by method,
// finds (counted per cell at low zoom) and accidents. Colours match the legend in index.html.
export const queryLayers = ['hazards-fill', 'released-fill', 'finds', 'accidents'];

export function operationStyle(tilejson) {
  return {
    version: 8,
    sources: { safeground: { type: 'vector', tiles: tilejson.tiles, minzoom: tilejson.minzoom, maxzoom: tilejson.maxzoom, bounds: tilejson.bounds } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3f1ea' } },
      {
        id: 'released-fill', type: 'fill', source: 'safeground', 'source-layer': 'released',
        paint: { 'fill-color': ['match', ['get', 'method'], 'cancelled', '#90caf9', 'reduced', '#66bb6a', '#2e7d32'], 'fill-opacity': 0.7 },
      },
      {
        id: 'hazards-fill', type: 'fill', source: 'safeground', 'source-layer': 'hazards',
        filter: ['!=', ['get', 'status'], 'closed'],
        paint: { 'fill-color': ['match', ['get', 'class'], 'cha', '#c62828', '#f9a825'], 'fill-opacity': 0.55 },
      },
      {
        id: 'hazards-line', type: 'line', source: 'safeground', 'source-layer': 'hazards',
        paint: { 'line-color': ['match', ['get', 'class'], 'cha', '#8e0000', '#c17900'], 'line-width': 1.2 },
      },
      {
        id: 'finds', type: 'circle', source: 'safeground', 'source-layer': 'finds',
        paint: {
          'circle-color': '#6a1b9a', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1,
          'circle-radius': ['case', ['has', 'count'], ['interpolate', ['linear'], ['get', 'count'], 1, 3, 100, 10, 1000, 18], 4],
        },
      },
      {
        id: 'accidents', type: 'circle', source: 'safeground', 'source-layer': 'accidents',
        paint: { 'circle-color': '#000', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5, 'circle-radius': 6 },
      },
    ],
  };
}
