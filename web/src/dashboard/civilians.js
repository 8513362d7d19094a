// The civilian casualties panel (casualty surveillance beyond demining accidents): the incidents of the period,
// the people killed and injured by sex and by age band, and the incidents by what the people were doing at the
// time. The figures are the roll-up's (civilians of each line, absent when the line has none).
import { el } from '../dom.js';
import { formatList, t } from '../i18n.js';
import { ageBands, casualtyActivities, genders } from '../forms/vocabulary.js';
import { chartFigure, colours } from './charts.js';
import { figureTable, panel } from './panel.js';

const word = (list) => (value) => { const hit = list.find(([k]) => k === value); return hit ? t(hit[1]) : String(value); };
const sexWord = word(genders);
const ageWord = word(ageBands);
const activityWord = word(casualtyActivities);

// Killed and injured summed over one side (sex or age) of the roll-up's sex × age groups, in the vocabulary's
// order with "not known" last.
function byOne(groups, side, list, name) {
  const order = [...list.filter(([k]) => k !== 'unknown'), ...list.filter(([k]) => k === 'unknown')];
  return order
    .map(([k]) => {
      const mine = groups.filter((g) => g[side] === k);
      return { key: k, killed: mine.reduce((s, g) => s + g.killed, 0), injured: mine.reduce((s, g) => s + g.injured, 0) };
    })
    .filter((r) => r.killed + r.injured > 0)
    .map((r) => ({ label: name(r.key), keys: [`${side}.${r.key}.killed`, `${side}.${r.key}.injured`], values: [r.killed, r.injured], className: r.key === 'unknown' ? 'not-recorded' : '' }));
}

/** The panel, appended to parent (a chart is drawn only in the page), its chart pushed to charts. */
export function civiliansPanel(parent, total, charts) {
  const c = total.civilians;
  const section = panel('dashboard-civilians', t('web.dashboard.civilians.title'),
    c?.incidents > 0 ? t('web.dashboard.civilians.summary', { incidents: c.incidents, killed: c.killed, injured: c.injured }) : t('web.dashboard.civilians.none'));
  section.dataset.incidents = String(c?.incidents ?? 0);
  section.dataset.killed = String(c?.killed ?? 0);
  section.dataset.injured = String(c?.injured ?? 0);
  parent.append(section);
  if (!(c?.incidents > 0)) return section;

  const groups = c.bySexAndAge ?? [];
  const columns = (first) => [first, t('web.dashboard.chart.killed'), t('web.dashboard.chart.injured')];
  const unknown = groups.some((g) => g.sex === 'unknown' || g.age === 'unknown');
  section.append(el('div', { className: 'panel-tables' },
    figureTable('civilians-by-sex', t('web.dashboard.civilians.by-sex'), columns(t('web.dashboard.civilians.sex')), byOne(groups, 'sex', genders, sexWord)),
    figureTable('civilians-by-age', t('web.dashboard.civilians.by-age'), columns(t('web.dashboard.civilians.age')), byOne(groups, 'age', ageBands, ageWord))),
  el('p', { className: 'panel-note' }, t(unknown ? 'web.dashboard.civilians.adds-up-unknown' : 'web.dashboard.civilians.adds-up', { killed: c.killed, injured: c.injured })));

  const grid = el('div', { className: 'panel-charts' });
  section.append(grid);
  const activities = Object.entries(c.incidentsByActivity ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  charts.push(chartFigure(grid, {
    id: 'chart-civilian-activities', caption: t('web.dashboard.civilians.by-activity'), unit: t('web.dashboard.unit.count'), category: t('web.dashboard.civilians.activity'),
    height: Math.max(180, activities.length * 40 + 80),
    summary: t('web.dashboard.civilians.by-activity-summary', {
      incidents: c.incidents,
      activities: formatList(activities.map(([k, n]) => t('web.dashboard.chart.finds.category', { category: activityWord(k), n }))),
    }),
    labels: activities.map(([k]) => activityWord(k)),
    datasets: [{ label: t('web.dashboard.civilians.incidents'), data: activities.map(([, n]) => n), colour: colours.accidents }],
    options: {
      indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('web.dashboard.civilians.incidents') } }, y: { ticks: { autoSkip: false } } },
    },
  }));
  return section;
}
