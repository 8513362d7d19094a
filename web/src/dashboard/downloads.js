// The dashboard's figures taken away: each table as CSV, each chart as PNG, the whole page printed.
// CSV carries the exact numbers (m² and counts as the API gives them, a dot for decimals) so a
// spreadsheet adds them up to the figure `safeground status` prints; only the headings are in the
// reader's language. A UTF-8 byte-order mark makes Excel read Cyrillic and Arabic headings right.
import { el } from '../dom.js';
import { t } from '../i18n.js';

/** The filter the dashboard shows (its hash query): downloads are named after it. */
export const scope = { query: '' };

const quote = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 text of rows (the first one the header). */
export function csvText(rows) {
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Offers a file to the browser's downloads; the element stays in the page until the browser has it. */
export function save(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.documentElement.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(url); link.remove(); }, 1000);
}

export const saveCsv = (name, rows) => save(name, new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));

/**
 * A chart as PNG on white (Chart.js draws on a transparent canvas, which image viewers show black),
 * at the size it has on screen times the device's pixel ratio.
 */
export function chartPng(chart) {
  const source = chart.canvas;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** A small button row: what can be taken away from one table or chart. */
export function downloadButtons(id, actions) {
  return el('div', { className: 'downloads', id: `${id}-downloads` },
    actions.map(({ kind, text, label, run }) => {
      const button = el('button', { type: 'button', id: `${id}-${kind}`, className: 'download', title: label }, text);
      button.setAttribute('aria-label', label);
      button.addEventListener('click', run);
      return button;
    }));
}

/** The file name a download gets: what it is, and the filter it was made with, so two downloads never collide. */
export function fileName(what, query, extension) {
  const params = new URLSearchParams(query ?? '');
  const parts = ['safeground', what, ...['region', 'organisation', 'from', 'to'].map((k) => params.get(k)).filter(Boolean)];
  return `${parts.join('-').replace(/[^\p{L}\p{N}._-]+/gu, '_')}.${extension}`;
}
