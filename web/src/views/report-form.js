// New report: a field report of any kind filed from the browser. The form builds Safeground's report JSON;
// "Check" asks the server (POST /api/v1/reports/check) for every problem and shows each next to its field;
// "Submit" checks first and sends the report only when no error remains (warnings are for the reviewer).
// The rules live on the server, once: the form only says where the server's sentences belong.
// Nothing typed is lost or sent twice: the form is kept on this device as a draft (per user) until the server has
// the report; the report id is made once per draft, so a report sent again after a lost answer is recognised
// by the server ("already received"); Submit is disabled while a report is on its way.
import { api, plain, problem } from '../api.js';
import { el, hectares } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { hazardStatus, reportStatus } from '../words.js';
import { createMap } from '../map.js';
import { createDrawing } from '../forms/drawing.js';
import { finds as findRows } from '../forms/details.js';
import { FieldRegistry, field, input, issueText, select } from '../forms/fields.js';
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
    ui.draftText.textContent = draft.savedAt
      ? t('web.report.draft.restored-at', { time: formatDateTime(draft.savedAt) })
      : t('web.report.draft.restored');
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
  ui.hazard = input({ id: 'report-hazard', spellcheck: false, placeholder: t('web.report.hazard.placeholder') });
  ui.hazard.setAttribute('list', 'report-hazards');
  ui.hazardList = el('datalist', { id: 'report-hazards' });
  ui.hazardInfo = el('p', { id: 'report-hazard-info', className: 'hint', 'aria-live': 'polite' });
  ui.organisation = user.organisation
    ? input({ id: 'report-organisation', value: user.organisation, readOnly: true })
    : select([], { id: 'report-organisation' });
  ui.team = select([['', 'web.report.none']], { id: 'report-team' });
  ui.deployment = select([['', 'web.report.none']], { id: 'report-deployment' });
  ui.date = input({ id: 'report-date', type: 'date', required: true, value: today() });
  ui.extras = el('div', { id: 'report-kind-fields', className: 'kind-fields' });
  ui.finds = el('div', { id: 'report-finds' });
  ui.status = el('p', { id: 'report-status', role: 'status' });
  ui.draftText = el('span', {});
  ui.discard = el('button', { type: 'button', id: 'report-discard' }, t('web.report.draft.discard'));
  ui.draftNote = el('p', { id: 'report-draft', className: 'draft-note', hidden: true }, ui.draftText, ' ', ui.discard);
  ui.issues = el('div', { id: 'report-issues', role: 'alert', tabIndex: -1 });
  // Issues about no field of the form (who submits, a body the server could not read at all) go here.
  ui.general = el('div', { id: 'report-general-issues', className: 'field-issues', tabIndex: -1 });
  registry.add('report', ui.general, ui.general);
  const bodyIssues = el('div', { id: 'report-body-issues', className: 'field-issues' });
  registry.add('body', ui.extras, bodyIssues);

  ui.check = el('button', { type: 'button', id: 'report-check' }, t('web.report.check'));
  ui.submit = el('button', { type: 'button', id: 'report-submit', className: 'primary' }, t('web.report.submit'));
  const details = el('fieldset', { className: 'common' }, el('legend', {}, t('web.report.common')),
    field(registry, 'body.kind', t('web.report.kind'), ui.kind),
    field(registry, 'id', t('web.report.id'), ui.id, t('web.report.id.hint')),
    field(registry, 'hazardId', t('web.report.hazard'), ui.hazard), ui.hazardList, ui.hazardInfo,
    field(registry, 'organisationId', t('web.report.organisation'), ui.organisation),
    field(registry, 'teamId', t('web.report.team'), ui.team),
    field(registry, 'deploymentId', t('web.report.deployment'), ui.deployment),
    field(registry, 'dateOfInformation', t('web.report.date'), ui.date, t('web.report.date.hint')));
  const side = el('div', { className: 'report-side' },
    el('h2', { id: 'report-title' }, t('web.report.title')), ui.draftNote, details,
    el('fieldset', { className: 'kind' }, el('legend', { id: 'report-kind-legend' }, t('web.report.details')), ui.extras, bodyIssues),
    ui.finds, ui.general,
    el('div', { className: 'actions' }, ui.check, ui.submit), ui.status, ui.issues);

  ui.geometryLegend = el('legend', {}, t('web.report.geometry.area'));
  ui.drawPolygon = el('button', { type: 'button', id: 'draw-polygon', 'aria-pressed': 'false' }, t('web.report.geometry.draw'));
  ui.drawEdit = el('button', { type: 'button', id: 'draw-edit', 'aria-pressed': 'false' }, t('web.report.geometry.edit'));
  ui.drawClear = el('button', { type: 'button', id: 'draw-clear' }, t('web.report.geometry.clear'));
  ui.useRemaining = el('button', { type: 'button', id: 'use-remaining' }, t('web.report.geometry.use-remaining'));
  ui.file = input({ id: 'geojson-file', type: 'file', accept: '.geojson,.json,application/geo+json,application/json' });
  ui.fileMessage = el('p', { id: 'geojson-message', className: 'issue', 'aria-live': 'polite' });
  ui.file.setAttribute('aria-describedby', 'geojson-message');
  ui.geometrySummary = el('p', { id: 'geometry-summary', 'aria-live': 'polite' }, t('web.report.geometry.nothing-yet'));
  ui.map = el('div', { id: 'report-map', role: 'region', 'aria-label': t('web.report.geometry.map'), tabIndex: -1 });
  ui.geometryIssues = el('div', { id: 'geometry-issues', className: 'field-issues', 'aria-live': 'polite' });
  ui.geometryTools = el('div', { className: 'geometry-tools' },
    el('div', { className: 'tool-row' }, ui.drawPolygon, ui.drawEdit, ui.drawClear, ui.useRemaining),
    el('div', { className: 'field' }, el('label', { for: ui.file.id }, t('web.report.geometry.upload')), ui.file, ui.fileMessage),
    el('p', { className: 'hint' }, t('web.report.geometry.hint')),
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
  ui.geometryLegend.textContent = kind.geometry ? t(kind.geometryLabel) : t('web.report.geometry.points');
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
    ui.organisation.replaceChildren(...all.map((o) => el('option', { value: o.id }, t('web.report.organisation-option', { id: o.id, name: o.name ?? '' }))));
  }
  await organisationChanged();
}

async function organisationChanged() {
  const org = ui.organisation.value;
  const [teams, hazards] = await Promise.all([
    items(`/api/v1/teams?organisation=${encodeURIComponent(org)}&limit=1000`),
    items(`/api/v1/hazards?organisation=${encodeURIComponent(org)}&limit=2000`),
  ]);
  ui.team.replaceChildren(el('option', { value: '' }, t('web.report.none')),
    ...teams.map((team) => el('option', { value: team.id }, t('web.report.team-option', { id: team.id, name: team.name }))));
  if (teams.length === 1) ui.team.value = teams[0].id; // the productivity rules need the team's asset
  ui.hazardList.replaceChildren(...hazards.filter((h) => h.status !== 'closed')
    .map((h) => el('option', { value: h.id }, t('web.report.hazard-option', { name: h.name ?? '', status: hazardStatus(h.status), remaining: h.remainingM2 }))));
  await teamChanged();
}

async function teamChanged() {
  const team = ui.team.value;
  const deployments = team ? await items(`/api/v1/deployments?team=${encodeURIComponent(team)}&limit=1000`) : [];
  ui.deployment.replaceChildren(el('option', { value: '' }, t('web.report.none')),
    ...deployments.map((d) => el('option', { value: d.id }, t('web.report.deployment-option', { id: d.id, region: d.region, start: d.start }))));
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
    ui.hazardInfo.textContent = kind.hazard === 'new' ? t('web.report.hazard.new', { hazard: id }) : t('web.report.hazard.unknown', { hazard: id });
    drawing.hazard(null);
    return;
  }
  hazard = result.body;
  const info = { hazard: hazard.id, name: hazard.name, status: hazardStatus(hazard.status), remaining: hazard.areas.remainingM2, original: hazard.areas.originalM2 };
  ui.hazardInfo.textContent = hazard.name ? t('web.report.hazard.info', info) : t('web.report.hazard.info-unnamed', info);
  drawing.hazard(hazard.geometry ?? hazard.original);
}

// --- geometry ------------------------------------------------------------------------------------

async function useRemaining() {
  ui.fileMessage.textContent = '';
  if (!hazard || hazard.id !== ui.hazard.value.trim()) await loadHazard();
  if (!hazard) {
    ui.geometrySummary.textContent = t('web.report.geometry.choose-hazard');
    ui.hazard.focus();
    return;
  }
  if (!hazard.geometry) {
    ui.geometrySummary.textContent = t('web.report.geometry.nothing-left', { hazard: hazard.id });
    return;
  }
  const notEditable = drawing.load(polygonsOf(hazard.geometry, t('web.report.geometry.where-hazard', { hazard: hazard.id })));
  setMode('select');
  ui.geometrySummary.textContent = notEditable
    ? t('web.report.geometry.loaded-remaining-holes', { hazard: hazard.id, ...drawn(), holes: notEditable })
    : t('web.report.geometry.loaded-remaining', { hazard: hazard.id, ...drawn() });
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
    ui.fileMessage.textContent = notEditable
      ? t('web.report.geometry.loaded-file-holes', { file: file.name, ...drawn(), holes: notEditable })
      : t('web.report.geometry.loaded-file', { file: file.name, ...drawn() });
  } catch (e) {
    ui.fileMessage.className = 'issue error';
    ui.fileMessage.textContent = issueText('error', e.message);
  }
}

// What is drawn, as the values of the sentences that say it: count (a plural) and area (m²).
function drawn() {
  const polygons = drawing.polygons();
  return { count: polygons.length, area: areaM2(polygons) };
}

function updateGeometry() {
  if (kind.geometry) ui.geometrySummary.textContent = t('web.report.geometry.drawn', drawn());
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
  ui.status.textContent = t('web.report.draft.discarded');
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
    ui.geometrySummary.textContent = shapes.length ? t('web.report.geometry.drawn', drawn()) : t('web.report.geometry.nothing-yet');
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
    ui.status.textContent = t('web.report.correct.failed', { report: id, problem: problem(result, (code) => t('web.report.correct.status', { report: id, status: code }), label) });
    return;
  }
  const old = result.body.report;
  // The address no longer asks for the rejected report: a reload restores the correction (the draft), not the original.
  history.replaceState(null, '', '#report');
  // A new id: the rejected report stays in the history as it was; its correction is another report.
  await fill({ ...old, id: suggestId() }, null);
  attempted = false;
  saveDraft();
  ui.draftText.textContent = result.body.statusReason
    ? t('web.report.correct.correcting-reason', { report: id, reason: result.body.statusReason })
    : t('web.report.correct.correcting', { report: id });
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
  ui.status.textContent = t('web.report.checking');
  const result = await api('/api/v1/reports/check', { method: 'POST', body: JSON.stringify(report()) });
  registry.clear();
  ui.issues.replaceChildren();
  if (result.unreachable) {
    unreachable();
    return null;
  }
  if (!result.ok) {
    ui.status.textContent = '';
    ui.issues.append(el('p', { className: 'issue error' }, issueText('error', problem(result, (code) => t('web.report.check.failed', { status: code }), label))));
    return null;
  }
  showIssues(result.body.issues);
  const errors = result.body.issues.filter((i) => i.severity === 'error').length;
  ui.status.textContent = errors ? t('web.report.check.errors', { count: errors })
    : result.body.issues.length ? t('web.report.check.notes', { count: result.body.issues.length }) : t('web.report.check.clean');
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
  ui.submit.textContent = t('web.report.sending');
  try {
    await send();
  } finally {
    sending = false;
    ui.submit.disabled = false;
    ui.check.disabled = false;
    ui.submit.textContent = t('web.report.submit');
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
      const errors = checked.issues.filter((i) => i.severity === 'error').length;
      ui.status.textContent = t('web.report.not-submitted.errors', { count: errors });
      ui.issues.focus();
      return;
    }
  }
  attempted = true;
  saveDraft();
  ui.status.textContent = t('web.report.sending');
  const result = await api('/api/v1/reports', { method: 'POST', body: JSON.stringify(report()) });
  if (result.unreachable) {
    unreachable();
    return;
  }
  if (!result.ok) {
    attempted = false; // the server answered: it did not store it
    saveDraft();
    if (result.status === 422) await check(); // each problem next to its field
    ui.status.textContent = t('web.report.not-submitted');
    ui.issues.append(el('p', { className: 'issue error' }, issueText('error', problem(result, (code) => t('web.report.submit.failed', { status: code }), label))));
    return;
  }
  lastSent = result.body.id;
  clearDraft();
  registry.clear();
  ui.issues.replaceChildren();
  const sent = { report: result.body.id, status: reportStatus(result.body.status) };
  ui.status.textContent = result.body.alreadyReceived ? t('web.report.sent.again', sent) : t('web.report.sent', sent);
}

function unreachable() {
  ui.status.textContent = '';
  ui.issues.replaceChildren(el('p', { id: 'report-unreachable', className: 'issue error' },
    t('web.report.unreachable')));
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
    const said = { field: label(issue.field) ?? plain(issue.field), message: plain(issue.message, label) };
    const go = el('button', { type: 'button', className: `issue-link ${issue.severity}` },
      issue.severity === 'error' ? t('web.report.issue.error', said) : t('web.report.issue.warning', said));
    go.addEventListener('click', () => control?.focus());
    list.append(el('li', {}, go));
  }
  const counts = { errors: t('web.report.issues.errors', { count: errors }), warnings: t('web.report.issues.warnings', { count: issues.length - errors }) };
  ui.issues.append(el('h3', {}, t('web.report.issues.heading', counts)), list);
}

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
