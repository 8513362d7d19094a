// The dashboard: the land-release roll-up (/api/v1/rollups, the figures of `safeground status`) as a
// totals table and charts, for one region, organisation and period or for everything; below it the panels of
// risk education, civilian casualties (the same roll-up) and quality management (the check's QM rules). The filter
// lives in the hash (#dashboard/region=…&organisation=…&from=…&to=…) so a view can be bookmarked and
// the back button returns to the previous one.
import { api, problem } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { figuresOf, period, totalsTable } from '../dashboard/totals.js';
import { downloadButtons, fileName, saveCsv, scope } from '../dashboard/downloads.js';
import { accidentsByMonth, findsByCategory, productivityByTeam, releasedByMonth, remainingVsReleased } from '../dashboard/charts.js';
import { riskEducationPanel } from '../dashboard/eore.js';
import { civiliansPanel } from '../dashboard/civilians.js';
import { qualityPanel } from '../dashboard/quality.js';

const fields = ['region', 'organisation', 'from', 'to'];
let charts = [];
let teamNames = new Map();
let organisationNames = new Map();
let shown = null;

function control(id, label, input) {
  return el('div', { className: 'dashboard-control' }, el('label', { for: id }, label), input);
}

export async function mount(section) {
  section.classList.add('dashboard-view');
  const form = el('form', { id: 'dashboard-filters', 'aria-label': t('web.dashboard.filters') },
    control('dashboard-region', t('web.dashboard.region'),
      el('select', { id: 'dashboard-region', name: 'region' }, el('option', { value: '' }, t('web.dashboard.all-regions')))),
    control('dashboard-organisation', t('web.dashboard.organisation'),
      el('select', { id: 'dashboard-organisation', name: 'organisation' }, el('option', { value: '' }, t('web.dashboard.all-organisations')))),
    control('dashboard-from', t('web.dashboard.from'), el('input', { id: 'dashboard-from', name: 'from', type: 'date' })),
    control('dashboard-to', t('web.dashboard.to'), el('input', { id: 'dashboard-to', name: 'to', type: 'date' })),
    el('button', { type: 'submit', id: 'dashboard-apply' }, t('web.dashboard.apply')));
  section.append(
    el('h2', {}, t('web.dashboard.title')),
    form,
    el('p', { id: 'dashboard-status', role: 'status' }),
    el('div', { id: 'dashboard-figures' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = queryOf(form);
    // The same hash fires no hashchange: load directly.
    if (location.hash === `#dashboard/${query}` || (location.hash === '#dashboard' && query === '')) load(section, query);
    else location.hash = `dashboard/${query}`;
  });
  await loadChoices(form);
}

export async function show(section, context, args) {
  const query = args.join('/');
  const params = new URLSearchParams(query);
  const form = section.querySelector('#dashboard-filters');
  for (const f of fields) form.elements[f].value = params.get(f) ?? '';
  // A bookmarked region or organisation the lists lack stays selected rather than silently widening the view.
  for (const f of ['region', 'organisation']) {
    const value = params.get(f);
    if (value && form.elements[f].value !== value) {
      form.elements[f].append(el('option', { value }, value));
      form.elements[f].value = value;
    }
  }
  // Always fetched again: an approval since the last look changes the figures (the server caches them per revision).
  await load(section, queryOf(form));
}

function queryOf(form) {
  const params = new URLSearchParams();
  for (const f of fields) if (form.elements[f].value) params.set(f, form.elements[f].value);
  return params.toString();
}

async function loadChoices(form) {
  // The region list comes with the unfiltered months, teams and organisations in one pass over the store; the
  // first load below then finds them in the server's cache.
  const [regions, organisations, teams] = await Promise.all([
    api('/api/v1/rollups?by=region,month,team,organisation'),
    api('/api/v1/organisations?limit=10000'),
    api('/api/v1/teams?limit=10000'),
  ]);
  if (regions.ok) {
    // '(none)' and '(outside regions)' are roll-up keys, not names a hazard carries.
    const keys = regions.body.groupings[0].groups.map((g) => g.key).filter((k) => !k.startsWith('('));
    form.elements.region.append(...keys.map((k) => el('option', { value: k }, k)));
  }
  if (organisations.ok) {
    form.elements.organisation.append(...organisations.body.items.map((o) => el('option', { value: o.id }, t('web.dashboard.organisation-option', { name: o.name, id: o.id }))));
    organisationNames = new Map(organisations.body.items.map((o) => [o.id, o.name]));
  }
  if (teams.ok) teamNames = new Map(teams.body.items.map((team) => [team.id, team.name]));
}

async function load(section, query) {
  const status = section.querySelector('#dashboard-status');
  const out = section.querySelector('#dashboard-figures');
  section.dataset.state = 'loading';
  status.textContent = t('web.dashboard.loading');
  const suffix = apiQuery(query);
  // One roll-up for the land release and the panels (months, teams, organisations in one pass); the quality
  // panel's check at the same time.
  const [rollup, quality] = await Promise.all([api(`/api/v1/rollups?by=month,team,organisation${suffix}`), qualityPanel()]);
  const failed = rollup.ok ? null : rollup;
  charts.forEach((c) => c.destroy());
  charts = [];
  if (failed) {
    out.replaceChildren();
    status.textContent = problem(failed, (code) => t('web.dashboard.failed', { status: code }));
    section.dataset.state = 'error';
    shown = null;
    return;
  }
  const total = rollup.body.total;
  const [months, teams, organisations] = rollup.body.groupings;
  scope.query = query;
  out.replaceChildren(el('div', { className: 'dashboard-totals' },
    totalsTable(total, rollup.body.filter),
    downloadButtons('dashboard-totals', [
      { kind: 'csv', text: t('web.dashboard.download.csv'), label: t('web.dashboard.download.csv-of', { what: t('web.dashboard.totals.caption', period(rollup.body.filter)) }), run: () => saveCsv(fileName('totals', query, 'csv'), totalsRows(total, rollup.body.filter)) },
      { kind: 'print', text: t('web.dashboard.download.print'), label: t('web.dashboard.download.print-label'), run: () => print() },
    ])));
  const grid = el('div', { className: 'dashboard-charts' });
  out.append(grid);
  charts = [
    releasedByMonth(grid, months.groups),
    remainingVsReleased(grid, total, rollup.body.filter),
    findsByCategory(grid, total),
    accidentsByMonth(grid, months.groups, total),
    productivityByTeam(grid, teams.groups, teamNames),
  ];
  const panels = el('div', { className: 'dashboard-panels' });
  out.append(panels);
  riskEducationPanel(panels, total, months.groups, organisations.groups, organisationNames, charts);
  civiliansPanel(panels, total, charts);
  panels.append(quality);
  (window.safeground ??= {}).charts = charts;
  status.textContent = describe(rollup.body.filter);
  shown = query;
  section.dataset.loaded = query;
  section.dataset.state = 'ready';
}

// The period's end is the day the figures stand on: alone it asks for the figures as of that day (asOf),
// with a start for what was released between the two and what remained at the end (from, to).
function apiQuery(query) {
  if (!query) return '';
  const params = new URLSearchParams(query);
  if (params.get('to') && !params.get('from')) {
    params.set('asOf', params.get('to'));
    params.delete('to');
  }
  return `&${params.toString()}`;
}

// One sentence per combination of the filter's parts: a translation orders them its own way.
function describe(filter) {
  const values = { region: filter?.region, organisation: filter?.organisation, from: filter?.from, to: filter?.to };
  const set = ['region', 'organisation', 'from', 'to'].filter((k) => values[k]).join('+');
  const sentences = {
    '': 'web.dashboard.showing.all',
    region: 'web.dashboard.showing.region',
    organisation: 'web.dashboard.showing.organisation',
    from: 'web.dashboard.showing.from',
    to: 'web.dashboard.showing.to',
    'from+to': 'web.dashboard.showing.from-to',
    'region+organisation': 'web.dashboard.showing.region-organisation',
    'region+from': 'web.dashboard.showing.region-from',
    'region+to': 'web.dashboard.showing.region-to',
    'region+from+to': 'web.dashboard.showing.region-from-to',
    'organisation+from': 'web.dashboard.showing.organisation-from',
    'organisation+to': 'web.dashboard.showing.organisation-to',
    'organisation+from+to': 'web.dashboard.showing.organisation-from-to',
    'region+organisation+from': 'web.dashboard.showing.region-organisation-from',
    'region+organisation+to': 'web.dashboard.showing.region-organisation-to',
    'region+organisation+from+to': 'web.dashboard.showing.region-organisation-from-to',
  };
  return t(sentences[set], values);
}

// The totals with their exact values (m², counts) and the StatusJson key, which stays the same in every language.
function totalsRows(total, filter) {
  return [
    [t('web.dashboard.totals.figure'), t('web.dashboard.download.key'), t('web.dashboard.totals.value')],
    ...figuresOf(filter).map((f) => [f.label, f.key, total[f.key] ?? 0]),
  ];
}

// A printed dashboard: Chart.js sizes its canvases to the screen; resized to the printed page before printing
// (and back after), a chart is neither clipped nor stretched. The print style keeps each chart on one page.
function print() {
  window.print();
}
addEventListener('beforeprint', () => { for (const c of charts) c.resize(); });
addEventListener('afterprint', () => { for (const c of charts) c.resize(); });
