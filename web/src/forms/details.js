// The lists a report's body carries, as rows: finds (every kind that finds EO), victims (accident),
// evidence (non-technical survey that records a hazard).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { integer, select, text } from './fields.js';
import { modelInput } from './models.js';
import { rows } from './rows.js';
import { categories, conditions, disposals, evidenceSources, evidenceTypes, genders, outcomes } from './vocabulary.js';

const value = (control) => control.value;
const number = (props) => () => el('input', { type: 'number', inputMode: 'numeric', ...props });
const line = (props = {}) => () => el('input', { autocomplete: 'off', ...props });

export function finds(registry, pick, onChange) {
  return rows(registry, {
    path: 'body.finds', idPrefix: 'find', words: {
      legend: 'web.form.find.legend', add: 'web.form.find.add', item: 'web.form.find.item', remove: 'web.form.find.remove', field: 'web.form.find.field', pick: 'web.form.find.pick',
    }, pick, onChange,
    columns: [
      { key: 'category', label: 'web.form.find.category', name: 'web.form.find.category.name', make: () => select(categories), read: value },
      // The catalogue's models are offered as the model is typed; any other name may still be written.
      { key: 'model', label: 'web.form.find.model', name: 'web.form.find.model.name', make: () => modelInput({ placeholder: t('web.form.find.model.placeholder') }), read: text },
      // An empty quantity goes as 0, so the server's rule (at least 1) says what is wrong.
      { key: 'quantity', label: 'web.form.find.quantity', name: 'web.form.find.quantity.name', make: number({ min: '1', step: '1', value: '1' }), read: (c) => integer(c) ?? 0 },
      { key: 'condition', label: 'web.form.find.condition', name: 'web.form.find.condition.name', make: () => select(conditions), read: value },
      { key: 'depthCm', label: 'web.form.find.depth-cm', name: 'web.form.find.depth-cm.name', make: number({ min: '0', step: '1' }), read: integer },
      { key: 'position', label: 'web.form.find.position', name: 'web.form.find.position.name', point: true },
      { key: 'disposal', label: 'web.form.find.disposal', name: 'web.form.find.disposal.name', make: () => select(disposals), read: value },
    ],
  });
}

export function victims(registry, onChange) {
  return rows(registry, {
    path: 'body.victims', idPrefix: 'victim', words: {
      legend: 'web.form.victim.legend', add: 'web.form.victim.add', item: 'web.form.victim.item', remove: 'web.form.victim.remove', field: 'web.form.victim.field',
    }, onChange,
    columns: [
      { key: 'outcome', label: 'web.form.victim.outcome', name: 'web.form.victim.outcome.name', make: () => select(outcomes), read: value },
      { key: 'gender', label: 'web.form.victim.gender', name: 'web.form.victim.gender.name', make: () => select(genders), read: value },
      { key: 'age', label: 'web.form.victim.age', name: 'web.form.victim.age.name', make: number({ min: '0', max: '120', step: '1' }), read: integer },
      { key: 'role', label: 'web.form.victim.role', name: 'web.form.victim.role.name', make: line(), read: text },
      { key: 'injuries', label: 'web.form.victim.injuries', name: 'web.form.victim.injuries.name', make: line(), read: text },
      { key: 'activityAtTime', label: 'web.form.victim.activity-at-time', name: 'web.form.victim.activity-at-time.name', make: line(), read: text },
      { key: 'name', label: 'web.form.victim.name', name: 'web.form.victim.name.name', make: line(), read: text },
    ],
  });
}

export function evidence(registry, onChange) {
  return rows(registry, {
    path: 'body.evidence', idPrefix: 'evidence', words: {
      legend: 'web.form.evidence.legend', add: 'web.form.evidence.add', item: 'web.form.evidence.item', remove: 'web.form.evidence.remove', field: 'web.form.evidence.field',
    }, onChange,
    columns: [
      { key: 'type', label: 'web.form.evidence.type', name: 'web.form.evidence.type.name', make: () => select(evidenceTypes), read: value },
      { key: 'source', label: 'web.form.evidence.source', name: 'web.form.evidence.source.name', make: () => select(evidenceSources), read: value },
      { key: 'note', label: 'web.form.evidence.note', name: 'web.form.evidence.note.name', make: line(), read: text },
    ],
  });
}
