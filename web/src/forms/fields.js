// Labelled controls, and the issues the server returns for them by JSON path ("body.finds[1].quantity"):
// every control of the form is registered under the path of the value it edits, so an issue lands
// next to the control it is about, or next to its nearest registered ancestor ("body.finds").
import { el } from '../dom.js';
import { plain } from '../api.js';
import { t } from '../i18n.js';

let counter = 0;
export const uid = (prefix) => `${prefix}-${++counter}`;

export class FieldRegistry {
  constructor() {
    this.fields = new Map();
  }

  add(path, control, message, label) {
    this.fields.set(path, { control, message, label, describedBy: control.getAttribute('aria-describedby') });
  }

  /** The label the user sees for the field at path (or its nearest labelled ancestor); null when none has one. */
  label(path) {
    for (let p = path; p; p = parentOf(p)) if (this.fields.get(p)?.label) return this.fields.get(p).label;
    return null;
  }

  /** Forgets the fields under path (its rows), keeping path itself. */
  removeUnder(path) {
    for (const key of [...this.fields.keys()]) if (key.startsWith(`${path}[`) || key.startsWith(`${path}.`)) this.fields.delete(key);
  }

  /** The field an issue's path belongs to: itself, else its nearest registered ancestor, else the form ("report"). */
  find(path) {
    for (let p = path; p; p = parentOf(p)) if (this.fields.has(p)) return this.fields.get(p);
    return this.fields.get('report');
  }

  clear() {
    for (const f of this.fields.values()) {
      f.message.replaceChildren();
      f.control.removeAttribute('aria-invalid');
      if (f.describedBy) f.control.setAttribute('aria-describedby', f.describedBy);
      else f.control.removeAttribute('aria-describedby');
    }
  }

  /** Shows one issue next to its field; returns the control it was put on. */
  show(issue) {
    const f = this.find(issue.field);
    if (!f) return null;
    f.message.append(el('p', { className: `issue ${issue.severity}` }, issueText(issue.severity, plain(issue.message, (p) => this.label(p)))));
    if (issue.severity === 'error') f.control.setAttribute('aria-invalid', 'true');
    const ids = new Set((f.control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    ids.add(f.message.id);
    f.control.setAttribute('aria-describedby', [...ids].join(' '));
    return f.control;
  }
}

/** The server's sentence about a field, said as an error, a warning or a note. */
export function issueText(severity, message) {
  if (severity === 'error') return t('web.form.issue.error', { message });
  if (severity === 'warning') return t('web.form.issue.warning', { message });
  return t('web.form.issue.note', { message });
}

function parentOf(path) {
  const at = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return at > 0 ? path.slice(0, at) : '';
}

/** A label, its control and the place for the control's issues, registered under path. */
export function field(registry, path, label, control, hint) {
  control.id ||= uid('field');
  control.name ||= path;
  const message = el('div', { id: `${control.id}-issues`, className: 'field-issues', 'aria-live': 'polite' });
  const parts = [el('label', { for: control.id }, label)];
  if (hint) {
    const hintId = `${control.id}-hint`;
    parts.push(el('span', { id: hintId, className: 'hint' }, hint));
    control.setAttribute('aria-describedby', hintId);
  }
  registry.add(path, control, message, label);
  return el('div', { className: 'field' }, ...parts, control, message);
}

export function input(props = {}) {
  return el('input', { autocomplete: 'off', ...props });
}

/** A select of [value, text id] options. */
export function select(options, props = {}) {
  return el('select', props, options.map(([value, id]) => el('option', { value }, t(id))));
}

/** A yes/no/unknown choice read as true, false or null. */
export function tristate(props = {}) {
  return select([['', 'web.form.not-known'], ['true', 'web.form.yes'], ['false', 'web.form.no']], props);
}

/** Puts a value read from a report back into a control (the inverse of text, integer, bool). */
export function write(control, value) {
  if (control.type === 'checkbox') control.checked = value === true;
  else control.value = value === null || value === undefined ? '' : String(value);
}

export const text = (control) => control.value.trim() || null;
export const integer = (control) => (control.value.trim() === '' ? null : Number(control.value));
export const decimal = integer;
export const bool = (control) => (control.value === '' ? null : control.value === 'true');
