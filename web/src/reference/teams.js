// Teams: each of one organisation, with its main asset, its size and how many members hold each role.
import { formatNumber, t } from '../i18n.js';
import { integer } from '../forms/fields.js';
import { rows } from '../forms/rows.js';
import { allOf, referenceList } from './lists.js';
import { choice, controls, line, recordChoice, recordName, whole } from './controls.js';
import { assetKinds, teamRoles, wordIn } from './words.js';

const value = (control) => control.value;

export const teams = {
  name: 'teams',
  path: '/api/v1/teams',
  words: {
    title: 'web.reference.teams.title', add: 'web.reference.teams.add', edit: 'web.reference.teams.edit',
    retire: 'web.reference.teams.retire', empty: 'web.reference.teams.empty',
  },
  keys: ['id', 'organisationId', 'name', 'asset', 'size', 'roles'],
  conflictKey: 'id',
  key: (team) => team.id,
  list: (all) => referenceList('/api/v1/teams', all),
  choices: async () => ({ organisations: await allOf('/api/v1/organisations') }),
  columns: [
    ['web.reference.id', (team) => team.id],
    ['web.reference.name', (team) => team.name],
    ['web.reference.teams.organisation', (team, c) => recordName(c.organisations, team.organisationId)],
    ['web.reference.teams.asset', (team) => wordIn(assetKinds, team.asset)],
    ['web.reference.teams.size', (team) => formatNumber(team.size, 0)],
    ['web.reference.teams.roles', (team) => (team.roles ?? [])
      .map((r) => t('web.reference.teams.role-count', { role: wordIn(teamRoles, r.role), count: formatNumber(r.count, 0) })).join(', ')],
  ],
  form(registry, team, choices) {
    const c = controls(registry, 'teams');
    const roles = rows(registry, {
      path: 'roles', idPrefix: 'ref-role', words: {
        legend: 'web.reference.teams.roles', add: 'web.reference.teams.role.add', item: 'web.reference.teams.role.item',
        remove: 'web.reference.teams.role.remove', field: 'web.reference.teams.role.field',
      },
      columns: [
        { key: 'role', label: 'web.reference.teams.role', name: 'web.reference.teams.role.name', make: () => choice(teamRoles), read: value },
        // An empty count goes as 0, so the server's rule (more than 0) says what is wrong.
        { key: 'count', label: 'web.reference.teams.count', name: 'web.reference.teams.count.name', make: () => whole(1), read: (control) => integer(control) ?? 0 },
      ],
    });
    roles.write(team?.roles ?? []);
    const nodes = [
      c.field('id', 'web.reference.id', line(team?.id, { readOnly: Boolean(team) }), team ? null : 'web.reference.id.hint'),
      c.field('organisationId', 'web.reference.teams.organisation', recordChoice(choices.organisations, team?.organisationId)),
      c.field('name', 'web.reference.name', line(team?.name)),
      c.field('asset', 'web.reference.teams.asset', choice(assetKinds, team?.asset)),
      c.field('size', 'web.reference.teams.size', whole(team?.size), 'web.reference.teams.size.hint'),
      roles.node,
    ];
    return {
      nodes,
      read: () => ({
        id: c.byKey.id.value.trim(), organisationId: c.byKey.organisationId.value, name: c.byKey.name.value.trim(),
        asset: c.byKey.asset.value, size: integer(c.byKey.size) ?? 0, roles: roles.read(),
      }),
    };
  },
};
