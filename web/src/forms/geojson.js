// Polygons in and out of the form: GeoJSON read from a file or the API, WKT written for the report JSON,
// and the area shown while drawing. A polygon is a GeoJSON Polygon's coordinates: [outer ring, ...holes].

/** The polygons of a GeoJSON object; throws an Error whose message says what is wrong and where. */
export function polygonsOf(geojson, where = 'the GeoJSON') {
  if (!geojson || typeof geojson !== 'object') throw new Error(`${where} is not a GeoJSON object`);
  switch (geojson.type) {
    case 'Polygon': return [checked(geojson.coordinates, where)];
    case 'MultiPolygon':
      if (!Array.isArray(geojson.coordinates)) throw new Error(`${where}: a MultiPolygon needs coordinates`);
      return geojson.coordinates.map((p, i) => checked(p, `${where}, polygon ${i + 1}`));
    case 'GeometryCollection': return (geojson.geometries ?? []).flatMap((g, i) => polygonsOf(g, `${where}, geometry ${i + 1}`));
    case 'Feature':
      if (!geojson.geometry) throw new Error(`${where}: the feature has no geometry`);
      return polygonsOf(geojson.geometry, where);
    case 'FeatureCollection': {
      const features = geojson.features ?? [];
      if (features.length === 0) throw new Error(`${where}: the FeatureCollection has no features`);
      return features.flatMap((f, i) => polygonsOf(f, `${where}, feature ${i + 1}`));
    }
    case 'Point': case 'MultiPoint': case 'LineString': case 'MultiLineString':
      throw new Error(`${where} is a ${geojson.type}; an area must be a Polygon or MultiPolygon`);
    default:
      throw new Error(`${where} is not GeoJSON (type ${JSON.stringify(geojson.type ?? null)}); expected a Polygon, MultiPolygon, Feature or FeatureCollection`);
  }
}

/** Parses text as GeoJSON polygons, naming the file in every message. */
export function polygonsOfText(text, name) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name} is not JSON: ${e.message}`);
  }
  const polygons = polygonsOf(json, name);
  if (polygons.length === 0) throw new Error(`${name} holds no polygon`);
  return polygons;
}

function checked(polygon, where) {
  if (!Array.isArray(polygon) || polygon.length === 0) throw new Error(`${where}: a polygon needs at least one ring`);
  return polygon.map((ring, r) => {
    const name = r === 0 ? 'outer ring' : `hole ${r}`;
    if (!Array.isArray(ring) || ring.some((p) => !Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])))
      throw new Error(`${where}: the ${name} is not a list of [longitude, latitude] positions`);
    const far = ring.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
    if (far) throw new Error(`${where}: ${far[0]}, ${far[1]} is not a longitude/latitude; save the file in WGS 84 (EPSG:4326)`);
    const closed = ring.length > 0 && (ring[0][0] !== ring.at(-1)[0] || ring[0][1] !== ring.at(-1)[1]) ? [...ring, ring[0]] : ring;
    if (closed.length < 4) throw new Error(`${where}: the ${name} has fewer than 3 corners`);
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
