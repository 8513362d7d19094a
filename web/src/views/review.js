// The review queue, for data managers: the reports waiting for a decision, and for each what it would change —
// its hazards before and after on the map and in figures (replayed by the server exactly as approval would),
// the land it releases and the rules it breaks — then approve, or reject with a reason its author will read.
import { GeoJSONSource } from 'maplibre-gl';
import { api, problem } from '../api.js';
import { bounds, day, definitions, el, hectares } from '../dom.js';
import { formatDateTime, formatNumber, t } from '../i18n.js';
import { hazardStatus, reportKind, severity } from '../words.js';
import { createMap } from '../map.js';

let map;
let queue;
let detail;
let status;
let selected;

export async function mount(section) {
  section.classList.add('review-view');
  queue = el('ol', { id: 'review-list', className: 'review-list', 'aria-label': t('web.review.list') });
  status = el('p', { id: 'review-status', role: 'status', 'aria-live': 'polite' });
  detail = el('div', { id: 'review-detail' });
  const container = el('div', { id: 'review-map', role: 'region', 'aria-label': t('web.review.map') });
  section.append(
    el('aside', { className: 'review-queue' }, el('h2', {}, t('web.review.title')), status, queue),
    el('div', { className: 'review-main' }, container, mapLegend()),
    el('aside', { className: 'review-side', 'aria-label': t('web.review.side') }, detail));
  map = await createMap(container);
  await new Promise((resolve) => (map.loaded() ? resolve() : map.once('load', resolve)));
  addImpactLayers(map);
  window.safeground = { ...window.safeground, reviewMap: map };
}

export async function show() {
  map?.resize();
  await loadQueue();
}

export function unmount() {
  map?.remove();
  map = undefined;
}

function mapLegend() {
  const item = (cls, text) => el('li', {}, el('span', { className: cls, 'aria-hidden': 'true' }), text);
  return el('ul', { className: 'review-legend', 'aria-label': t('web.review.legend.label') },
    item('swatch before', t('web.review.legend.before')), item('swatch after', t('web.review.legend.after')),
    item('swatch released', t('web.review.legend.released')), item('swatch reopened', t('web.review.legend.reopened')));
}

const empty = { type: 'FeatureCollection', features: [] };

function addImpactLayers(m) {
  m.addSource('before', { type: 'geojson', data: empty });
  m.addSource('after', { type: 'geojson', data: empty });
  m.addSource('released', { type: 'geojson', data: empty });
  m.addSource('reopened', { type: 'geojson', data: empty });
  m.addLayer({ id: 'impact-released', type: 'fill', source: 'released', paint: { 'fill-color': '#2e7d32', 'fill-opacity': 0.6 } });
  m.addLayer({ id: 'impact-after', type: 'fill', source: 'after', paint: { 'fill-color': '#c62828', 'fill-opacity': 0.45 } });
  // Land a reopening returns to hazardous: part of the remaining land after, outlined so it reads apart from what was hazardous already.
  m.addLayer({ id: 'impact-reopened', type: 'line', source: 'reopened', paint: { 'line-color': '#e65100', 'line-width': 3 } });
  m.addLayer({ id: 'impact-before', type: 'line', source: 'before', paint: { 'line-color': '#1a237e', 'line-width': 2.5, 'line-dasharray': [2, 1.5] } });
}

// Competing corrections (a field kit and the office both superseded one report, brought together by a sync):
// each is marked in the queue and explained in its detail, so that one is approved and the others rejected.
let conflicts = new Map();

async function loadConflicts() {
  const result = await api('/api/v1/reports/conflicts');
  conflicts = new Map();
  if (!result.ok) return; // not a data manager: the queue is shown without the marks
  for (const c of result.body.conflicts) for (const id of c.pending) conflicts.set(id, c.message);
}

// The queue comes a page at a time; "Load more" follows the API's next link, so a data manager reaches every
// waiting report however many there are (the first 200 used to be all the queue ever showed).
const pageSize = 200;
let nextPage = null;

const queueFailed = (status) => t('web.review.queue-failed', { status });

async function loadQueue() {
  const [result] = await Promise.all([api(`/api/v1/reports?status=submitted&limit=${pageSize}`), loadConflicts()]);
  if (!result.ok) {
    status.textContent = problem(result, queueFailed);
    return;
  }
  queue.replaceChildren();
  showPage(result.body);
}

async function loadMore(event) {
  const page = nextPage;
  if (!page) return;
  // A double tap asks once: the second tap finds no next page while the first is on its way.
  nextPage = null;
  const button = event?.currentTarget;
  if (button) button.disabled = true;
  const result = await api(page);
  if (!result.ok) {
    nextPage = page;
    if (button) button.disabled = false;
    status.textContent = problem(result, queueFailed);
    return;
  }
  showPage(result.body);
}

function showPage(page) {
  queue.querySelector('.review-more')?.remove();
  // Pages are by offset: a report decided meanwhile shifts the next page, which may then repeat one already shown.
  const shownIds = new Set([...queue.querySelectorAll('.review-item')].map((b) => b.dataset.report));
  const items = page.items.filter((r) => !shownIds.has(r.id));
  queue.append(...items.map((/** @type {import('../api-types.js').ReportSummaryView} */ r) => el('li', {},
    el('button', { type: 'button', className: 'review-item', 'data-report': r.id, 'aria-pressed': String(r.id === selected), onclick: () => open(r.id) },
      el('strong', {}, r.id), ' ', reportKind(r.kind), el('br'), r.hazard
        ? t('web.review.item', { hazard: r.hazard, organisation: r.organisation, date: day(r.dateOfInformation) })
        : t('web.review.item-without-hazard', { organisation: r.organisation, date: day(r.dateOfInformation) }),
      conflicts.has(r.id) ? [el('br'), el('span', { className: 'review-conflict' }, t('web.review.competing'))] : null))));
  const shown = queue.querySelectorAll('.review-item').length;
  const total = page.total ?? shown;
  status.textContent = total === 0 ? t('web.review.empty')
    : shown < total ? t('web.review.waiting-shown', { total, shown }) : t('web.review.waiting', { total });
  nextPage = page.next ?? null;
  if (nextPage) {
    queue.append(el('li', { className: 'review-more' },
      el('button', { type: 'button', id: 'review-load-more', onclick: loadMore }, t('web.review.load-more', { left: total - shown }))));
  }
}

async function open(id) {
  selected = id;
  for (const b of queue.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.report === id));
  detail.replaceChildren(el('p', {}, t('web.review.loading', { report: id })));
  const [report, impact] = await Promise.all([api(`/api/v1/reports/${encodeURIComponent(id)}`), api(`/api/v1/reports/${encodeURIComponent(id)}/impact`)]);
  if (!report.ok || !impact.ok) {
    detail.replaceChildren(el('p', { role: 'alert' }, problem(report.ok ? impact : report, (code) => t('web.review.report-failed', { report: id, status: code }))));
    return;
  }
  showOnMap(impact.body);
  detail.replaceChildren(
    el('h2', { id: 'review-title' }, t('web.review.report-title', { report: id, kind: reportKind(impact.body.report.kind) })),
    // Spread, not passed: replaceChildren writes a null as the text "null".
    ...(conflicts.has(id) ? [el('p', { className: 'review-conflict', role: 'alert' }, t('web.review.conflict', { message: conflicts.get(id) }))] : []),
    definitions(summaryOf(report.body.report, impact.body)),
    ...impact.body.hazards.map(changeOf),
    decision(id));
}

function summaryOf(r, impact) {
  return [
    [t('web.review.summary.hazard'), r.hazardId], [t('web.review.summary.organisation'), r.organisationId],
    [t('web.review.summary.team'), r.teamId], [t('web.review.summary.deployment'), r.deploymentId],
    [t('web.review.summary.date'), day(r.dateOfInformation)], [t('web.review.summary.submitted-by'), r.submittedBy],
    [t('web.review.summary.submitted-at'), r.submittedAt ? formatDateTime(r.submittedAt) : null],
    [t('web.review.summary.supersedes'), r.supersedes], [t('web.review.summary.reason'), r.supersedeReason],
    [t('web.review.summary.finds'), impact.finds ? formatNumber(impact.finds) : null],
  ];
}

/** @param {import('../api-types.js').HazardImpactView} h */
function changeOf(h) {
  const b = h.before;
  const a = h.after;
  const row = (label, key) => el('tr', {},
    el('th', { scope: 'row' }, label),
    el('td', { 'data-key': `before-${key}` }, b ? hectares(b[key]) : '–'),
    el('td', { 'data-key': `after-${key}`, 'data-value': a ? String(a[key]) : '' }, a ? hectares(a[key]) : '–'),
    el('td', {}, a && b ? signed(a[key] - b[key]) : '–'));
  const heading = b && a && b.status !== a.status ? t('web.review.hazard.changed', { hazard: h.id, before: hazardStatus(b.status), after: hazardStatus(a.status) })
    : a ? t('web.review.hazard.status', { hazard: h.id, status: hazardStatus(a.status) }) : t('web.review.hazard.title', { hazard: h.id });
  return el('section', { className: 'impact', 'aria-label': t('web.review.hazard.title', { hazard: h.id }) },
    el('h3', {}, heading),
    el('table', { className: 'impact-table', 'data-hazard': h.id },
      el('thead', {}, el('tr', {}, ['', t('web.review.impact.before'), t('web.review.impact.after'), t('web.review.impact.change')]
        .map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, row(t('web.review.impact.original'), 'originalM2'), row(t('web.review.impact.cancelled'), 'cancelledM2'),
        row(t('web.review.impact.reduced'), 'reducedM2'), row(t('web.review.impact.cleared'), 'clearedM2'),
        // Shown once land has been returned, before or after: otherwise a row of zeros on every report.
        ...((b?.reopenedM2 ?? 0) + (a?.reopenedM2 ?? 0) > 0 ? [row(t('web.review.impact.reopened'), 'reopenedM2')] : []),
        row(t('web.review.impact.remaining'), 'remainingM2'))),
    h.flags.length
      ? el('ul', { className: 'flags', 'aria-label': t('web.review.flags') },
        h.flags.map((f) => el('li', { className: `flag ${f.severity}` }, t('web.review.flag', { severity: severity(f.severity), message: f.message }))))
      : el('p', {}, t('web.review.no-flags')));
}

// A change with its sign in the sentence, so a language places the sign its own way.
const signed = (m2) => (Math.abs(m2) < 0.05 ? hectares(0)
  : m2 > 0 ? t('web.review.impact.increase', { area: Math.abs(m2) }) : t('web.review.impact.decrease', { area: Math.abs(m2) }));

function showOnMap(impact) {
  const collect = (pick) => ({ type: 'FeatureCollection', features: impact.hazards.flatMap(pick).filter(Boolean).map((g) => ({ type: 'Feature', properties: {}, geometry: g })) });
  const before = collect((h) => [h.before?.remaining]);
  const after = collect((h) => [h.after?.remaining]);
  // A reopening's "release" gives land back to hazardous: it is not drawn as released land.
  const released = collect((h) => h.releases.filter((r) => r.method !== 'reopened').map((r) => r.geometry));
  const reopened = collect((h) => h.releases.filter((r) => r.method === 'reopened').map((r) => r.geometry));
  /** @type {GeoJSONSource} */ (map.getSource('before')).setData(before);
  /** @type {GeoJSONSource} */ (map.getSource('after')).setData(after);
  /** @type {GeoJSONSource} */ (map.getSource('released')).setData(released);
  /** @type {GeoJSONSource} */ (map.getSource('reopened')).setData(reopened);
  const box = bounds(...[...before.features, ...after.features, ...released.features, ...reopened.features].map((f) => f.geometry));
  if (box) map.fitBounds(box, { padding: 40, maxZoom: 16, duration: 0 });
}

function decision(id) {
  const reason = el('textarea', { id: 'reject-reason', name: 'reason', rows: 3 });
  const message = el('p', { id: 'decision-message', role: 'status', 'aria-live': 'polite' });
  const approve = el('button', { type: 'button', className: 'approve' }, t('web.review.approve'));
  const reject = el('button', { type: 'submit', className: 'reject' }, t('web.review.reject'));
  const form = el('form', { className: 'decision', 'aria-label': t('web.review.decision') },
    approve,
    el('label', { for: 'reject-reason' }, t('web.review.reject-reason')), reason, reject, message);
  const decided = async (verb, body) => {
    approve.disabled = reject.disabled = true;
    const result = await api(`/api/v1/reports/${encodeURIComponent(id)}/${verb}`, { method: 'POST', body: JSON.stringify(body) });
    approve.disabled = reject.disabled = false;
    if (!result.ok) {
      message.textContent = problem(result, (code) => (verb === 'approve'
        ? t('web.review.approve-failed', { status: code }) : t('web.review.reject-failed', { status: code })));
      return;
    }
    message.textContent = verb === 'approve' ? t('web.review.approved', { report: id }) : t('web.review.rejected', { report: id });
    approve.hidden = reject.hidden = true;
    await loadQueue();
  };
  approve.addEventListener('click', () => decided('approve', {}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      reason.setAttribute('aria-invalid', 'true');
      message.textContent = t('web.review.reason-needed');
      reason.focus();
      return;
    }
    reason.removeAttribute('aria-invalid');
    decided('reject', { reason: reason.value.trim() });
  });
  return form;
}
