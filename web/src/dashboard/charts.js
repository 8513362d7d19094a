// The dashboard's charts. Chart.js is registered piece by piece (only bar charts are drawn) so the
// bundle carries what it uses; animation is off because tests read the charts at once and field
// tablets are slow. Every chart sits in a <figure> with a caption and, for screen readers and anyone
// who wants the numbers, the same data as a visually hidden table.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import { el } from '../dom.js';
import { formatList, isRightToLeft, locale, t } from '../i18n.js';
import { eoCategory } from '../words.js';
import { period } from './totals.js';
import { chartPng, downloadButtons, fileName, save, saveCsv, scope } from './downloads.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, sans-serif';
Chart.defaults.font.size = 14;

// The map's colours for the release methods (app.css .cancelled/.reduced/.cleared), the rest distinct for colour-blind readers.
export const colours = {
  cancelled: '#90caf9', reduced: '#66bb6a', cleared: '#2e7d32', remaining: '#c62828',
  reopened: '#ff7043', accidents: '#424242', killed: '#000000', injured: '#f9a825', manual: '#3d5a80', mechanical: '#e07a5f', finds: '#6a1b9a',
};

const ha = (m2) => Math.round(m2 / 100) / 100;
const number = (v) => (v === null || v === undefined ? '–' : t('web.format.count', { n: v }));
// A roll-up's month key (yyyy-MM) in the language's order (the panels use it too).
export const month = (key) => {
  const m = /^(\d{4})-(\d{2})$/.exec(key ?? '');
  return m ? t('web.format.month', { year: m[1], month: m[2] }) : key;
};

// Chart.js formats its ticks and tooltips with `locale` (else the browser's language, which may not be the one
// shown: the totals and the axes then disagreed); a right-to-left language mirrors the legend, the tooltips and
// the axes (values grow leftwards, the value axis of an upright chart stands on the right).
function localised(options) {
  const rtl = isRightToLeft();
  const scales = Object.fromEntries(Object.entries(rtl ? { x: {}, y: {}, ...options.scales } : options.scales ?? {}).map(([id, scale]) => {
    const horizontal = (scale.axis ?? id[0]) === 'x';
    return [id, rtl ? { ...scale, ...(horizontal ? { reverse: true } : { position: scale.position ?? 'right' }) } : scale];
  }));
  return {
    ...options, locale: locale(), scales,
    plugins: {
      ...options.plugins,
      legend: { ...options.plugins?.legend, rtl, textDirection: rtl ? 'rtl' : 'ltr' },
      tooltip: { ...options.plugins?.tooltip, rtl, textDirection: rtl ? 'rtl' : 'ltr' },
    },
  };
}

/**
 * A figure holding one chart, appended to parent before the chart is made (Chart.js defers a chart
 * whose canvas is not yet in the page): spec is { id, caption, summary, note, labels, datasets: [{ label, data, colour, ... }], options }.
 * A note is a sentence of its own under the chart (a translation joins no two sentences), named by the canvas.
 */
export function chartFigure(parent, spec) {
  const note = spec.note ? el('p', { id: `${spec.id}-note`, className: 'chart-note' }, spec.note) : null;
  const canvas = el('canvas', { id: `${spec.id}-canvas`, role: 'img', 'aria-label': spec.summary, ...(note ? { 'aria-describedby': note.id } : {}) });
  const frame = el('div', { className: 'chart-frame' }, canvas);
  if (spec.height) frame.style.height = `${spec.height}px`;
  let chart = null;
  const name = spec.id.replace(/^chart-/, '');
  const figure = el('figure', { id: spec.id, className: 'chart' },
    el('figcaption', {}, el('span', {}, spec.caption), downloadButtons(spec.id, [
      { kind: 'csv', text: t('web.dashboard.download.csv'), label: t('web.dashboard.download.csv-of', { what: spec.caption }), run: () => saveCsv(fileName(name, scope.query, 'csv'), csvRows(spec)) },
      { kind: 'png', text: t('web.dashboard.download.png'), label: t('web.dashboard.download.png-of', { what: spec.caption }), run: async () => save(fileName(name, scope.query, 'png'), await chartPng(chart)) },
    ])),
    frame,
    ...(note ? [note] : []),
    dataTable(spec));
  parent.append(figure);
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map(({ colour, ...d }) => ({ backgroundColor: colour, borderColor: colour, ...d })),
    },
    options: localised({ responsive: true, maintainAspectRatio: false, ...spec.options, plugins: { legend: { position: 'bottom' }, ...spec.options?.plugins } }),
  });
  return chart;
}

// A chart's numbers as they were drawn (not rounded for display): one row per category, one column per series.
function csvRows(spec) {
  const unit = spec.unit ? ` (${spec.unit})` : '';
  return [
    [spec.category ?? '', ...spec.datasets.map((d) => `${d.label}${unit}`)],
    ...spec.labels.map((label, i) => [Array.isArray(label) ? label.join(' ') : label, ...spec.datasets.map((d) => d.data[i] ?? '')]),
  ];
}

// Wrapped: a table will not shrink below its content, so the wrapper is what is hidden.
function dataTable(spec) {
  return el('div', { className: 'visually-hidden' }, el('table', {},
    el('caption', {}, spec.unit ? t('web.dashboard.chart.caption-unit', { caption: spec.caption, unit: spec.unit }) : spec.caption),
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
    id: 'chart-released', caption: t('web.dashboard.chart.released.caption'), unit: t('web.dashboard.unit.ha'), category: t('web.dashboard.chart.month'),
    summary: t('web.dashboard.chart.released.summary', {
      first: month(released[0]?.key) ?? '–', last: month(released.at(-1)?.key) ?? '–',
      cancelled: sum('cancelledM2'), reduced: sum('reducedM2'), cleared: sum('clearedM2'),
    }),
    labels: released.map((m) => month(m.key)),
    datasets: [
      { label: t('web.dashboard.chart.cancelled'), data: released.map((m) => ha(m.cancelledM2)), colour: colours.cancelled },
      { label: t('web.dashboard.chart.reduced'), data: released.map((m) => ha(m.reducedM2)), colour: colours.reduced },
      { label: t('web.dashboard.chart.cleared'), data: released.map((m) => ha(m.clearedM2)), colour: colours.cleared },
    ],
    options: stacked('', t('web.dashboard.unit.hectares')),
  });
}

/** Released (by method) against what is still hazardous. */
export function remainingVsReleased(parent, total, filter) {
  const released = total.cancelledM2 + total.reducedM2 + total.clearedM2;
  // Released land returned to hazardous gets a bar of its own after the two, only when there is some: it was
  // released (so it is in the first bar) and is hazardous again (so it is in the remaining one).
  const reopened = total.reopenedM2 > 0;
  const bars = reopened ? 3 : 2;
  const only = (index, value) => Array.from({ length: bars }, (_, i) => (i === index ? value : null));
  const when = period(filter);
  return chartFigure(parent, {
    id: 'chart-remaining', caption: t('web.dashboard.chart.remaining.caption'), unit: t('web.dashboard.unit.ha'), category: '', height: reopened ? 260 : 220,
    summary: t('web.dashboard.chart.remaining.summary', {
      ...when, released: ha(released), cancelled: ha(total.cancelledM2), reduced: ha(total.reducedM2), cleared: ha(total.clearedM2),
      remaining: ha(total.remainingM2), land: ha(total.remainingLandM2 ?? total.remainingM2),
    }),
    note: reopened ? t('web.dashboard.chart.remaining.reopened-summary', { reopened: ha(total.reopenedM2) }) : null,
    labels: [t('web.dashboard.chart.remaining.released', when), t('web.dashboard.chart.remaining.remaining', when), ...(reopened ? [t('web.dashboard.chart.remaining.reopened', when)] : [])],
    datasets: [
      { label: t('web.dashboard.chart.cancelled'), data: only(0, ha(total.cancelledM2)), colour: colours.cancelled },
      { label: t('web.dashboard.chart.reduced'), data: only(0, ha(total.reducedM2)), colour: colours.reduced },
      { label: t('web.dashboard.chart.cleared'), data: only(0, ha(total.clearedM2)), colour: colours.cleared },
      { label: t('web.dashboard.chart.remaining'), data: only(1, ha(total.remainingM2)), colour: colours.remaining },
      ...(reopened ? [{ label: t('web.dashboard.chart.reopened'), data: only(2, ha(total.reopenedM2)), colour: colours.reopened }] : []),
    ],
    options: stacked(t('web.dashboard.unit.hectares'), '', true),
  });
}

// A category's name on lines of about 20 characters: names run longer in other languages than in English
// ("боєприпаси до стрілецької зброї"), and Chart.js cuts a long tick label at the chart's edge.
function wrapped(value) {
  const lines = [];
  for (const word of String(this.getLabelForValue(value)).split(' ')) {
    if (lines.length && (lines[lines.length - 1] + ' ' + word).length <= 20) lines[lines.length - 1] += ' ' + word;
    else lines.push(word);
  }
  return lines;
}

/** Explosive ordnance found, by category. */
export function findsByCategory(parent, total) {
  const entries = Object.entries(total.findsByCategory ?? {}).sort((a, b) => b[1] - a[1]);
  return chartFigure(parent, {
    id: 'chart-finds', caption: t('web.dashboard.chart.finds.caption'), unit: t('web.dashboard.unit.items'), category: t('web.dashboard.chart.category'),
    // Room for each category's name on up to three lines (see wrapped).
    height: Math.max(260, entries.length * 44 + 70),
    summary: entries.length
      ? t('web.dashboard.chart.finds.summary', {
        finds: total.finds,
        categories: formatList(entries.map(([k, v]) => t('web.dashboard.chart.finds.category', { category: eoCategory(k), n: v }))),
      })
      : t('web.dashboard.chart.finds.summary-none', { finds: total.finds }),
    labels: entries.map(([k]) => eoCategory(k)),
    datasets: [{ label: t('web.dashboard.chart.items'), data: entries.map(([, v]) => v), colour: colours.finds }],
    // Horizontal: category names read level on a narrow screen.
    options: {
      indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { maxTicksLimit: 5 }, title: { display: true, text: t('web.dashboard.unit.items') } }, y: { ticks: { autoSkip: false, callback: wrapped } } },
    },
  });
}

/** Accidents and their victims, by month (months without an accident left out). */
export function accidentsByMonth(parent, months, total) {
  const withAccidents = months.filter((m) => m.accidents > 0);
  return chartFigure(parent, {
    id: 'chart-accidents', caption: t('web.dashboard.chart.accidents.caption'), unit: t('web.dashboard.unit.count'), category: t('web.dashboard.chart.month'),
    summary: t('web.dashboard.chart.accidents.summary', { accidents: total.accidents, killed: total.killed, injured: total.injured, months: withAccidents.length }),
    labels: withAccidents.map((m) => month(m.key)),
    datasets: [
      { label: t('web.dashboard.chart.accidents'), data: withAccidents.map((m) => m.accidents), colour: colours.accidents },
      { label: t('web.dashboard.chart.killed'), data: withAccidents.map((m) => m.killed), colour: colours.killed },
      { label: t('web.dashboard.chart.injured'), data: withAccidents.map((m) => m.injured), colour: colours.injured },
    ],
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('web.dashboard.unit.count') } } } },
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
    id: 'chart-productivity', caption: t('web.dashboard.chart.productivity.caption'), unit: t('web.dashboard.unit.productivity'),
    category: t('web.dashboard.chart.team'),
    height: Math.max(220, rows.length * 26 + 90),
    summary: summaryOfRates(rows.length, days, hours),
    labels: rows.map((r) => r.team),
    datasets: [
      { label: t('web.dashboard.unit.m2-per-deminer-day'), data: rows.map((r) => r.days), colour: colours.manual, xAxisID: 'x' },
      { label: t('web.dashboard.unit.m2-per-machine-hour'), data: rows.map((r) => r.hours), colour: colours.mechanical, xAxisID: 'x2' },
    ],
    options: {
      indexAxis: 'y',
      scales: {
        x: { beginAtZero: true, position: 'bottom', title: { display: true, text: t('web.dashboard.unit.m2-per-deminer-day') } },
        x2: { beginAtZero: true, position: 'top', grid: { drawOnChartArea: false }, title: { display: true, text: t('web.dashboard.unit.m2-per-machine-hour') } },
        y: { ticks: { autoSkip: false } },
      },
    },
  });
}

// The productivity chart's summary: one whole sentence for each of the four cases (which rates exist).
function summaryOfRates(teams, days, hours) {
  const values = { teams, manualTeam: days?.team, manualRate: days?.days, machineTeam: hours?.team, machineRate: hours?.hours };
  if (days && hours) return t('web.dashboard.chart.productivity.summary-both', values);
  if (days) return t('web.dashboard.chart.productivity.summary-manual', values);
  if (hours) return t('web.dashboard.chart.productivity.summary-machine', values);
  return t('web.dashboard.chart.productivity.summary', values);
}
