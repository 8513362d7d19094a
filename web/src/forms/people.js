// People counted by sex, age band and disability (a risk-education audience, a civilian incident's killed and
// injured): rows of counts, never names, as IMAS 12.10 and casualty surveillance ask.
import { el } from '../dom.js';
import { integer, select } from './fields.js';
import { rows } from './rows.js';
import { ageBands, genders } from './vocabulary.js';

const value = (control) => control.value;

/** path: 'body.audience', 'body.killed'...; idPrefix keeps two lists on one form apart; legend: the list's text id. */
export function people(registry, { path, idPrefix, legend, onChange }) {
  return rows(registry, {
    path, idPrefix, words: {
      legend, add: 'web.form.people.add', item: 'web.form.people.item', remove: 'web.form.people.remove', field: 'web.form.people.field',
    }, onChange,
    columns: [
      { key: 'sex', label: 'web.form.people.sex', name: 'web.form.people.sex.name', make: () => select(genders), read: value },
      { key: 'age', label: 'web.form.people.age', name: 'web.form.people.age.name', make: () => select(ageBands), read: value },
      { key: 'withDisability', label: 'web.form.people.disability', name: 'web.form.people.disability.name', make: () => el('input', { type: 'checkbox' }), read: (c) => c.checked },
      // An empty count goes as 0: the server says a group of nobody is not a group.
      { key: 'count', label: 'web.form.people.count', name: 'web.form.people.count.name', make: () => el('input', { type: 'number', inputMode: 'numeric', min: '0', step: '1', value: '1' }), read: (c) => integer(c) ?? 0 },
    ],
  });
}

/** Materials handed out at a risk-education session: what, and how many. */
export function materials(registry, onChange) {
  return rows(registry, {
    path: 'body.materials', idPrefix: 'material', words: {
      legend: 'web.form.material.legend', add: 'web.form.material.add', item: 'web.form.material.item', remove: 'web.form.material.remove', field: 'web.form.material.field',
    }, onChange,
    columns: [
      { key: 'item', label: 'web.form.material.name', name: 'web.form.material.name.name', make: () => el('input', { autocomplete: 'off' }), read: (c) => c.value.trim() || null },
      { key: 'quantity', label: 'web.form.material.quantity', name: 'web.form.material.quantity.name', make: () => el('input', { type: 'number', inputMode: 'numeric', min: '0', step: '1' }), read: (c) => integer(c) ?? 0 },
    ],
  });
}
