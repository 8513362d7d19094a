// The kinds of reference data the view manages, in the order of its tabs (#reference/<name>).
import { organisations } from './organisations.js';
import { teams } from './teams.js';
import { deployments } from './deployments.js';
import { ordnance } from './ordnance.js';

export const kinds = [organisations, teams, deployments, ordnance];
