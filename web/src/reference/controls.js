// The labelled controls of a reference form, each registered under the JSON name of the value it edits (name,
// organisationId, plannedDays...), so that a refusal naming that value is shown next to it. Ids start ref-<kind>-.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, select, write } from '../forms/fields.js';

/** A form's controls by key, and field(key, label id, control, hint id) making each one's labelled block. */
export function controls(registry, kind) {
  const byKey = {};
  return {
    byKey,
    field(key, labelId, control, hintId) {
      control.id = `ref-${kind}-${key}`;
      byKey[key] = control;
      return field(registry, key, t(labelId), control, hintId ? t(hintId) : undefined);
    },
  };
}

/** A text input holding value (an empty one when value is absent). */
export function line(value, props = {}) {
  const control = input({ spellcheck: false, dir: 'auto', ...props });
  write(control, value);
  return control;
}

/** A whole-number input (min 1 by default). */
export function whole(value, props = {}) {
  const control = el('input', { type: 'number', inputMode: 'numeric', min: '1', step: '1', ...props });
  write(control, value);
  return control;
}

/** A yyyy-MM-dd date input. */
export function date(value) {
  const control = el('input', { type: 'date' });
  write(control, value);
  return control;
}

/** A select of [value, text id] options with value chosen. */
export function choice(options, value) {
  const control = select(options);
  if (value !== undefined && value !== null) control.value = value;
  return control;
}

/** A select of records ([{ id, name, retiredOn }]): the working ones, and the chosen one even when it is retired. */
export function recordChoice(records, value) {
  const offered = records.filter((r) => !r.retiredOn || r.id === value);
  const control = el('select', {}, el('option', { value: '' }, t('web.reference.choose')),
    offered.map((r) => el('option', { value: r.id }, t('web.reference.choice', { id: r.id, name: r.name ?? '' }))));
  control.value = value ?? '';
  return control;
}

/** A record's name and id as a table cell reads it, or the id alone when the record is not among records. */
export function recordName(records, id) {
  const found = records.find((r) => r.id === id);
  return found ? t('web.reference.choice', { id, name: found.name ?? '' }) : String(id ?? '');
}

/** Today as yyyy-MM-dd in the user's own time zone (the day a retirement takes effect by default). */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
