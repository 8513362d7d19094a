// The dashboard's charts. Chart.js is registered piece by piece (only bar charts are drawn) so the
// bundle carries what it uses; animation is off because tests read the charts at once and field
// tablets are slow. Every chart sits in a <figure> with a caption and, for screen readers and anyone
// who wants the numbers, the same data as a visually hidden table.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import { el } from '../dom.js';
import { releasedWhen, remainingWhen } from './totals.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, sans-serif';
Chart.defaults.font.size = 14;

// The map's colours for the release methods (app.css .cancelled/.reduced/.cleared), the rest distinct for colour-blind readers.
export const colours = {
  cancelled: '#90caf9', reduced: '#66bb6a', cleared: '#2e7d32', remaining: '#c62828',
  accidents: '#424242', killed: '#000000', injured: '#f9a825', manual: '#3d5a80', mechanical: '#e07a5f', finds: '#6a1b9a',
};

const ha = (m2) => Math.round(m2 / 100) / 100;
const number = (v) => (v === null || v === undefined ? '–' : v.toLocaleString('en', { maximumFractionDigits: 2 }));

/**
 * A figure holding one chart, appended to parent before the chart is made (Chart.js defers a chart
 * whose canvas is not yet in the page): spec is { id, caption, summary, labels, datasets: [{ label, data, colour, ... }], options }.
 */
export function chartFigure(parent, spec) {
  const canvas = el('canvas', { id: `${spec.id}-canvas`, role: 'img', 'aria-label': spec.summary });
  const frame = el('div', { className: 'chart-frame' }, canvas);
  if (spec.height) frame.style.height = `${spec.height}px`;
  const figure = el('figure', { id: spec.id, className: 'chart' },
    el('figcaption', {}, spec.caption),
    frame,
    dataTable(spec));
  parent.append(figure);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map(({ colour, ...d }) => ({ backgroundColor: colour, borderColor: colour, ...d })),
    },
    options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } }, ...spec.options },
  });
}

// Wrapped: a table will not shrink below its content, so the wrapper is what is hidden.
function dataTable(spec) {
  return el('div', { className: 'visually-hidden' }, el('table', {},
    el('caption', {}, spec.caption + (spec.unit ? ` (${spec.unit})` : '')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, spec.category ?? ''), spec.datasets.map((d) => el('th', { scope: 'col' }, d.label)))),
    el('tbody', {}, spec.labels.map((label, i) => el('tr', {},
      el('th', { scope: 'row' }, String(label)), spec.datasets.map((d) => el('td', {}, number(d.data[i]))))))));
}

const stacked = (xTitle, yTitle, horizontal = false) => ({
  indexAxis: horizontal ? 'y' : 'x',
  scales: {
    x: { stacked: true, title: { display: !!xTitle, text: xTitle } },
    y: { stacked: true, beginAtZero: true, title: { display: !!yTitle, text: yTitle } },
  },
});

/** Land released each month, stacked by method (from the roll-up by month). */
export function releasedByMonth(parent, months) {
  const released = months.filter((m) => m.cancelledM2 + m.reducedM2 + m.clearedM2 > 0);
  const sum = (k) => ha(released.reduce((s, m) => s + m[k], 0));
  return chartFigure(parent, {
    id: 'chart-released', caption: 'Land released over time by method', unit: 'ha', category: 'Month',
    summary: `Land released per month from ${released[0]?.key ?? '–'} to ${released.at(-1)?.key ?? '–'}: ${sum('cancelledM2')} ha cancelled, ${sum('reducedM2')} ha reduced, ${sum('clearedM2')} ha cleared.`,
    labels: released.map((m) => m.key),
    datasets: [
      { label: 'Cancelled', data: released.map((m) => ha(m.cancelledM2)), colour: colours.cancelled },
      { label: 'Reduced', data: released.map((m) => ha(m.reducedM2)), colour: colours.reduced },
      { label: 'Cleared', data: released.map((m) => ha(m.clearedM2)), colour: colours.cleared },
    ],
    options: stacked('', 'hectares'),
  });
}

/** Released (by method) against what is still hazardous. */
export function remainingVsReleased(parent, total, filter) {
  const released = total.cancelledM2 + total.reducedM2 + total.clearedM2;
  const only = (index, value) => [index === 0 ? value : null, index === 1 ? value : null];
  return chartFigure(parent, {
    id: 'chart-remaining', caption: 'Released and remaining hazardous area', unit: 'ha', category: '', height: 220,
    summary: `${ha(released)} ha ${releasedWhen(filter)} (${ha(total.cancelledM2)} cancelled, ${ha(total.reducedM2)} reduced, ${ha(total.clearedM2)} cleared); ${ha(total.remainingM2)} ha remaining ${remainingWhen(filter)} (records; ${ha(total.remainingLandM2 ?? total.remainingM2)} ha of land).`,
    labels: [`Released (${releasedWhen(filter).replace(/^released /, '')})`, `Remaining ${remainingWhen(filter)}`],
    datasets: [
      { label: 'Cancelled', data: only(0, ha(total.cancelledM2)), colour: colours.cancelled },
      { label: 'Reduced', data: only(0, ha(total.reducedM2)), colour: colours.reduced },
      { label: 'Cleared', data: only(0, ha(total.clearedM2)), colour: colours.cleared },
      { label: 'Remaining', data: only(1, ha(total.remainingM2)), colour: colours.remaining },
    ],
    options: stacked('hectares', '', true),
  });
}

/** Explosive ordnance found, by category. */
export function findsByCategory(parent, total) {
  const entries = Object.entries(total.findsByCategory ?? {}).sort((a, b) => b[1] - a[1]);
  return chartFigure(parent, {
    id: 'chart-finds', caption: 'Explosive ordnance found by category', unit: 'items', category: 'Category',
    summary: `${total.finds.toLocaleString('en')} items found: ${entries.map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ') || 'none'}.`,
    labels: entries.map(([k]) => k),
    datasets: [{ label: 'Items', data: entries.map(([, v]) => v), colour: colours.finds }],
    // Horizontal: category names read level on a narrow screen.
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, title: { display: true, text: 'items' } }, y: { ticks: { autoSkip: false } } } },
  });
}

/** Accidents and their victims, by month (months without an accident left out). */
export function accidentsByMonth(parent, months, total) {
  const withAccidents = months.filter((m) => m.accidents > 0);
  return chartFigure(parent, {
    id: 'chart-accidents', caption: 'Accidents and victims', unit: 'count', category: 'Month',
    summary: `${total.accidents} accidents: ${total.killed} people killed, ${total.injured} injured, in ${withAccidents.length} months.`,
    labels: withAccidents.map((m) => m.key),
    datasets: [
      { label: 'Accidents', data: withAccidents.map((m) => m.accidents), colour: colours.accidents },
      { label: 'Killed', data: withAccidents.map((m) => m.killed), colour: colours.killed },
      { label: 'Injured', data: withAccidents.map((m) => m.injured), colour: colours.injured },
    ],
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'count' } } } },
  });
}

/**
 * Clearance productivity by team: m² per deminer-day (manual and dog teams) and per machine-hour
 * (machines), each on its own axis because the units differ.
 */
export function productivityByTeam(parent, teams, names) {
  // Dog teams declare dog-team-days: a team-day like a deminer-day, on the same axis as manual teams.
  const rate = (g, ...units) => {
    const kinds = Object.values(g.productivity ?? {}).filter((p) => units.includes(p.unit) && p.effort > 0);
    const m2 = kinds.reduce((s, p) => s + p.clearedM2, 0);
    const effort = kinds.reduce((s, p) => s + p.effort, 0);
    return effort > 0 ? Math.round((m2 / effort) * 10) / 10 : null;
  };
  const rows = teams
    .map((g) => ({ team: names.get(g.key) ?? g.key, days: rate(g, 'deminer-days', 'dog-team-days'), hours: rate(g, 'machine-hours') }))
    .filter((r) => r.days !== null || r.hours !== null)
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || (b.hours ?? 0) - (a.hours ?? 0));
  const best = (k) => rows.filter((r) => r[k] !== null).sort((a, b) => b[k] - a[k])[0];
  const days = best('days'), hours = best('hours');
  return chartFigure(parent, {
    id: 'chart-productivity', caption: 'Clearance productivity by team', unit: 'm² per deminer-day or machine-hour', category: 'Team',
    height: Math.max(220, rows.length * 26 + 90),
    summary: `${rows.length} teams reported clearance effort.` +
      (days ? ` Highest manual rate: ${days.team}, ${days.days} m² per deminer-day.` : '') +
      (hours ? ` Highest machine rate: ${hours.team}, ${hours.hours} m² per machine-hour.` : ''),
    labels: rows.map((r) => r.team),
    datasets: [
      { label: 'm² per deminer-day', data: rows.map((r) => r.days), colour: colours.manual, xAxisID: 'x' },
      { label: 'm² per machine-hour', data: rows.map((r) => r.hours), colour: colours.mechanical, xAxisID: 'x2' },
    ],
    options: {
      indexAxis: 'y',
      scales: {
        x: { beginAtZero: true, position: 'bottom', title: { display: true, text: 'm² per deminer-day' } },
        x2: { beginAtZero: true, position: 'top', grid: { drawOnChartArea: false }, title: { display: true, text: 'm² per machine-hour' } },
        y: { ticks: { autoSkip: false } },
      },
    },
  });
}
