// The add and edit form of one kind of reference data (the same form, prefilled to edit). Save sends the whole
// record (POST to add, PUT to the record's own path to edit); while it is on its way Save is disabled and a second
// press does nothing, so a double click adds one record. A refusal is shown at the field it names and the form
// keeps everything typed; only a saved record closes it.
import { api, problem } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { FieldRegistry } from '../forms/fields.js';
import { refusedPath } from './refusal.js';

/** kind: one of ./kinds.js; saved(record, edited) runs once the server has the record, cancelled() when the user gives up. */
export function editor(kind, saved, cancelled) {
  const registry = new FieldRegistry();
  const title = el('h3', { id: `ref-${kind.name}-form-title` });
  const body = el('div', { className: 'reference-fields' });
  const message = el('div', { id: `ref-${kind.name}-form-issues`, className: 'field-issues', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', className: 'primary', id: `ref-${kind.name}-save` }, t('web.reference.save'));
  const cancel = el('button', { type: 'button', id: `ref-${kind.name}-cancel` }, t('web.reference.cancel'));
  const form = el('form', { className: 'reference-form', id: `ref-${kind.name}-form`, 'aria-labelledby': title.id, noValidate: true, hidden: true },
    title, body, message, el('div', { className: 'actions' }, save, cancel));
  let editing = null; // the record being edited; null while adding
  let fields = null;
  let pending = false;

  cancel.addEventListener('click', () => {
    close();
    cancelled?.();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (pending) return;
    pending = true;
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    registry.clear();
    try {
      const record = fields.read();
      const result = editing
        ? await api(`${kind.path}/${encodeURIComponent(kind.key(editing))}`, { method: 'PUT', body: JSON.stringify(record) })
        : await api(kind.path, { method: 'POST', body: JSON.stringify(record) });
      if (!result.ok) {
        refused(result);
        return;
      }
      const edited = editing !== null;
      close();
      await saved(result.body, edited);
    } finally {
      pending = false;
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  function refused(result) {
    const sentence = problem(result, (status) => t('web.reference.failed', { status }), (p) => registry.label(p));
    const path = result.unreachable ? 'report' : refusedPath(result, kind.keys, kind.conflictKey);
    const control = registry.show({ field: path, severity: 'error', message: sentence });
    if (control && control !== form) control.focus();
    else message.scrollIntoView?.({ block: 'nearest' });
  }

  function close() {
    form.hidden = true;
    editing = null;
  }

  return {
    node: form,
    /** Opens the form to add (record null) or to edit record, with the choices its selects offer. */
    open(record, choices) {
      editing = record;
      registry.fields.clear();
      message.replaceChildren();
      registry.add('report', form, message, '');
      fields = kind.form(registry, record, choices);
      body.replaceChildren(...fields.nodes);
      title.textContent = record ? t(kind.words.edit, { id: kind.key(record) }) : t(kind.words.add);
      form.hidden = false;
      form.scrollIntoView?.({ block: 'nearest' });
      form.querySelector('input:not([readonly]), select')?.focus();
    },
    close,
  };
}
