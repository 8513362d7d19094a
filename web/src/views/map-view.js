// The map view: the operation on the offline basemap, a legend, search by hazard id or place, and a
// details panel for a clicked hazard: its areas, evidence, releases, timeline and the reports behind it.
import { Popup } from 'maplibre-gl';
import { api, problem } from '../api.js';
import { bounds, day, definitions, el, hectares } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { contaminationType, evidenceSource, evidenceType, hazardClass, hazardStatus, popupRows, releaseMethod, reportKind, reportStatus } from '../words.js';
import { createMap } from '../map.js';
import { queryLayers } from '../style.js';
import { searchPlaces } from '../places.js';

let map;
let panel;
let status;

export async function mount(section) {
  const container = el('div', { id: 'map', role: 'region', 'aria-label': t('web.map.region') });
  const input = el('input', { id: 'search-text', name: 'q', placeholder: t('web.map.search.placeholder'), required: true, autocomplete: 'off' });
  const form = el('form', { id: 'search', role: 'search' },
    el('label', { for: 'search-text' }, t('web.map.search.label')), input, el('button', { type: 'submit' }, t('web.map.search.submit')));
  status = el('div', { id: 'search-result', role: 'status', 'aria-live': 'polite' });
  panel = el('div', { id: 'details', 'aria-live': 'polite' });
  const side = el('aside', { id: 'legend', 'aria-label': t('web.map.side') }, form, status, panel, legend());
  section.append(container, side);
  section.classList.add('map-view');

  map = await createMap(container);
  // For the browser benchmark (bench/webmap.sh): when the map first had everything drawn.
  map.once('idle', () => performance.mark('safeground:map-idle'));
  map.on('click', (e) => {
    const [feature] = map.queryRenderedFeatures(e.point, { layers: queryLayers });
    if (!feature) return;
    if (feature.properties.hazard_id) showHazard(feature.properties.hazard_id, false);
    else new Popup().setLngLat(e.lngLat).setDOMContent(definitions(popupRows(feature.properties))).addTo(map);
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
    el('h2', {}, t('web.map.legend.title')),
    el('ul', {},
      item('swatch cha', t('web.map.legend.cha')),
      item('swatch sha', t('web.map.legend.sha')),
      item('swatch in-progress', t('web.map.legend.in-progress')),
      item('swatch suspended', t('web.map.legend.suspended')),
      item('dot hazard-cell', t('web.map.legend.hazard-cell')),
      item('swatch cancelled', t('web.map.legend.cancelled')),
      item('swatch reduced', t('web.map.legend.reduced')),
      item('swatch cleared', t('web.map.legend.cleared')),
      item('dot find', t('web.map.legend.find')),
      item('dot accident', t('web.map.legend.accident'))),
  ];
}

// A hazard id first (through the API: only what the user may see); if there is none, places by name.
async function search(text) {
  status.replaceChildren();
  const hazard = await api(`/api/v1/hazards/${encodeURIComponent(text)}`);
  if (hazard.ok) {
    status.textContent = t('web.map.search.hazard', { hazard: hazard.body.id, remaining: hazard.body.areas.remainingM2 });
    renderHazard(hazard.body, true);
    return;
  }
  if (hazard.status !== 404) {
    status.textContent = problem(hazard, (code) => t('web.map.search.failed', { status: code }));
    return;
  }
  const places = await searchPlaces(text, 8);
  if (places.length === 0) {
    status.textContent = t('web.map.search.nothing', { text });
    return;
  }
  status.textContent = t('web.map.search.places', { count: places.length, text });
  status.append(el('ul', { className: 'places' }, places.map((p) => el('li', {},
    el('button', { type: 'button', onclick: () => map.flyTo({ center: [p.lon, p.lat], zoom: 12, duration: 0 }) },
      t('web.map.search.place', { name: p.name, country: p.country, population: p.population }))))));
  map.flyTo({ center: [places[0].lon, places[0].lat], zoom: 12, duration: 0 });
}

async function showHazard(id, frame) {
  const result = await api(`/api/v1/hazards/${encodeURIComponent(id)}`);
  if (!result.ok) {
    panel.replaceChildren(el('p', {}, problem(result, (code) => t('web.map.hazard.failed', { hazard: id, status: code }))));
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
    el('h2', { id: 'details-title' }, h.name ? t('web.map.hazard.title-named', { hazard: h.id, name: h.name }) : h.id),
    definitions([
      [t('web.map.hazard.class'), hazardClass(h.class)], [t('web.map.hazard.contamination-type'), contamination(h)],
      [t('web.map.hazard.status'), hazardStatus(h.status)], [t('web.map.hazard.region'), h.region],
      [t('web.map.hazard.organisation'), h.organisation],
      [t('web.map.hazard.remaining'), t('web.map.hazard.remaining-of', { remaining: a.remainingM2, original: a.originalM2 })],
      [t('web.map.hazard.cancelled'), hectares(a.cancelledM2)], [t('web.map.hazard.reduced'), hectares(a.reducedM2)],
      [t('web.map.hazard.cleared'), hectares(a.clearedM2)],
      [t('web.map.hazard.finds'), formatNumber(h.findCount)], [t('web.map.hazard.accidents'), formatNumber(h.accidentCount)], [t('web.map.hazard.handed-over-to'), h.handedOverTo],
    ]),
    el('h3', {}, t('web.map.hazard.evidence')),
    h.evidence?.length
      ? el('ul', {}, h.evidence.map((e) => el('li', {}, e.note
        ? t('web.map.hazard.evidence-item-note', { type: evidenceType(e.type), source: evidenceSource(e.source), note: e.note })
        : t('web.map.hazard.evidence-item', { type: evidenceType(e.type), source: evidenceSource(e.source) }))))
      : el('p', {}, t('web.map.hazard.no-evidence')),
    // Spread, not passed: replaceChildren writes a null as the text "null" and an array as "[object …]".
    ...(h.flags?.length ? [el('h3', {}, t('web.map.hazard.flags')), el('ul', {}, h.flags.map((f) => el('li', {}, typeof f === 'string' ? f : (f.message ?? t('web.map.hazard.flag-without-message')))))] : []),
    el('h3', {}, t('web.map.hazard.timeline')),
    timeline.ok ? timelineTable(timeline.body.points) : el('p', {}, problem(timeline, (code) => t('web.map.timeline.failed', { status: code }))),
    el('h3', {}, t('web.map.hazard.reports')),
    reports.ok ? el('ul', { className: 'reports' }, reports.body.items.map((/** @type {import('../api-types.js').ReportSummaryView} */ r) => el('li', {},
      r.statusReason
        ? t('web.map.hazard.report-reason', { date: day(r.dateOfInformation), report: r.id, kind: reportKind(r.kind), status: reportStatus(r.status), reason: r.statusReason })
        : t('web.map.hazard.report', { date: day(r.dateOfInformation), report: r.id, kind: reportKind(r.kind), status: reportStatus(r.status) })))
    ) : el('p', {}, problem(reports, (code) => t('web.map.reports.failed', { status: code }))),
  );
}

// The type a survey stated ("not stated" if none did), and what the hazard's EO suggests when that differs: the data
// manager sees both; roll-ups count only the stated one.
/** @param {import('../api-types.js').HazardDetailView} h */
function contamination(h) {
  const stated = h.contaminationType ? contaminationType(h.contaminationType) : t('web.vocabulary.contamination-type.not-stated');
  if (!h.suggestedContaminationType || h.suggestedContaminationType === h.contaminationType) return stated;
  return t('web.map.hazard.contamination-suggested', { stated, suggested: contaminationType(h.suggestedContaminationType) });
}

function timelineTable(points) {
  if (!points.length) return el('p', {}, t('web.map.timeline.empty'));
  return el('table', { className: 'timeline' },
    el('caption', { className: 'visually-hidden' }, t('web.map.timeline.caption')),
    el('thead', {}, el('tr', {}, [t('web.map.timeline.date'), t('web.map.timeline.report'), t('web.map.timeline.released'), t('web.map.timeline.remaining')]
      .map((heading) => el('th', { scope: 'col' }, heading)))),
    el('tbody', {}, points.map((/** @type {import('../api-types.js').TimelinePoint} */ p) => el('tr', {},
      el('td', {}, day(p.date)), el('td', {}, t('web.map.timeline.report-kind', { report: p.reportId, kind: p.method ? releaseMethod(p.method) : reportKind(p.kind) })),
      el('td', {}, hectares(p.releasedM2)), el('td', {}, hectares(p.remainingM2))))));
}
