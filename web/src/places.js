// Search by place name in the offline gazetteer (GeoNames places of 1,000 people or more, built into
// basemap/gazetteer.json). It is about 4 MB, so it is fetched the first time someone searches, not on load.
let gazetteer;

async function load() {
  gazetteer ??= fetch(new URL('basemap/gazetteer.json', document.baseURI)).then((r) => {
    if (!r.ok) throw new Error(`gazetteer: ${r.status}`);
    return r.json();
  }).then((rows) => rows.map((row) => [...row, fold(row[0])]));
  return gazetteer;
}

// Case, accents, apostrophes and the usual transliteration variants of i/j/y do not matter, so
// "Kupiansk" finds GeoNames' "Kupjansk" and "Chuhuiv" finds "Chuhuyiv". Names starting with the text
// come before names containing it; bigger places first.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’ʼ`\-\s]/g, '').replace(/[jy]/g, 'i').replace(/i+/g, 'i');

export async function searchPlaces(text, limit) {
  const q = fold(text);
  if (q.length < 2) return [];
  const rows = await load();
  const starts = [];
  const contains = [];
  for (const row of rows) {
    const name = row[5];
    if (name.startsWith(q)) starts.push(row);
    else if (contains.length < limit && name.includes(q)) contains.push(row);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit)
    .map(([name, lon, lat, population, country]) => ({ name, lon, lat, population, country }));
}
