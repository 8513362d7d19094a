// The form's map: polygons drawn and edited with terra-draw (polygon and select modes on MapLibre), the
// chosen hazard outlined for reference, polygons terra-draw cannot edit (with holes) shown as they are,
// and the points the form records (finds, an accident) marked. Positions can be picked by clicking.
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { bounds } from '../dom.js';

const empty = { type: 'FeatureCollection', features: [] };
// terra-draw refuses coordinates with more decimals than its precision (9: a millimetre).
const round = (v) => Math.round(v * 1e9) / 1e9;

export async function createDrawing(map, onChange) {
  if (!map.loaded()) await new Promise((resolve) => map.once('load', resolve));
  map.addSource('form-hazard', { type: 'geojson', data: empty });
  map.addSource('form-fixed', { type: 'geojson', data: empty });
  map.addSource('form-points', { type: 'geojson', data: empty });
  map.addLayer({ id: 'form-hazard-line', type: 'line', source: 'form-hazard', paint: { 'line-color': '#0d47a1', 'line-width': 3, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: 'form-fixed-fill', type: 'fill', source: 'form-fixed', paint: { 'fill-color': '#1565c0', 'fill-opacity': 0.3 } });
  map.addLayer({ id: 'form-fixed-line', type: 'line', source: 'form-fixed', paint: { 'line-color': '#1565c0', 'line-width': 2 } });
  map.addLayer({ id: 'form-points', type: 'circle', source: 'form-points', paint: { 'circle-radius': 6, 'circle-color': '#ff6f00', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });

  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode(),
      new TerraDrawSelectMode({
        flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
      }),
    ],
  });
  draw.start();
  draw.setMode('static');
  let fixed = [];
  const changed = () => onChange?.();
  draw.on('finish', changed);
  draw.on('change', (ids, type) => { if (type !== 'styling') changed(); });

  const drawing = {
    map,
    draw,
    /** The polygons drawn, uploaded or loaded, finished ones only. */
    polygons() {
      const drawn = draw.getSnapshot()
        .filter((f) => f.geometry.type === 'Polygon' && !f.properties.currentlyDrawing)
        .map((f) => f.geometry.coordinates);
      return [...drawn, ...fixed];
    },
    /** Replaces the drawing with these polygons; returns how many could not be made editable (holes). */
    load(polygons) {
      draw.clear();
      fixed = [];
      for (const polygon of polygons) {
        const feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: polygon.map((r) => r.map(([x, y]) => [round(x), round(y)])) }, properties: { mode: 'polygon' } };
        const [result] = polygon.length === 1 ? draw.addFeatures([feature]) : [{ valid: false }];
        if (!result?.valid) fixed.push(polygon);
      }
      showFixed();
      draw.setMode('select');
      const b = bounds(...polygons.map((p) => ({ coordinates: p })));
      if (b) map.fitBounds(b, { padding: 40, duration: 0, maxZoom: 17 });
      changed();
      return fixed.length;
    },
    clear() {
      draw.clear();
      fixed = [];
      showFixed();
      changed();
    },
    setMode(mode) {
      draw.setMode(mode);
    },
    mode: () => draw.getMode(),
    hazard(geometry) {
      map.getSource('form-hazard').setData(geometry ? { type: 'Feature', geometry, properties: {} } : empty);
      const b = geometry && bounds(geometry);
      if (b) map.fitBounds(b, { padding: 40, duration: 0, maxZoom: 17 });
    },
    points(points) {
      map.getSource('form-points').setData({
        type: 'FeatureCollection',
        features: points.map(([x, y]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: {} })),
      });
    },
    /** The next position clicked on the map (drawing is paused meanwhile). */
    pick() {
      // On a tablet held upright the map may be scrolled away above the field whose button asked: bring it back.
      map.getContainer().scrollIntoView({ block: 'nearest' });
      const before = draw.getMode();
      draw.setMode('static');
      map.getCanvas().classList.add('picking');
      return new Promise((resolve) => {
        map.once('click', (e) => {
          map.getCanvas().classList.remove('picking');
          draw.setMode(before);
          resolve([round(e.lngLat.lng), round(e.lngLat.lat)]);
        });
      });
    },
  };

  function showFixed() {
    map.getSource('form-fixed').setData({
      type: 'FeatureCollection',
      features: fixed.map((coordinates) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates }, properties: {} })),
    });
  }

  return drawing;
}
