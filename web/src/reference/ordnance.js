// The ordnance catalogue: each model with its category, how it is initiated, a one-line hazard note for the field
// and the other names it goes by. A model is edited and retired by its name (the API finds it however written).
import { el } from '../dom.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { text } from '../forms/fields.js';
import { categories } from '../forms/vocabulary.js';
import { choice, controls, line } from './controls.js';
import { fuzeKinds, wordIn } from './words.js';

// A sentence's field: two columns wide.
const wide = (node) => {
  node.classList.add('wide');
  return node;
};

export const ordnance = {
  name: 'ordnance',
  path: '/api/v1/ordnance',
  words: {
    title: 'web.reference.ordnance.title', add: 'web.reference.ordnance.add', edit: 'web.reference.ordnance.edit',
    retire: 'web.reference.ordnance.retire', empty: 'web.reference.ordnance.empty',
  },
  keys: ['name', 'category', 'fuzes', 'hazard', 'aliases', 'country'],
  conflictKey: 'name',
  key: (m) => m.name,
  async list(all) {
    const result = await api(all ? '/api/v1/ordnance?all=true' : '/api/v1/ordnance');
    if (!result.ok) return result;
    /** @type {import('../api-types.js').OrdnanceModelView[]} */
    const models = result.body;
    return { ok: true, items: [...models].sort((a, b) => a.name.localeCompare(b.name)) };
  },
  choices: async () => ({}),
  columns: [
    ['web.reference.name', (m) => m.name],
    ['web.reference.ordnance.category', (m) => wordIn(categories, m.category)],
    ['web.reference.ordnance.fuzes', (m) => m.fuzes.map((f) => wordIn(fuzeKinds, f)).join(', ')],
    ['web.reference.ordnance.aliases', (m) => m.aliases.join(', ')],
    ['web.reference.ordnance.hazard', (m) => m.hazard ?? ''],
  ],
  form(registry, m) {
    const c = controls(registry, 'ordnance');
    // Fuzes: one checkbox each; none ticked is sent as none, which the catalogue records as unknown.
    const boxes = fuzeKinds.map(([v, id]) => {
      const box = el('input', { type: 'checkbox', value: v, id: `ref-ordnance-fuze-${v}`, checked: Boolean(m?.fuzes.includes(v)) });
      return el('label', { for: box.id }, box, t(id));
    });
    const fuzes = el('fieldset', { className: 'choices', id: 'ref-ordnance-fuzes' }, el('legend', {}, t('web.reference.ordnance.fuzes')), boxes);
    const fuzeIssues = el('div', { id: 'ref-ordnance-fuzes-issues', className: 'field-issues', 'aria-live': 'polite' });
    fuzes.append(fuzeIssues);
    registry.add('fuzes', fuzes, fuzeIssues, t('web.reference.ordnance.fuzes'));
    const nodes = [
      c.field('name', 'web.reference.name', line(m?.name), m ? 'web.reference.ordnance.name.hint' : null),
      c.field('category', 'web.reference.ordnance.category', choice(categories, m?.category)),
      fuzes,
      wide(c.field('hazard', 'web.reference.ordnance.hazard', line(m?.hazard), 'web.reference.ordnance.hazard.hint')),
      c.field('aliases', 'web.reference.ordnance.aliases', line(m?.aliases.join(', ')), 'web.reference.ordnance.aliases.hint'),
      c.field('country', 'web.reference.ordnance.country', line(m?.country)),
    ];
    return {
      nodes,
      read: () => ({
        name: c.byKey.name.value.trim(), category: c.byKey.category.value,
        fuzes: [...fuzes.querySelectorAll('input:checked')].map((b) => b.value),
        hazard: text(c.byKey.hazard), aliases: c.byKey.aliases.value.split(',').map((a) => a.trim()).filter(Boolean),
        country: text(c.byKey.country),
      }),
    };
  },
};
