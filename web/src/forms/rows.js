// Rows the user adds and removes (finds, victims, evidence). Each row's controls are registered under
// "<path>[i].<key>", renumbered when a row goes, so an issue about body.finds[2].quantity lands on the
// quantity of the third find shown.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { write } from './fields.js';

/**
 * columns: [{ key, label, name, make: () => control, read: (control) => value }] or, for a position,
 * { key, label, name, point: true } (longitude and latitude inputs and a "pick on the map" button); label is the
 * column's text id, name the id of its name inside a sentence ("quantity"). words: the rows' text ids: legend,
 * add (the add button), item ("Find {n}"), remove ("Remove find {n}"), field ("Find {n}, {field}": a row's field in
 * the server's sentences) and pick ("Pick the position of find {n} on the map").
 */
export function rows(registry, { path, idPrefix, words, columns, pick, onChange }) {
  const items = [];
  const legend = t(words.legend);
  const list = el('div', { className: 'rows' });
  const add = el('button', { type: 'button', id: `${idPrefix}-add` }, t(words.add));
  const message = el('div', { id: `${idPrefix}-issues`, className: 'field-issues', 'aria-live': 'polite' });
  const box = el('fieldset', { className: 'rows-box', id: `${idPrefix}-rows` }, el('legend', {}, legend), list, add, message);
  registry.add(path, box, message, legend);

  function renumber() {
    registry.removeUnder(path);
    items.forEach((item, i) => item.number(i));
    onChange?.();
  }

  function makeItem() {
    const title = el('legend', {});
    const parts = columns.map((c) => (c.point ? pointPart(c) : plainPart(c)));
    const remove = el('button', { type: 'button', className: 'remove' }, t('web.form.rows.remove'));
    const node = el('fieldset', { className: 'row' }, title, el('div', { className: 'row-fields' }, parts.map((p) => p.node)), remove);
    const item = {
      node,
      number(i) {
        title.textContent = t(words.item, { n: i + 1 });
        remove.setAttribute('aria-label', t(words.remove, { n: i + 1 }));
        registry.add(`${path}[${i}]`, node, parts[0].message);
        for (const p of parts) p.number(i);
      },
      read: () => Object.fromEntries(parts.map((p) => [p.key, p.read()])),
      write: (values) => parts.forEach((p) => p.set(values?.[p.key])),
      point: () => parts.find((p) => p.coordinates)?.coordinates(),
    };
    remove.addEventListener('click', () => {
      const at = items.indexOf(item);
      items.splice(at, 1);
      node.remove();
      renumber();
      (items[at]?.node.querySelector('input, select') ?? add).focus();
    });
    return item;
  }

  function plainPart(c) {
    const control = c.make();
    const label = el('label', {}, t(c.label));
    const message = el('div', { className: 'field-issues', 'aria-live': 'polite' });
    control.addEventListener('change', () => onChange?.());
    return {
      key: c.key,
      node: el('div', { className: 'field' }, label, control, message),
      message,
      number(i) {
        control.id = `${idPrefix}-${i}-${c.key}`;
        label.htmlFor = control.id;
        message.id = `${control.id}-issues`;
        registry.add(`${path}[${i}].${c.key}`, control, message, t(words.field, { n: i + 1, field: t(c.name) }));
      },
      read: () => c.read(control),
      set: (v) => write(control, v),
    };
  }

  function pointPart(c) {
    const lon = el('input', { type: 'number', step: 'any', min: '-180', max: '180', inputMode: 'decimal' });
    const lat = el('input', { type: 'number', step: 'any', min: '-90', max: '90', inputMode: 'decimal' });
    const lonLabel = el('label', {}, t('web.form.longitude'));
    const latLabel = el('label', {}, t('web.form.latitude'));
    const button = el('button', { type: 'button' }, t('web.form.rows.pick'));
    const message = el('div', { className: 'field-issues', 'aria-live': 'polite' });
    for (const input of [lon, lat]) input.addEventListener('change', () => onChange?.());
    button.addEventListener('click', async () => {
      button.textContent = t('web.form.rows.picking');
      const [x, y] = await pick();
      lon.value = x;
      lat.value = y;
      button.textContent = t('web.form.rows.pick');
      button.focus();
      onChange?.();
    });
    const node = el('fieldset', { className: 'point' }, el('legend', {}, t(c.label)),
      el('div', { className: 'field' }, lonLabel, lon), el('div', { className: 'field' }, latLabel, lat), button, message);
    return {
      key: c.key,
      node,
      message,
      number(i) {
        lon.id = `${idPrefix}-${i}-${c.key}-lon`;
        lat.id = `${idPrefix}-${i}-${c.key}-lat`;
        lonLabel.htmlFor = lon.id;
        latLabel.htmlFor = lat.id;
        message.id = `${idPrefix}-${i}-${c.key}-issues`;
        button.setAttribute('aria-label', t(words.pick, { n: i + 1 }));
        registry.add(`${path}[${i}].${c.key}`, lon, message, t(words.field, { n: i + 1, field: t(c.name) }));
      },
      coordinates: () => (lon.value === '' || lat.value === '' ? null : [Number(lon.value), Number(lat.value)]),
      // An empty position is sent as POINT EMPTY, so the server's sentence names the find that lacks one.
      read: () => (lon.value === '' || lat.value === '' ? 'POINT EMPTY' : `POINT (${Number(lon.value)} ${Number(lat.value)})`),
      set(point) {
        const m = /POINT\s*\(\s*(\S+)\s+(\S+)\s*\)/i.exec(point ?? '');
        lon.value = m ? m[1] : '';
        lat.value = m ? m[2] : '';
      },
    };
  }

  add.addEventListener('click', () => {
    const item = makeItem();
    items.push(item);
    list.append(item.node);
    renumber();
    item.node.querySelector('input, select')?.focus();
  });

  return {
    node: box,
    read: () => items.map((i) => i.read()),
    points: () => items.map((i) => i.point()).filter(Boolean),
    clear() {
      items.splice(0).forEach((i) => i.node.remove());
      renumber();
    },
    /** Replaces the rows with one per value (a report's list, read back into the form). */
    write(values) {
      items.splice(0).forEach((i) => i.node.remove());
      for (const v of values ?? []) {
        const item = makeItem();
        items.push(item);
        list.append(item.node);
        item.write(v);
      }
      renumber();
    },
  };
}
