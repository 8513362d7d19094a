// Small DOM helpers. Data from the server only ever becomes text nodes, never HTML.
import { t } from './i18n.js';

export const $ = (id) => document.getElementById(id);

/** el('dl', { className: 'x' }, child, 'text', ...) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('aria-') || key.startsWith('data-') || key === 'for' || key === 'role') node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A definition list from [term, value] pairs; empty values are left out. */
export function definitions(pairs) {
  // Vector tiles and some stores write a missing value as the word itself: never shown as "null".
  return el('dl', {}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== 'null' && v !== 'undefined')
    .map(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

/** An area given in m², in hectares ("1.25 ha"). */
export const hectares = (m2) => t('web.format.area', { area: m2 });

/** A yyyy-MM-dd day from the API in the language's order (web.format.date); nothing for none. */
export const day = (value) => (value ? t('web.format.day', { day: value }) : value);

/** The [[west, south], [east, north]] of a GeoJSON geometry (or of several). */
export function bounds(...geometries) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1]); n = Math.max(n, c[1]);
    } else c.forEach(walk);
  };
  for (const g of geometries) if (g?.coordinates) walk(g.coordinates);
  return Number.isFinite(w) ? [[w, s], [e, n]] : null;
}
