// The lists a report's body carries, as rows: finds (every kind that finds EO), victims (accident),
// evidence (non-technical survey that records a hazard).
import { el } from '../dom.js';
import { integer, select, text } from './fields.js';
import { rows } from './rows.js';
import { categories, conditions, disposals, evidenceSources, evidenceTypes, genders, outcomes } from './vocabulary.js';

const value = (control) => control.value;
const number = (props) => () => el('input', { type: 'number', inputMode: 'numeric', ...props });
const line = (props = {}) => () => el('input', { autocomplete: 'off', ...props });

export function finds(registry, pick, onChange) {
  return rows(registry, {
    path: 'body.finds', idPrefix: 'find', legend: 'Finds', itemName: 'Find', addLabel: 'Add a find', pick, onChange,
    columns: [
      { key: 'category', label: 'Category', make: () => select(categories), read: value },
      { key: 'model', label: 'Model', make: line({ placeholder: 'PMN-2' }), read: text },
      // An empty quantity goes as 0, so the server's rule (at least 1) says what is wrong.
      { key: 'quantity', label: 'Quantity', make: number({ min: '1', step: '1', value: '1' }), read: (c) => integer(c) ?? 0 },
      { key: 'condition', label: 'Condition', make: () => select(conditions), read: value },
      { key: 'depthCm', label: 'Depth (cm)', make: number({ min: '0', step: '1' }), read: integer },
      { key: 'position', label: 'Position', point: true },
      { key: 'disposal', label: 'Disposal', make: () => select(disposals), read: value },
    ],
  });
}

export function victims(registry, onChange) {
  return rows(registry, {
    path: 'body.victims', idPrefix: 'victim', legend: 'Victims', itemName: 'Victim', addLabel: 'Add a victim', onChange,
    columns: [
      { key: 'outcome', label: 'Killed or injured', make: () => select(outcomes), read: value },
      { key: 'gender', label: 'Gender', make: () => select(genders), read: value },
      { key: 'age', label: 'Age', make: number({ min: '0', max: '120', step: '1' }), read: integer },
      { key: 'role', label: 'Role (deminer, farmer…)', make: line(), read: text },
      { key: 'injuries', label: 'Injuries', make: line(), read: text },
      { key: 'activityAtTime', label: 'Activity at the time', make: line(), read: text },
      { key: 'name', label: 'Name (personal data)', make: line(), read: text },
    ],
  });
}

export function evidence(registry, onChange) {
  return rows(registry, {
    path: 'body.evidence', idPrefix: 'evidence', legend: 'Evidence', itemName: 'Evidence', addLabel: 'Add evidence', onChange,
    columns: [
      { key: 'type', label: 'Type', make: () => select(evidenceTypes), read: value },
      { key: 'source', label: 'Source', make: () => select(evidenceSources), read: value },
      { key: 'note', label: 'Note', make: line(), read: text },
    ],
  });
}
