// The code words of the reference API (kebab-case enum values) and the text ids a form and a table show them by:
// what an organisation is accredited for, the roles in a team, a team's asset, how an ordnance model is initiated.
import { t } from '../i18n.js';

export const activities = [
  ['non-technical-survey', 'web.word.activity.non-technical-survey'], ['technical-survey', 'web.word.activity.technical-survey'],
  ['clearance', 'web.word.activity.clearance'], ['eod', 'web.word.activity.eod'],
  ['risk-education', 'web.word.activity.risk-education'], ['quality-management', 'web.word.activity.quality-management'],
];

export const teamRoles = [
  ['team-leader', 'web.word.team-role.team-leader'], ['section-leader', 'web.word.team-role.section-leader'],
  ['deminer', 'web.word.team-role.deminer'], ['medic', 'web.word.team-role.medic'],
  ['dog-handler', 'web.word.team-role.dog-handler'], ['machine-operator', 'web.word.team-role.machine-operator'],
  ['eod-operator', 'web.word.team-role.eod-operator'], ['driver', 'web.word.team-role.driver'],
];

export const assetKinds = [
  ['manual', 'web.vocabulary.asset.manual'], ['mechanical', 'web.vocabulary.asset.mechanical'], ['mine-detection-dogs', 'web.vocabulary.asset.mine-detection-dogs'],
];

export const fuzeKinds = [
  ['unknown', 'web.word.fuze.unknown'], ['pressure', 'web.word.fuze.pressure'], ['pressure-release', 'web.word.fuze.pressure-release'],
  ['tripwire', 'web.word.fuze.tripwire'], ['tilt-rod', 'web.word.fuze.tilt-rod'], ['command', 'web.word.fuze.command'],
  ['time', 'web.word.fuze.time'], ['influence', 'web.word.fuze.influence'], ['seismic', 'web.word.fuze.seismic'],
  ['electric', 'web.word.fuze.electric'], ['impact', 'web.word.fuze.impact'],
];

/** The word of one value of a [value, text id] table; a value the table lacks (a newer server) as it came. */
export function wordIn(table, value) {
  const found = table.find(([v]) => v === value);
  return found ? t(found[1]) : String(value ?? '');
}
