// The risk-education panel (IMAS 12.10): the sessions of the period and the people they reached, split by sex,
// by age band and by disability as donors ask for them, by month and by organisation. The figures are the
// roll-up's (riskEducation of each line): every split adds up to the people reached, with the people a
// session did not break down shown as "not recorded" rather than left out.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { chartFigure, month } from './charts.js';
import { count, figureTable, panel } from './panel.js';

const sexes = [['female', 'web.vocabulary.gender.female'], ['male', 'web.vocabulary.gender.male']];
const ages = [['child', 'web.vocabulary.age-band.child'], ['adult', 'web.vocabulary.age-band.adult'], ['older', 'web.vocabulary.age-band.older']];

// The named parts of a split and, when the session records leave some people out, a "not recorded" row.
function split(of, named, total, key) {
  const rows = named.map(([k, id]) => ({ label: t(id), keys: [`${key}.${k}`], values: [of?.[k] ?? 0] }));
  const recorded = rows.reduce((s, r) => s + r.values[0], 0);
  if (recorded < total) rows.push({ label: t('web.dashboard.eore.not-recorded'), keys: [`${key}.unknown`], values: [total - recorded], className: 'not-recorded' });
  return rows;
}

/** The panel, appended to parent (a chart is drawn only in the page), its charts pushed to charts (destroyed on the next load). */
export function riskEducationPanel(parent, total, months, organisations, names, charts) {
  const re = total.riskEducation ?? { sessions: 0, beneficiaries: 0 };
  const section = panel('dashboard-eore', t('web.dashboard.eore.title'),
    re.sessions > 0
      ? t('web.dashboard.eore.summary', { sessions: re.sessions, people: re.beneficiaries, disability: re.withDisability, materials: re.materials })
      : t('web.dashboard.eore.none'));
  section.dataset.sessions = String(re.sessions ?? 0);
  section.dataset.people = String(re.beneficiaries ?? 0);
  parent.append(section);
  if (!(re.sessions > 0)) return section;

  const people = re.beneficiaries;
  const withUnrecorded = split(re.bySex, sexes, people, 'bySex').length > sexes.length || split(re.byAge, ages, people, 'byAge').length > ages.length;
  const column = [t('web.dashboard.eore.group'), t('web.dashboard.eore.people')];
  section.append(el('div', { className: 'panel-tables' },
    figureTable('eore-by-sex', t('web.dashboard.eore.by-sex'), column, split(re.bySex, sexes, people, 'bySex')),
    figureTable('eore-by-age', t('web.dashboard.eore.by-age'), column, split(re.byAge, ages, people, 'byAge')),
    figureTable('eore-disability', t('web.dashboard.eore.disability'), column, [
      { label: t('web.dashboard.eore.with-disability'), keys: ['withDisability'], values: [re.withDisability] },
      { label: t('web.dashboard.eore.without-disability'), keys: ['withoutDisability'], values: [people - re.withDisability], className: 'not-recorded' },
    ])),
  el('p', { className: 'panel-note' }, t(withUnrecorded ? 'web.dashboard.eore.adds-up-unrecorded' : 'web.dashboard.eore.adds-up', { people })));

  const grid = el('div', { className: 'panel-charts' });
  section.append(grid);
  const active = months.filter((m) => m.riskEducation?.sessions > 0);
  charts.push(chartFigure(grid, {
    id: 'chart-eore-months', caption: t('web.dashboard.eore.by-month'), category: t('web.dashboard.chart.month'),
    summary: t('web.dashboard.eore.by-month-summary', { months: active.length, first: month(active[0]?.key) ?? '–', last: month(active.at(-1)?.key) ?? '–', sessions: re.sessions, people }),
    labels: active.map((m) => month(m.key)),
    datasets: [
      { label: t('web.dashboard.eore.people'), data: active.map((m) => m.riskEducation.beneficiaries), colour: '#1565c0', yAxisID: 'y' },
      { label: t('web.dashboard.eore.sessions'), data: active.map((m) => m.riskEducation.sessions), colour: '#ef8f00', yAxisID: 'y2' },
    ],
    // Sessions number a few a month, people hundreds: each on its own axis.
    options: {
      scales: {
        y: { beginAtZero: true, position: 'left', ticks: { precision: 0 }, title: { display: true, text: t('web.dashboard.eore.people') } },
        y2: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 }, title: { display: true, text: t('web.dashboard.eore.sessions') } },
      },
    },
  }));

  const byOrganisation = organisations.filter((g) => g.riskEducation?.sessions > 0)
    .sort((a, b) => b.riskEducation.beneficiaries - a.riskEducation.beneficiaries);
  const table = el('table', { id: 'eore-by-organisation' },
    el('caption', {}, t('web.dashboard.eore.by-organisation')),
    el('thead', {}, el('tr', {}, [t('web.dashboard.organisation'), t('web.dashboard.eore.sessions'), t('web.dashboard.eore.people'), t('web.dashboard.eore.with-disability')]
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, byOrganisation.map((g) => el('tr', { 'data-organisation': g.key },
      el('th', { scope: 'row' }, names.has(g.key) ? t('web.dashboard.organisation-option', { name: names.get(g.key), id: g.key }) : g.key),
      [['sessions', g.riskEducation.sessions], ['beneficiaries', g.riskEducation.beneficiaries], ['withDisability', g.riskEducation.withDisability]]
        .map(([k, v]) => el('td', { 'data-key': k, 'data-value': String(v) }, count(v)))))));
  grid.append(el('div', { className: 'panel-box' }, table));
  return section;
}
