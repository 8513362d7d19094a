// What the dashboard's panels share: a titled section whose first sentence says what it shows (or that the
// period has nothing of it, instead of an empty chart), and small figure tables whose value cells carry the
// API's key and exact number (data-key, data-value) as the totals table does.
import { el } from '../dom.js';
import { t } from '../i18n.js';

export const count = (n) => t('web.format.count', { n: n ?? 0 });

/** A panel: <section id> with its heading and a status-like summary sentence (id-summary). */
export function panel(id, title, summary) {
  return el('section', { id, className: 'dashboard-panel', 'aria-labelledby': `${id}-title` },
    el('h3', { id: `${id}-title` }, title),
    el('p', { id: `${id}-summary`, className: 'panel-summary' }, summary));
}

/**
 * A table of figures: columns are [{ label }], rows are { label, key?, values: [number] }; a row's key names
 * the figure in the API (riskEducation.bySex.female) so a test reads the number, not its display.
 */
export function figureTable(id, caption, columns, rows, note) {
  return el('div', { className: 'panel-table' },
    el('table', { id },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, columns[0]), columns.slice(1).map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, rows.map((r) => el('tr', { className: r.className ?? '' },
        el('th', { scope: 'row' }, r.label),
        r.values.map((v, i) => el('td', { 'data-key': r.keys?.[i] ?? '', 'data-value': String(v ?? 0) }, count(v))))))),
    note ? el('p', { className: 'panel-note' }, note) : null);
}
