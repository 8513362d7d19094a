// New report: a field report of any kind filed from the browser. The form builds Safeground's report JSON;
// "Check" asks the server (POST /api/v1/reports/check) for every problem and shows each next to its field;
// "Submit" checks first and sends the report only when no error remains (warnings are for the reviewer).
// The rules live on the server, once: the form only says where the server's sentences belong.
// Nothing typed is lost or sent twice: the form is kept on this device as a draft (per user) until the server has
// the report; the report id is made once per draft, so a report sent again after a lost answer is recognised
// by the server ("already received"); Submit is disabled while a report is on its way.
import { api, plain, problem } from '../api.js';
import { el, hectares } from '../dom.js';
import { createMap } from '../map.js';
import { createDrawing } from '../forms/drawing.js';
import { finds as findRows } from '../forms/details.js';
import { FieldRegistry, field, input, select } from '../forms/fields.js';
import { areaM2, polygonsOf, polygonsOfText, polygonsOfWkt, toWkt } from '../forms/geojson.js';
import { kindFields } from '../forms/kind-fields.js';
import { kinds } from '../forms/vocabulary.js';

const registry = new FieldRegistry();
let user;
let drawing;
let hazard; // the chosen hazard's details from the API, when it exists
let kind = kinds[0];
let extras = { node: [], read: () => ({}) };
let finds;
const ui = {};

export async function mount(section, context) {
  user = context.user;
  const draft = readDraft(); // before the empty form below is saved over it
  restoring = true;
  section.classList.add('report-view');
  const form = buildForm();
  section.append(form);
  const map = await createMap(ui.map, { doubleClickZoom: false }); // a double click closes a polygon
  drawing = await createDrawing(map, updateGeometry);
  window.safeground = { ...window.safeground, reportMap: map, drawing };
  finds = findRows(registry, () => drawing.pick(), updatePoints);
  ui.finds.replaceChildren(finds.node);
  await organisations();
  chooseKind(kinds[0].value);
  restoring = false;
  if (draft) {
    await fill(draft.report, draft.polygons);
    attempted = draft.attempted === true;
    ui.draftText.textContent = `Draft restored: the report you were writing on this device${draft.savedAt ? ` (last change ${new Date(draft.savedAt).toLocaleString('en-GB')})` : ''}.`;
    ui.draftNote.hidden = false;
  }
}

export async function show(section, context, args) {
  drawing?.map.resize();
  if (args?.[0] === 'correct' && args[1]) {
    await correct(decodeURIComponent(args[1]));
    return;
  }
  if (args?.[0]) {
    ui.hazard.value = decodeURIComponent(args[0]);
    await loadHazard();
  }
}

export function unmount() {
  attempted = false;
  lastSent = undefined;
  drawing?.map.remove();
  drawing = undefined;
  hazard = undefined;
  registry.fields.clear();
}

function buildForm() {
  ui.kind = select(kinds.map((k) => [k.value, k.label]), { id: 'report-kind' });
  ui.id = input({ id: 'report-id', required: true, spellcheck: false });
  ui.hazard = input({ id: 'report-hazard', spellcheck: false, placeholder: 'HA-…' });
  ui.hazard.setAttribute('list', 'report-hazards');
  ui.hazardList = el('datalist', { id: 'report-hazards' });
  ui.hazardInfo = el('p', { id: 'report-hazard-info', className: 'hint', 'aria-live': 'polite' });
  ui.organisation = user.organisation
    ? input({ id: 'report-organisation', value: user.organisation, readOnly: true })
    : select([], { id: 'report-organisation' });
  ui.team = select([['', '(none)']], { id: 'report-team' });
  ui.deployment = select([['', '(none)']], { id: 'report-deployment' });
  ui.date = input({ id: 'report-date', type: 'date', required: true, value: today() });
  ui.extras = el('div', { id: 'report-kind-fields', className: 'kind-fields' });
  ui.finds = el('div', { id: 'report-finds' });
  ui.status = el('p', { id: 'report-status', role: 'status' });
  ui.draftText = el('span', {});
  ui.discard = el('button', { type: 'button', id: 'report-discard' }, 'Discard the draft');
  ui.draftNote = el('p', { id: 'report-draft', className: 'draft-note', hidden: true }, ui.draftText, ' ', ui.discard);
  ui.issues = el('div', { id: 'report-issues', role: 'alert', tabIndex: -1 });
  // Issues about no field of the form (who submits, a body the server could not read at all) go here.
  ui.general = el('div', { id: 'report-general-issues', className: 'field-issues', tabIndex: -1 });
  registry.add('report', ui.general, ui.general);
  const bodyIssues = el('div', { id: 'report-body-issues', className: 'field-issues' });
  registry.add('body', ui.extras, bodyIssues);

  ui.check = el('button', { type: 'button', id: 'report-check' }, 'Check');
  ui.submit = el('button', { type: 'button', id: 'report-submit', className: 'primary' }, 'Submit');
  const details = el('fieldset', { className: 'common' }, el('legend', {}, 'Report'),
    field(registry, 'body.kind', 'Report kind', ui.kind),
    field(registry, 'id', 'Report id', ui.id, 'Suggested; change it to your own numbering if you have one'),
    field(registry, 'hazardId', 'Hazard', ui.hazard), ui.hazardList, ui.hazardInfo,
    field(registry, 'organisationId', 'Organisation', ui.organisation),
    field(registry, 'teamId', 'Team', ui.team),
    field(registry, 'deploymentId', 'Deployment', ui.deployment),
    field(registry, 'dateOfInformation', 'Date of information', ui.date, 'The day the facts were true in the field'));
  const side = el('div', { className: 'report-side' },
    el('h2', { id: 'report-title' }, 'New report'), ui.draftNote, details,
    el('fieldset', { className: 'kind' }, el('legend', { id: 'report-kind-legend' }, 'Details'), ui.extras, bodyIssues),
    ui.finds, ui.general,
    el('div', { className: 'actions' }, ui.check, ui.submit), ui.status, ui.issues);

  ui.geometryLegend = el('legend', {}, 'Area');
  ui.drawPolygon = el('button', { type: 'button', id: 'draw-polygon', 'aria-pressed': 'false' }, 'Draw a polygon');
  ui.drawEdit = el('button', { type: 'button', id: 'draw-edit', 'aria-pressed': 'false' }, 'Edit shapes');
  ui.drawClear = el('button', { type: 'button', id: 'draw-clear' }, 'Clear the area');
  ui.useRemaining = el('button', { type: 'button', id: 'use-remaining' }, "Use the hazard's remaining area");
  ui.file = input({ id: 'geojson-file', type: 'file', accept: '.geojson,.json,application/geo+json,application/json' });
  ui.fileMessage = el('p', { id: 'geojson-message', className: 'issue', 'aria-live': 'polite' });
  ui.file.setAttribute('aria-describedby', 'geojson-message');
  ui.geometrySummary = el('p', { id: 'geometry-summary', 'aria-live': 'polite' }, 'Nothing drawn yet.');
  ui.map = el('div', { id: 'report-map', role: 'region', 'aria-label': 'Map for drawing the area and placing finds', tabIndex: -1 });
  ui.geometryIssues = el('div', { id: 'geometry-issues', className: 'field-issues', 'aria-live': 'polite' });
  ui.geometryTools = el('div', { className: 'geometry-tools' },
    el('div', { className: 'tool-row' }, ui.drawPolygon, ui.drawEdit, ui.drawClear, ui.useRemaining),
    el('div', { className: 'field' }, el('label', { for: ui.file.id }, 'Upload a GeoJSON file (Polygon, MultiPolygon, Feature or FeatureCollection)'), ui.file, ui.fileMessage),
    el('p', { className: 'hint' }, 'Draw: click each corner, click the last corner again (or press Enter) to close. Edit: select a shape, drag its corners or midpoints.'),
    ui.geometrySummary);
  const geometry = el('fieldset', { className: 'report-geometry' }, ui.geometryLegend, ui.geometryTools, ui.geometryIssues, ui.map);

  const form = el('form', { id: 'report-form', className: 'report-form', noValidate: true, 'aria-labelledby': 'report-title' }, side, geometry);
  ui.kind.addEventListener('change', () => chooseKind(ui.kind.value));
  ui.hazard.addEventListener('change', loadHazard);
  ui.organisation.addEventListener('change', organisationChanged);
  ui.team.addEventListener('change', teamChanged);
  ui.check.addEventListener('click', () => check());
  ui.submit.addEventListener('click', () => submit());
  ui.discard.addEventListener('click', discard);
  // Every change is kept on this device at once: a reload, a closed tab or a dead battery loses nothing.
  form.addEventListener('input', saveDraft);
  form.addEventListener('change', saveDraft);
  // Enter in a field checks; only the Submit button sends the report.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });
  ui.drawPolygon.addEventListener('click', () => setMode('polygon'));
  ui.drawEdit.addEventListener('click', () => setMode('select'));
  ui.drawClear.addEventListener('click', () => drawing.clear());
  ui.useRemaining.addEventListener('click', useRemaining);
  ui.file.addEventListener('change', upload);
  return form;
}

function chooseKind(value) {
  kind = kinds.find((k) => k.value === value) ?? kinds[0];
  ui.kind.value = kind.value;
  registry.clear();
  ui.issues.replaceChildren();
  // The previous kind's own fields go; the common ones, the finds and the polygon stay.
  for (const path of [...registry.fields.keys()])
    if (path.startsWith('body.') && path !== 'body.kind' && !path.startsWith('body.finds')) registry.fields.delete(path);
  extras = kindFields(kind, registry, { pick: () => drawing.pick(), onChange: updatePoints });
  ui.extras.replaceChildren(...[extras.node].flat());
  ui.finds.hidden = !kind.finds;
  ui.geometryTools.hidden = !kind.geometry;
  ui.useRemaining.hidden = !kind.remaining;
  ui.geometryLegend.textContent = kind.geometry ? kind.geometryLabel : 'Map (click to place positions)';
  if (kind.geometry) registry.add(`body.${kind.geometry}`, ui.map, ui.geometryIssues);
  ui.hazard.required = kind.hazard !== 'optional';
  ui.id.value ||= suggestId();
  if (drawing) setMode(kind.geometry ? 'polygon' : 'static');
  updatePoints();
}

function setMode(mode) {
  drawing.setMode(mode);
  ui.drawPolygon.setAttribute('aria-pressed', String(mode === 'polygon'));
  ui.drawEdit.setAttribute('aria-pressed', String(mode === 'select'));
}

// --- reference data ------------------------------------------------------------------------------

const items = async (path) => {
  const result = await api(path);
  return result.ok ? result.body.items : [];
};

async function organisations() {
  if (!user.organisation) {
    const all = await items('/api/v1/organisations?limit=1000');
    ui.organisation.replaceChildren(...all.map((o) => el('option', { value: o.id }, `${o.id} — ${o.name ?? ''}`)));
  }
  await organisationChanged();
}

async function organisationChanged() {
  const org = ui.organisation.value;
  const [teams, hazards] = await Promise.all([
    items(`/api/v1/teams?organisation=${encodeURIComponent(org)}&limit=1000`),
    items(`/api/v1/hazards?organisation=${encodeURIComponent(org)}&limit=2000`),
  ]);
  ui.team.replaceChildren(el('option', { value: '' }, '(none)'), ...teams.map((t) => el('option', { value: t.id }, `${t.id} — ${t.name}`)));
  if (teams.length === 1) ui.team.value = teams[0].id; // the productivity rules need the team's asset
  ui.hazardList.replaceChildren(...hazards.filter((h) => h.status !== 'closed')
    .map((h) => el('option', { value: h.id }, `${h.name ?? ''} (${h.status}, ${hectares(h.remainingM2)} remaining)`)));
  await teamChanged();
}

async function teamChanged() {
  const team = ui.team.value;
  const deployments = team ? await items(`/api/v1/deployments?team=${encodeURIComponent(team)}&limit=1000`) : [];
  ui.deployment.replaceChildren(el('option', { value: '' }, '(none)'),
    ...deployments.map((d) => el('option', { value: d.id }, `${d.id} — ${d.region}, from ${d.start}`)));
  if (deployments.length) ui.deployment.value = deployments.at(-1).id;
}

async function loadHazard() {
  const id = ui.hazard.value.trim();
  hazard = undefined;
  ui.hazardInfo.textContent = '';
  if (!id) {
    drawing.hazard(null);
    return;
  }
  const result = await api(`/api/v1/hazards/${encodeURIComponent(id)}`);
  if (!result.ok) {
    ui.hazardInfo.textContent = kind.hazard === 'new' ? `${id} is a new hazard id.` : `No hazard ${id} is recorded.`;
    drawing.hazard(null);
    return;
  }
  hazard = result.body;
  ui.hazardInfo.textContent = `${hazard.id}: ${hazard.name ?? 'unnamed'}, ${hazard.status}, ${hectares(hazard.areas.remainingM2)} remaining of ${hectares(hazard.areas.originalM2)}`;
  drawing.hazard(hazard.geometry ?? hazard.original);
}

// --- geometry ------------------------------------------------------------------------------------

async function useRemaining() {
  ui.fileMessage.textContent = '';
  if (!hazard || hazard.id !== ui.hazard.value.trim()) await loadHazard();
  if (!hazard) {
    ui.geometrySummary.textContent = 'Choose a recorded hazard first: its remaining area is loaded from the server.';
    ui.hazard.focus();
    return;
  }
  if (!hazard.geometry) {
    ui.geometrySummary.textContent = `Hazard ${hazard.id} has no hazardous area left.`;
    return;
  }
  const notEditable = drawing.load(polygonsOf(hazard.geometry, `hazard ${hazard.id}`));
  setMode('select');
  ui.geometrySummary.textContent = `Loaded the remaining area of ${hazard.id}: ${summary()}${notEditable ? ` (${notEditable} with holes shown but not editable)` : ''}.`;
}

async function upload() {
  const file = ui.file.files?.[0];
  ui.fileMessage.textContent = '';
  ui.fileMessage.className = 'issue';
  if (!file) return;
  try {
    const polygons = polygonsOfText(await file.text(), file.name);
    const notEditable = drawing.load(polygons);
    setMode('select');
    ui.fileMessage.textContent = `Loaded ${file.name}: ${summary()}${notEditable ? ` (${notEditable} with holes shown but not editable)` : ''}.`;
  } catch (e) {
    ui.fileMessage.className = 'issue error';
    ui.fileMessage.textContent = `Error: ${e.message}`;
  }
}

function summary() {
  const polygons = drawing.polygons();
  return polygons.length === 0 ? 'nothing drawn' : `${polygons.length} polygon${polygons.length > 1 ? 's' : ''}, about ${hectares(areaM2(polygons))}`;
}

function updateGeometry() {
  if (kind.geometry) ui.geometrySummary.textContent = `Drawn: ${summary()}.`;
  saveDraft();
}

function updatePoints() {
  drawing?.points([...(kind.finds ? finds?.points() ?? [] : []), ...(extras.points?.() ?? [])]);
  saveDraft();
}

// --- the draft: kept on this device until the server has the report --------------------------------

let restoring = false; // while the form is being filled, its change events are not the user's
let attempted = false; // the report was sent and no answer came back: it may be stored already

const draftKey = () => `safeground:draft:${user.username}:report`;

function readDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey()) ?? 'null');
    return draft?.report?.body ? draft : null;
  } catch {
    return null;
  }
}

function saveDraft() {
  if (restoring || !user || !drawing) return;
  try {
    localStorage.setItem(draftKey(), JSON.stringify({ report: report(), polygons: kind.geometry ? drawing.polygons() : [], attempted, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or switched off: the form still works, only a reload would lose it.
  }
}

function clearDraft() {
  localStorage.removeItem(draftKey());
  attempted = false;
  ui.draftNote.hidden = true;
}

async function discard() {
  clearDraft();
  await fill({ id: suggestId(), hazardId: null, organisationId: ui.organisation.value, dateOfInformation: today(), body: { kind: kinds[0].wire } }, []);
  ui.status.textContent = 'Draft discarded.';
  registry.clear();
  ui.issues.replaceChildren();
  ui.kind.focus();
}

/** Puts a report (a draft, or a rejected report to correct) into the form: the inverse of report(). */
async function fill(r, polygons) {
  restoring = true;
  try {
    const body = r.body ?? {};
    const k = kinds.find((x) => x.wire === body.kind && (x.action ?? null) === (body.action ?? null)) ?? kinds[0];
    chooseKind(k.value);
    ui.id.value = r.id || suggestId();
    ui.date.value = r.dateOfInformation ?? today();
    if (!user.organisation && r.organisationId && ui.organisation.value !== r.organisationId) {
      ui.organisation.value = r.organisationId;
      await organisationChanged();
    }
    if (r.teamId && ui.team.value !== r.teamId) {
      ui.team.value = r.teamId;
      await teamChanged();
    }
    if (r.deploymentId) ui.deployment.value = r.deploymentId;
    extras.write?.(body);
    if (kind.finds) finds.write(body.finds);
    else finds.clear();
    drawing.clear();
    const shapes = polygons?.length ? polygons : kind.geometry ? polygonsOfWkt(body[kind.geometry]) : [];
    if (shapes.length) drawing.load(shapes);
    if (drawing) setMode(kind.geometry ? (shapes.length ? 'select' : 'polygon') : 'static');
    ui.geometrySummary.textContent = shapes.length ? `Drawn: ${summary()}.` : 'Nothing drawn yet.';
    ui.hazard.value = r.hazardId ?? '';
    await loadHazard();
    updatePoints();
  } finally {
    restoring = false;
  }
}

/** A rejected report opened from "My reports": its content in the form, to be corrected and sent as a new report. */
async function correct(id) {
  const result = await api(`/api/v1/reports/${encodeURIComponent(id)}`);
  if (!result.ok) {
    ui.status.textContent = `Cannot open report ${id}: ${problem(result, `report ${id}`, label)}`;
    return;
  }
  const old = result.body.report;
  // The address no longer asks for the rejected report: a reload restores the correction (the draft), not the original.
  history.replaceState(null, '', '#report');
  // A new id: the rejected report stays in the history as it was; its correction is another report.
  await fill({ ...old, id: suggestId() }, null);
  attempted = false;
  saveDraft();
  ui.draftText.textContent = `Correcting ${id}, rejected${result.body.statusReason ? `: ${result.body.statusReason}` : ''}. It is sent as a new report; ${id} stays rejected.`;
  ui.draftNote.hidden = false;
  ui.status.textContent = '';
}

// --- the report, checked and submitted -----------------------------------------------------------

function report() {
  const body = { kind: kind.wire }; // the discriminator must come first
  if (kind.action) body.action = kind.action;
  Object.assign(body, extras.read());
  const wkt = kind.geometry ? toWkt(drawing.polygons()) : null;
  if (wkt) body[kind.geometry] = wkt; // left out, not null: the server then says the polygon is missing, by its field
  if (kind.finds) body.finds = finds.read();
  if (kind.wire === 'technical-survey' || kind.wire === 'clearance-progress' || kind.wire === 'completion' || kind.wire === 'eod-spot-task') body.finds ??= [];
  return {
    id: ui.id.value.trim(),
    hazardId: ui.hazard.value.trim() || null,
    organisationId: ui.organisation.value,
    teamId: ui.team.value || null,
    deploymentId: ui.deployment.value || null,
    dateOfInformation: ui.date.value || null,
    submittedAt: new Date().toISOString(),
    submittedBy: user.username,
    body,
  };
}

/** Asks the server for the report's issues and shows them; the answer, or null when the check itself failed. */
async function check() {
  ui.status.textContent = 'Checking…';
  const result = await api('/api/v1/reports/check', { method: 'POST', body: JSON.stringify(report()) });
  registry.clear();
  ui.issues.replaceChildren();
  if (result.unreachable) {
    unreachable();
    return null;
  }
  if (!result.ok) {
    ui.status.textContent = '';
    ui.issues.append(el('p', { className: 'issue error' }, `Error: ${problem(result, 'the check', label)}`));
    return null;
  }
  showIssues(result.body.issues);
  const errors = result.body.issues.filter((i) => i.severity === 'error').length;
  ui.status.textContent = errors ? `Check: ${count(errors, 'error')} to fix before submitting.`
    : result.body.issues.length ? `Check: no errors; ${count(result.body.issues.length, 'note')} for the reviewer.` : 'Check: no problems found.';
  return result.body;
}

// The id of the report just sent stays on screen (it is the user's receipt); the next report gets a new one.
let lastSent;

let sending = false;

// One report on its way at a time: a double tap, or a second click while the network is slow, sends nothing more.
async function submit() {
  if (sending) return;
  sending = true;
  ui.submit.disabled = true;
  ui.check.disabled = true;
  ui.submit.textContent = 'Sending…';
  try {
    await send();
  } finally {
    sending = false;
    ui.submit.disabled = false;
    ui.check.disabled = false;
    ui.submit.textContent = 'Submit';
  }
}

async function send() {
  if (ui.id.value === lastSent) ui.id.value = suggestId();
  // A report that may have reached the server already goes again as it is: the server recognises it by its id
  // and content. (The check would call it a duplicate of itself.)
  if (!attempted) {
    const checked = await check();
    if (!checked) return;
    if (!checked.ok) {
      ui.status.textContent = `Not submitted: ${ui.status.textContent.replace(/^Check: /, '')}`;
      ui.issues.focus();
      return;
    }
  }
  attempted = true;
  saveDraft();
  ui.status.textContent = 'Sending…';
  const result = await api('/api/v1/reports', { method: 'POST', body: JSON.stringify(report()) });
  if (result.unreachable) {
    unreachable();
    return;
  }
  if (!result.ok) {
    attempted = false; // the server answered: it did not store it
    saveDraft();
    if (result.status === 422) await check(); // each problem next to its field
    ui.status.textContent = 'Not submitted.';
    ui.issues.append(el('p', { className: 'issue error' }, `Error: ${problem(result, 'submitting', label)}`));
    return;
  }
  lastSent = result.body.id;
  clearDraft();
  registry.clear();
  ui.issues.replaceChildren();
  ui.status.textContent = result.body.alreadyReceived
    ? `Report ${result.body.id} was already received (status ${result.body.status}); it is stored once. A data manager reviews it next.`
    : `Report ${result.body.id} sent: status ${result.body.status}. A data manager reviews it next.`;
}

function unreachable() {
  ui.status.textContent = '';
  ui.issues.replaceChildren(el('p', { id: 'report-unreachable', className: 'issue error' },
    'Cannot reach the server; your report is kept on this device — try again.'));
  ui.issues.focus();
}

/** The form's label for a field path from the server ("body.finds[0].quantity" → "Find 1, quantity"). */
const label = (path) => registry.label(path);

function showIssues(issues) {
  if (issues.length === 0) return;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const list = el('ul', {});
  for (const issue of issues) {
    const control = registry.show(issue);
    const go = el('button', { type: 'button', className: `issue-link ${issue.severity}` },
      `${issue.severity === 'error' ? 'Error' : 'Warning'} (${label(issue.field) ?? plain(issue.field)}): ${plain(issue.message, label)}`);
    go.addEventListener('click', () => control?.focus());
    list.append(el('li', {}, go));
  }
  ui.issues.append(el('h3', {}, `${count(errors, 'error')}, ${count(issues.length - errors, 'warning')}`), list);
}

const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function suggestId() {
  const org = (user.organisation ?? 'NMA').replace(/^ORG-/, '');
  // Made once per draft and kept with it: the server knows a report sent again by its id. getRandomValues, not
  // randomUUID: the latter needs a secure context, and a field office may serve the app over plain http.
  const random = [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return `R-${org}-${today().replaceAll('-', '')}-${random}`;
}
