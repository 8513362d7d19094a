// Deployments: a team sent to a region from a day for a planned number of days (a 120-day rotation is typical).
import { day, el } from '../dom.js';
import { formatNumber } from '../i18n.js';
import { integer, text } from '../forms/fields.js';
import { allOf, referenceList } from './lists.js';
import { controls, date, line, recordChoice, recordName, whole } from './controls.js';

export const deployments = {
  name: 'deployments',
  path: '/api/v1/deployments',
  words: {
    title: 'web.reference.deployments.title', add: 'web.reference.deployments.add', edit: 'web.reference.deployments.edit',
    retire: 'web.reference.deployments.retire', empty: 'web.reference.deployments.empty',
  },
  keys: ['id', 'teamId', 'region', 'start', 'plannedDays'],
  conflictKey: 'id',
  key: (d) => d.id,
  list: (all) => referenceList('/api/v1/deployments', all),
  // The regions deployments already name, offered as the region is typed (the field stays free text).
  choices: async () => {
    const [allTeams, all] = await Promise.all([allOf('/api/v1/teams'), allOf('/api/v1/deployments')]);
    return { teams: allTeams, regions: [...new Set(all.map((d) => d.region).filter(Boolean))].sort() };
  },
  columns: [
    ['web.reference.id', (d) => d.id],
    ['web.reference.deployments.team', (d, c) => recordName(c.teams, d.teamId)],
    ['web.reference.deployments.region', (d) => d.region],
    ['web.reference.deployments.start', (d) => day(d.start)],
    ['web.reference.deployments.planned-days', (d) => formatNumber(d.plannedDays, 0)],
    ['web.reference.deployments.planned-end', (d) => day(d.plannedEnd)],
  ],
  form(registry, d, choices) {
    const c = controls(registry, 'deployments');
    const region = line(d?.region);
    region.setAttribute('list', 'ref-deployments-regions'); // an attribute only: el() sets properties
    const nodes = [
      c.field('id', 'web.reference.id', line(d?.id, { readOnly: Boolean(d) }), d ? null : 'web.reference.id.hint'),
      c.field('teamId', 'web.reference.deployments.team', recordChoice(choices.teams, d?.teamId)),
      c.field('region', 'web.reference.deployments.region', region),
      el('datalist', { id: 'ref-deployments-regions' }, choices.regions.map((r) => el('option', { value: r }))),
      c.field('start', 'web.reference.deployments.start', date(d?.start)),
      c.field('plannedDays', 'web.reference.deployments.planned-days', whole(d?.plannedDays ?? 120)),
    ];
    return {
      nodes,
      // An empty start goes as null, so the server's reading says which value is missing.
      read: () => ({
        id: c.byKey.id.value.trim(), teamId: c.byKey.teamId.value, region: region.value.trim(),
        start: text(c.byKey.start), plannedDays: integer(c.byKey.plannedDays) ?? 0,
      }),
    };
  },
};
