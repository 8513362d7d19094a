// Polygons in and out of the form: GeoJSON read from a file or the API, WKT written for the report JSON,
// and the area shown while drawing. A polygon is a GeoJSON Polygon's coordinates: [outer ring, ...holes].
// The errors are for the user (shown under the upload): each a whole sentence naming where in the file it is.
import { t } from '../i18n.js';

/** The polygons of a GeoJSON object; throws an Error whose message says what is wrong and where. */
export function polygonsOf(geojson, where = t('web.geojson.where.default')) {
  if (!geojson || typeof geojson !== 'object') throw new Error(t('web.geojson.not-object', { where }));
  switch (geojson.type) {
    case 'Polygon': return [checked(geojson.coordinates, where)];
    case 'MultiPolygon':
      if (!Array.isArray(geojson.coordinates)) throw new Error(t('web.geojson.multipolygon-without-coordinates', { where }));
      return geojson.coordinates.map((p, i) => checked(p, t('web.geojson.where.polygon', { where, n: i + 1 })));
    case 'GeometryCollection': return (geojson.geometries ?? []).flatMap((g, i) => polygonsOf(g, t('web.geojson.where.geometry', { where, n: i + 1 })));
    case 'Feature':
      if (!geojson.geometry) throw new Error(t('web.geojson.feature-without-geometry', { where }));
      return polygonsOf(geojson.geometry, where);
    case 'FeatureCollection': {
      const features = geojson.features ?? [];
      if (features.length === 0) throw new Error(t('web.geojson.no-features', { where }));
      return features.flatMap((f, i) => polygonsOf(f, t('web.geojson.where.feature', { where, n: i + 1 })));
    }
    case 'Point': case 'MultiPoint': case 'LineString': case 'MultiLineString':
      throw new Error(t('web.geojson.not-an-area', { where, type: geojson.type }));
    default:
      throw new Error(t('web.geojson.unknown-type', { where, type: JSON.stringify(geojson.type ?? null) }));
  }
}

/** Parses text as GeoJSON polygons, naming the file in every message. */
export function polygonsOfText(text, name) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(t('web.geojson.not-json', { file: name, error: e.message }));
  }
  const polygons = polygonsOf(json, name);
  if (polygons.length === 0) throw new Error(t('web.geojson.no-polygon', { file: name }));
  return polygons;
}

function checked(polygon, where) {
  if (!Array.isArray(polygon) || polygon.length === 0) throw new Error(t('web.geojson.no-ring', { where }));
  return polygon.map((ring, r) => {
    if (!Array.isArray(ring) || ring.some((p) => !Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])))
      throw new Error(r === 0 ? t('web.geojson.outer-ring-not-positions', { where }) : t('web.geojson.hole-not-positions', { where, hole: r }));
    const far = ring.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
    if (far) throw new Error(t('web.geojson.not-longitude-latitude', { where, x: far[0], y: far[1] }));
    const closed = ring.length > 0 && (ring[0][0] !== ring.at(-1)[0] || ring[0][1] !== ring.at(-1)[1]) ? [...ring, ring[0]] : ring;
    if (closed.length < 4) throw new Error(r === 0 ? t('web.geojson.outer-ring-few-corners', { where }) : t('web.geojson.hole-few-corners', { where, hole: r }));
    return closed.map(([x, y]) => [x, y]);
  });
}

const ringText = (ring) => `(${ring.map(([x, y]) => `${x} ${y}`).join(', ')})`;
const polygonText = (polygon) => `(${polygon.map(ringText).join(', ')})`;

/** WKT of the polygons: a POLYGON for one, a MULTIPOLYGON for several, null for none. */
export function toWkt(polygons) {
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? `POLYGON ${polygonText(polygons[0])}` : `MULTIPOLYGON (${polygons.map(polygonText).join(', ')})`;
}

const radius = 6378137;
const rad = (d) => (d * Math.PI) / 180;

// Spherical ring area (Chamberlain and Duquette), close enough to say how big a drawing is; the server measures exactly.
function ringArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    sum += rad(x2 - x1) * (2 + Math.sin(rad(y1)) + Math.sin(rad(y2)));
  }
  return Math.abs((sum * radius * radius) / 2);
}

export const areaM2 = (polygons) => polygons.reduce((a, p) => a + ringArea(p[0]) - p.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);

const number = String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`;

/** The polygons of a WKT POLYGON or MULTIPOLYGON (as the report JSON stores them); [] for anything else. */
export function polygonsOfWkt(wkt) {
  const m = /^\s*(MULTIPOLYGON|POLYGON)\s*(\(.*\))\s*$/is.exec(wkt ?? '');
  if (!m) return [];
  const json = m[2].replace(/\(/g, '[').replace(/\)/g, ']').replace(new RegExp(`(${number})\\s+(${number})`, 'g'), '[$1,$2]');
  const coordinates = JSON.parse(json);
  return m[1].toUpperCase() === 'POLYGON' ? [coordinates] : coordinates;
}
