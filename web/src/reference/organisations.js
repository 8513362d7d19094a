// Organisations: operators and authorities, with what each is accredited to do and until when (IMAS 07.30).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { text } from '../forms/fields.js';
import { rows } from '../forms/rows.js';
import { referenceList } from './lists.js';
import { choice, controls, date, line } from './controls.js';
import { activities, wordIn } from './words.js';

const value = (control) => control.value;

export const organisations = {
  name: 'organisations',
  path: '/api/v1/organisations',
  words: {
    title: 'web.reference.organisations.title', add: 'web.reference.organisations.add', edit: 'web.reference.organisations.edit',
    retire: 'web.reference.organisations.retire', empty: 'web.reference.organisations.empty',
  },
  keys: ['id', 'name', 'country', 'accreditations'],
  conflictKey: 'id',
  key: (o) => o.id,
  list: (all) => referenceList('/api/v1/organisations', all),
  choices: async () => ({}),
  columns: [
    ['web.reference.id', (o) => o.id],
    ['web.reference.name', (o) => o.name],
    ['web.reference.organisations.country', (o) => o.country],
    ['web.reference.organisations.accreditations', (o) => accreditations(o.accreditations)],
  ],
  form(registry, o) {
    const c = controls(registry, 'organisations');
    const accredited = rows(registry, {
      path: 'accreditations', idPrefix: 'ref-accreditation', words: {
        legend: 'web.reference.organisations.accreditations', add: 'web.reference.organisations.accreditation.add', item: 'web.reference.organisations.accreditation.item',
        remove: 'web.reference.organisations.accreditation.remove', field: 'web.reference.organisations.accreditation.field',
      },
      columns: [
        { key: 'activity', label: 'web.reference.organisations.activity', name: 'web.reference.organisations.activity.name', make: () => choice(activities), read: value },
        { key: 'validUntil', label: 'web.reference.organisations.valid-until', name: 'web.reference.organisations.valid-until.name', make: () => date(), read: text },
      ],
    });
    accredited.write(o?.accreditations ?? []);
    const nodes = [
      c.field('id', 'web.reference.id', line(o?.id, { readOnly: Boolean(o) }), o ? null : 'web.reference.id.hint'),
      c.field('name', 'web.reference.name', line(o?.name)),
      c.field('country', 'web.reference.organisations.country', line(o?.country), 'web.reference.organisations.country.hint'),
      accredited.node,
      el('p', { className: 'hint' }, t('web.reference.organisations.unmanaged')),
    ];
    return {
      nodes,
      read: () => ({
        id: c.byKey.id.value.trim(), name: c.byKey.name.value.trim(), country: c.byKey.country.value.trim(),
        accreditations: accredited.read(),
      }),
    };
  },
};

// "Clearance until 2027-06-30, EOD": each accreditation, open-ended ones without a day.
function accreditations(list) {
  if (!list?.length) return t('web.reference.organisations.unmanaged-short');
  return list.map((a) => (a.validUntil
    ? t('web.reference.organisations.accredited-until', { activity: wordIn(activities, a.activity), until: a.validUntil })
    : wordIn(activities, a.activity))).join(', ');
}
