// Search by place name in the offline gazetteer (GeoNames places of 1,000 people or more, built into
// basemap/gazetteer.json). It is about 4 MB, so it is fetched the first time someone searches, not on load.
import { latinForms, scriptOf, skeleton } from './transliterate.js';

let gazetteer;

async function load() {
  gazetteer ??= fetch(new URL('basemap/gazetteer.json', document.baseURI)).then((r) => {
    if (!r.ok) throw new Error(`gazetteer: ${r.status}`);
    return r.json();
  }).then((rows) => rows.map((row) => [...row, fold(row[0])]));
  return gazetteer;
}

// The skeletons (row[6]) only when a query needs them: most searches are Latin and found by the fold.
function withSkeletons(rows) {
  if (rows.length > 0 && rows[0].length < 7) for (const row of rows) row.push(skeleton(row[0], fold));
  return rows;
}

// Case, accents, apostrophes and the usual transliteration variants of i/j/y do not matter, so
// "Kupiansk" finds GeoNames' "Kupjansk" and "Chuhuiv" finds "Chuhuyiv". Names starting with the text
// come before names containing it; bigger places first. Cyrillic and Arabic are read in Latin first
// (transliterate.js): "Купʼянськ" and "Купянск" find "Kupjansk"; when the vowels differ ("Харьков" for
// "Kharkiv", "الموصل" for "Mosul") the consonant skeleton matches, after the exact matches.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’‘ʼʻʾʿ´`\-\s]/g, '').replace(/[jy]/g, 'i').replace(/i+/g, 'i');

export async function searchPlaces(text, limit) {
  const script = scriptOf(text);
  const forms = latinForms(text);
  // Arabic has no written short vowels, so its romanisation is only good for the skeleton.
  const qs = script === 'arabic' ? [] : forms.map(fold).filter((q) => q.length >= 2);
  const loose = forms.map((form) => skeleton(form, fold)).filter((k) => k.length >= 2);
  if (qs.length === 0 && (script === 'latin' || loose.length === 0)) return [];
  const rows = await load();
  if (script !== 'latin') return acrossScripts(withSkeletons(rows), qs, loose, limit);
  const starts = [];
  const contains = [];
  for (const row of rows) {
    const name = row[5];
    if (name.startsWith(qs[0])) starts.push(row);
    else if (contains.length < limit && name.includes(qs[0])) contains.push(row);
    if (starts.length >= limit) break;
  }
  // A Latin spelling the fold does not know ("Kharkov") still finds the place by its consonants.
  const found = starts.length + contains.length > 0 ? [...starts, ...contains] : firstRows(withSkeletons(rows), (row) => loose.some((k) => row[6].startsWith(k)), limit);
  return places(found, limit);
}

// A Cyrillic or Arabic query: the same name in another spelling first (the fold's or the skeleton's equal),
// then names that start with it, then names that contain it, then names whose skeleton starts with it.
function acrossScripts(rows, qs, loose, limit) {
  const tiers = [
    (row) => qs.includes(row[5]),
    (row) => loose.includes(row[6]),
    (row) => qs.some((q) => row[5].startsWith(q)),
    (row) => qs.some((q) => row[5].includes(q)),
    (row) => loose.some((k) => row[6].startsWith(k)),
  ];
  const found = new Set();
  for (const tier of tiers) {
    for (const row of firstRows(rows, (r) => !found.has(r) && tier(r), limit - found.size)) found.add(row);
    if (found.size >= limit) break;
  }
  return places([...found], limit);
}

function firstRows(rows, test, limit) {
  const out = [];
  for (const row of rows) {
    if (out.length >= limit) break;
    if (test(row)) out.push(row);
  }
  return out;
}

const places = (rows, limit) => rows.slice(0, limit)
  .map(([name, lon, lat, population, country]) => ({ name, lon, lat, population, country }));
