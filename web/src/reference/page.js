// One tab of the reference view: the table of a kind's records (retired ones on request), the add/edit form, and
// retiring with a confirm step (the day it takes effect, today unless changed). After each change the table is read
// again from the server, so it shows what the server now holds.
import { api, problem } from '../api.js';
import { day, el } from '../dom.js';
import { t } from '../i18n.js';
import { editor } from './editor.js';
import { today } from './controls.js';

export function page(kind) {
  const status = el('p', { id: `ref-${kind.name}-status`, className: 'reference-status', role: 'status', 'aria-live': 'polite' });
  const showRetired = el('input', { type: 'checkbox', id: `ref-${kind.name}-show-retired` });
  const add = el('button', { type: 'button', id: `ref-${kind.name}-add`, className: 'primary' }, t(kind.words.add));
  const table = el('table', { className: 'reference-table', id: `ref-${kind.name}-table` });
  const confirm = el('div', { className: 'reference-confirm', id: `ref-${kind.name}-confirm`, role: 'group', hidden: true });
  let records = [];
  let choices = {};
  let justSaved = null;

  const form = editor(kind, async (record, edited) => {
    justSaved = kind.key(record);
    await load();
    status.textContent = t(edited ? 'web.reference.edited' : 'web.reference.added', { id: kind.key(record) });
    // The form is gone: the keyboard goes on from the record saved.
    (table.querySelector('tr.just-saved .edit') ?? add).focus();
  }, () => add.focus());

  add.addEventListener('click', () => {
    confirm.hidden = true;
    status.textContent = '';
    form.open(null, choices);
  });
  showRetired.addEventListener('change', () => load());

  const node = el('section', { className: 'reference-kind', id: `ref-${kind.name}`, 'aria-labelledby': `ref-${kind.name}-title` },
    el('div', { className: 'reference-toolbar' },
      el('h3', { id: `ref-${kind.name}-title` }, t(kind.words.title)),
      add,
      el('label', { className: 'reference-toggle', for: showRetired.id }, showRetired, t('web.reference.show-retired'))),
    status, form.node, confirm, el('div', { className: 'reference-table-box' }, table));

  async function load() {
    const [list, c] = await Promise.all([kind.list(showRetired.checked), kind.choices()]);
    choices = c;
    if (!list.ok) {
      status.textContent = problem(list, (code) => t('web.reference.load-failed', { status: code }));
      return;
    }
    records = list.items;
    render();
  }

  function render() {
    const head = el('tr', {}, kind.columns.map(([label]) => el('th', { scope: 'col' }, t(label))),
      el('th', { scope: 'col' }, t('web.reference.retired-on')), el('th', { scope: 'col' }, t('web.reference.actions')));
    const body = records.map((r) => {
      const id = kind.key(r);
      const edit = el('button', { type: 'button', className: 'edit', 'aria-label': t('web.reference.edit-one', { id }) }, t('web.reference.edit'));
      edit.addEventListener('click', () => {
        confirm.hidden = true;
        status.textContent = '';
        form.open(r, choices);
      });
      const retire = r.retiredOn ? null : el('button', { type: 'button', className: 'retire', 'aria-label': t('web.reference.retire-one', { id }) }, t('web.reference.retire'));
      retire?.addEventListener('click', () => askToRetire(r));
      return el('tr', { className: [r.retiredOn ? 'retired' : '', id === justSaved ? 'just-saved' : ''].join(' ').trim(), 'data-id': id },
        kind.columns.map(([, value]) => el('td', {}, value(r, choices) ?? '')),
        el('td', {}, r.retiredOn ? day(r.retiredOn) : ''),
        el('td', { className: 'reference-actions' }, edit, retire));
    });
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, body.length ? body
      : el('tr', {}, el('td', { colSpan: kind.columns.length + 2 }, t(kind.words.empty)))));
  }

  // The confirm step: what retiring means, the day it takes effect, and the one button that does it.
  function askToRetire(record) {
    form.close();
    const id = kind.key(record);
    const on = el('input', { type: 'date', id: `ref-${kind.name}-retire-on`, value: today(), required: true });
    const yes = el('button', { type: 'button', className: 'danger', id: `ref-${kind.name}-retire-confirm` }, t('web.reference.retire-confirm'));
    const no = el('button', { type: 'button', id: `ref-${kind.name}-retire-cancel` }, t('web.reference.cancel'));
    const message = el('p', { id: `ref-${kind.name}-retire-issues`, 'aria-live': 'polite' });
    message.classList.add('issue', 'error');
    confirm.setAttribute('aria-label', t(kind.words.retire, { id }));
    confirm.replaceChildren(el('p', {}, el('strong', {}, t(kind.words.retire, { id }))), el('p', {}, t('web.reference.retire-means')),
      el('div', { className: 'reference-confirm-row' }, el('label', { for: on.id }, t('web.reference.retire-on')), on, yes, no), message);
    confirm.hidden = false;
    let pending = false;
    no.addEventListener('click', () => {
      confirm.hidden = true;
      add.focus();
    });
    yes.addEventListener('click', async () => {
      if (pending) return;
      pending = true;
      yes.disabled = true;
      message.textContent = '';
      try {
        const result = await api(`${kind.path}/${encodeURIComponent(id)}/retire?on=${encodeURIComponent(on.value)}`, { method: 'POST' });
        if (!result.ok) {
          message.textContent = t('web.form.issue.error', { message: problem(result, (code) => t('web.reference.failed', { status: code })) });
          return;
        }
        confirm.hidden = true;
        justSaved = id;
        await load();
        status.textContent = t('web.reference.retired', { id, day: result.body.retiredOn });
        add.focus(); // the row has gone unless retired ones are shown
      } finally {
        pending = false;
        yes.disabled = false;
      }
    });
    on.focus();
  }

  return { node, load };
}
