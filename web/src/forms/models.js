// The ordnance catalogue's models offered as a find's model is typed: one <datalist> per page holding each model's
// name and the other names it answers to (its aliases), read once from /api/v1/ordnance. The field stays free
// text: a model the catalogue lacks is a warning for the reviewer, never a refusal.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { eoCategory } from '../words.js';

const listId = 'ordnance-models';
let asked = null;

/** A model input offering the catalogue (its list attribute names the page's datalist). */
export function modelInput(props = {}) {
  const control = el('input', { autocomplete: 'off', spellcheck: false, ...props });
  control.setAttribute('list', listId); // an attribute only: el() sets properties
  offer();
  return control;
}

function offer() {
  if (asked) return;
  const list = el('datalist', { id: listId });
  document.querySelector('body').append(list);
  asked = api('/api/v1/ordnance').then((result) => {
    if (!result.ok) {
      list.remove();
      asked = null; // asked again by the next row
      return;
    }
    /** @type {import('../api-types.js').OrdnanceModelView[]} */
    const models = result.body;
    list.replaceChildren(...models.flatMap((m) => [
      el('option', { value: m.name, label: eoCategory(m.category) }),
      ...m.aliases.map((a) => el('option', { value: a, label: t('web.form.find.model.alias-of', { name: m.name }) })),
    ]));
  });
}
