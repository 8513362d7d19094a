// The map view: the operation on the offline basemap, a legend, search by hazard id or place, and a
// details panel for a clicked hazard: its areas, evidence, releases, timeline and the reports behind it.
import { Popup } from 'maplibre-gl';
import { api, problem } from '../api.js';
import { bounds, definitions, el, hectares } from '../dom.js';
import { createMap } from '../map.js';
import { queryLayers } from '../style.js';
import { searchPlaces } from '../places.js';

let map;
let panel;
let status;

export async function mount(section) {
  const container = el('div', { id: 'map', role: 'region', 'aria-label': 'Map of hazardous areas, released land, finds and accidents' });
  const input = el('input', { id: 'search-text', name: 'q', placeholder: 'HA-KH-0003 or Kupiansk', required: true, autocomplete: 'off' });
  const form = el('form', { id: 'search', role: 'search' },
    el('label', { for: 'search-text' }, 'Find a hazard by id or a place'), input, el('button', { type: 'submit' }, 'Find'));
  status = el('div', { id: 'search-result', role: 'status', 'aria-live': 'polite' });
  panel = el('div', { id: 'details', 'aria-live': 'polite' });
  const side = el('aside', { id: 'legend', 'aria-label': 'Legend, search and details' }, form, status, panel, legend());
  section.append(container, side);
  section.classList.add('map-view');

  map = await createMap(container);
  // For the browser benchmark (bench/webmap.sh): when the map first had everything drawn.
  map.once('idle', () => performance.mark('safeground:map-idle'));
  map.on('click', (e) => {
    const [feature] = map.queryRenderedFeatures(e.point, { layers: queryLayers });
    if (!feature) return;
    if (feature.properties.hazard_id) showHazard(feature.properties.hazard_id, false);
    else new Popup().setLngLat(e.lngLat).setDOMContent(definitions(Object.entries(feature.properties).map(([k, v]) => [k.replaceAll('_', ' '), v]))).addTo(map);
  });
  for (const layer of queryLayers) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }
  window.safeground = { ...window.safeground, map };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await search(input.value.trim());
  });
}

export function show(section, context, args) {
  map?.resize();
  if (args?.[0]) showHazard(decodeURIComponent(args[0]), true);
}

export function unmount() {
  map?.remove();
  map = undefined;
}

function legend() {
  const item = (cls, text) => el('li', {}, el('span', { className: cls, 'aria-hidden': 'true' }), text);
  return [
    el('h2', {}, 'Legend'),
    el('ul', {},
      item('swatch cha', 'Confirmed hazardous area (CHA)'),
      item('swatch sha', 'Suspected hazardous area (SHA)'),
      item('swatch in-progress', 'Clearance under way (dashed edge)'),
      item('swatch suspended', 'Work suspended (dotted edge)'),
      item('dot hazard-cell', 'Hazards too small to draw at this zoom (red if any is confirmed)'),
      item('swatch cancelled', 'Cancelled (non-technical survey)'),
      item('swatch reduced', 'Reduced (technical survey)'),
      item('swatch cleared', 'Cleared'),
      item('dot find', 'Explosive ordnance found'),
      item('dot accident', 'Accident')),
  ];
}

// A hazard id first (through the API: only what the user may see); if there is none, places by name.
async function search(text) {
  status.replaceChildren();
  const hazard = await api(`/api/v1/hazards/${encodeURIComponent(text)}`);
  if (hazard.ok) {
    status.textContent = `Hazard ${hazard.body.id}: ${hectares(hazard.body.areas.remainingM2)} remaining.`;
    renderHazard(hazard.body, true);
    return;
  }
  if (hazard.status !== 404) {
    status.textContent = problem(hazard, 'search');
    return;
  }
  const places = await searchPlaces(text, 8);
  if (places.length === 0) {
    status.textContent = `No hazard or place matches ${text}.`;
    return;
  }
  status.textContent = `${places.length} place${places.length > 1 ? 's' : ''} match ${text}; no hazard has that id.`;
  status.append(el('ul', { className: 'places' }, places.map((p) => el('li', {},
    el('button', { type: 'button', onclick: () => map.flyTo({ center: [p.lon, p.lat], zoom: 12, duration: 0 }) },
      `${p.name}, ${p.country} (${p.population.toLocaleString('en')} people)`)))));
  map.flyTo({ center: [places[0].lon, places[0].lat], zoom: 12, duration: 0 });
}

async function showHazard(id, frame) {
  const result = await api(`/api/v1/hazards/${encodeURIComponent(id)}`);
  if (!result.ok) {
    panel.replaceChildren(el('p', {}, problem(result, `hazard ${id}`)));
    return;
  }
  await renderHazard(result.body, frame);
}

/** @param {import('../api-types.js').HazardDetailView} h */
async function renderHazard(h, frame) {
  const box = bounds(h.original ?? h.geometry);
  if (frame && box && map) map.fitBounds(box, { padding: 40, maxZoom: 15, duration: 0 });
  const [timeline, reports] = await Promise.all([
    api(`/api/v1/hazards/${encodeURIComponent(h.id)}/timeline`),
    api(`/api/v1/hazards/${encodeURIComponent(h.id)}/reports`),
  ]);
  const a = h.areas;
  panel.replaceChildren(
    el('h2', { id: 'details-title' }, h.id + (h.name ? ` – ${h.name}` : '')),
    definitions([
      ['class', h.class.toUpperCase()], ['status', h.status], ['region', h.region], ['organisation', h.organisation],
      ['remaining', `${hectares(a.remainingM2)} of ${hectares(a.originalM2)}`],
      ['cancelled', hectares(a.cancelledM2)], ['reduced', hectares(a.reducedM2)], ['cleared', hectares(a.clearedM2)],
      ['finds', h.findCount], ['accidents', h.accidentCount], ['handed over to', h.handedOverTo],
    ]),
    el('h3', {}, 'Evidence'),
    h.evidence?.length
      ? el('ul', {}, h.evidence.map((e) => el('li', {}, `${e.type} (${e.source})${e.note ? `: ${e.note}` : ''}`)))
      : el('p', {}, 'None recorded.'),
    // Spread, not passed: replaceChildren writes a null as the text "null" and an array as "[object …]".
    ...(h.flags?.length ? [el('h3', {}, 'Rule flags'), el('ul', {}, h.flags.map((f) => el('li', {}, typeof f === 'string' ? f : (f.message ?? 'a rule flag without a message'))))] : []),
    el('h3', {}, 'Timeline'),
    timeline.ok ? timelineTable(timeline.body.points) : el('p', {}, problem(timeline, 'timeline')),
    el('h3', {}, 'Reports'),
    reports.ok ? el('ul', { className: 'reports' }, reports.body.items.map((/** @type {import('../api-types.js').ReportSummaryView} */ r) => el('li', {},
      `${r.dateOfInformation} ${r.id} – ${r.kind} – ${r.status}${r.statusReason ? ` (${r.statusReason})` : ''}`))) : el('p', {}, problem(reports, 'reports')),
  );
}

function timelineTable(points) {
  if (!points.length) return el('p', {}, 'No approved report yet.');
  return el('table', { className: 'timeline' },
    el('caption', { className: 'visually-hidden' }, 'Area after each approved report'),
    el('thead', {}, el('tr', {}, ['Date', 'Report', 'Released', 'Remaining'].map((t) => el('th', { scope: 'col' }, t)))),
    el('tbody', {}, points.map((/** @type {import('../api-types.js').TimelinePoint} */ p) => el('tr', {},
      el('td', {}, p.date), el('td', {}, `${p.reportId} (${p.method ?? p.kind})`),
      el('td', {}, hectares(p.releasedM2)), el('td', {}, hectares(p.remainingM2))))));
}
