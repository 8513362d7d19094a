// The code words of Safeground's API (kebab-case enum values: statuses, report kinds, release methods, EO
// categories...) as the user reads them, through t(). Each table names its ids whole, so a search finds them; a
// word the table lacks (a newer server) is shown as it came.
import { formatNumber, t } from './i18n.js';

const wordOf = (ids) => (value) => (Object.hasOwn(ids, value) ? t(ids[value]) : String(value ?? ''));

export const hazardStatus = wordOf({
  open: 'web.word.hazard-status.open', 'in-progress': 'web.word.hazard-status.in-progress',
  suspended: 'web.word.hazard-status.suspended', closed: 'web.word.hazard-status.closed',
});

export const contaminationType = wordOf({
  'anti-personnel-mines': 'web.word.contamination-type.anti-personnel-mines', 'anti-vehicle-mines': 'web.word.contamination-type.anti-vehicle-mines',
  'cluster-munitions': 'web.word.contamination-type.cluster-munitions', 'improvised-mines': 'web.word.contamination-type.improvised-mines',
  'other-erw': 'web.word.contamination-type.other-erw',
});

export const hazardClass = wordOf({ sha: 'web.word.hazard-class.sha', cha: 'web.word.hazard-class.cha', SHA: 'web.word.hazard-class.sha', CHA: 'web.word.hazard-class.cha' });

export const reportStatus = wordOf({
  submitted: 'web.word.report-status.submitted', approved: 'web.word.report-status.approved',
  rejected: 'web.word.report-status.rejected', superseded: 'web.word.report-status.superseded',
  // A submission's answer (POST /api/v1/reports).
  accepted: 'web.word.report-status.accepted', 'already-present': 'web.word.report-status.already-present', refused: 'web.word.report-status.refused',
});

export const reportKind = wordOf({
  'non-technical-survey': 'web.word.report-kind.non-technical-survey', 'technical-survey': 'web.word.report-kind.technical-survey',
  'clearance-progress': 'web.word.report-kind.clearance-progress', completion: 'web.word.report-kind.completion',
  'eod-spot-task': 'web.word.report-kind.eod-spot-task', accident: 'web.word.report-kind.accident', handover: 'web.word.report-kind.handover',
  'qa-visit': 'web.word.report-kind.qa-visit', 'qc-sampling': 'web.word.report-kind.qc-sampling', 'non-conformity': 'web.word.report-kind.non-conformity',
  reopening: 'web.word.report-kind.reopening', 'risk-education': 'web.word.report-kind.risk-education', 'casualty-incident': 'web.word.report-kind.casualty-incident',
});

export const releaseMethod = wordOf({
  cancelled: 'web.word.release-method.cancelled', reduced: 'web.word.release-method.reduced', cleared: 'web.word.release-method.cleared',
});

export const severity = wordOf({ info: 'web.word.severity.info', warning: 'web.word.severity.warning', error: 'web.word.severity.error' });

export const role = wordOf({
  viewer: 'web.word.role.viewer', 'field-reporter': 'web.word.role.field-reporter',
  'data-manager': 'web.word.role.data-manager', admin: 'web.word.role.admin',
});

export const eoCategory = wordOf({
  'ap-mine': 'web.vocabulary.category.ap-mine', 'at-mine': 'web.vocabulary.category.at-mine', uxo: 'web.vocabulary.category.uxo',
  axo: 'web.vocabulary.category.axo', submunition: 'web.vocabulary.category.submunition', ied: 'web.vocabulary.category.ied',
  'small-arms-ammunition': 'web.vocabulary.category.small-arms-ammunition',
});

export const evidenceType = wordOf({
  'eo-seen': 'web.vocabulary.evidence-type.eo-seen', marking: 'web.vocabulary.evidence-type.marking', scrap: 'web.vocabulary.evidence-type.scrap',
  craters: 'web.vocabulary.evidence-type.craters', 'damaged-infrastructure': 'web.vocabulary.evidence-type.damaged-infrastructure',
  'unused-productive-land': 'web.vocabulary.evidence-type.unused-productive-land',
  'reported-detonation': 'web.vocabulary.evidence-type.reported-detonation', accident: 'web.vocabulary.evidence-type.accident',
});

export const evidenceSource = wordOf({
  visual: 'web.vocabulary.evidence-source.visual', verbal: 'web.vocabulary.evidence-source.verbal', records: 'web.vocabulary.evidence-source.records',
});

// The attributes of the map's tiles (MapAttributes.cs) shown in a popup: [label, how the value reads]. Finds far
// out are cells counting each category (ap_mine, uxo...); attributes not listed here are not for the reader.
const count = (v) => formatNumber(v, 0);
const day = (v) => t('web.format.day', { day: v });
const popupFields = {
  report_id: ['web.map.popup.report', String],
  date: ['web.map.popup.date', day],
  category: ['web.map.popup.category', eoCategory],
  model: ['web.map.popup.model', String],
  quantity: ['web.map.popup.quantity', count],
  count: ['web.map.popup.count', count],
  cha: ['web.map.popup.cha', count],
  is_demining: ['web.map.popup.demining', (v) => (Number(v) ? t('web.form.yes') : t('web.form.no'))],
  killed: ['web.map.popup.killed', count],
  injured: ['web.map.popup.injured', count],
};

/** The [label, value] rows of a clicked feature's popup. */
export function popupRows(properties) {
  return Object.entries(properties).flatMap(([key, value]) => {
    if (Object.hasOwn(popupFields, key)) return [[t(popupFields[key][0]), popupFields[key][1](value)]];
    const category = key.replaceAll('_', '-');
    if (eoCategory(category) !== category) return [[eoCategory(category), count(value)]]; // a cell's count of one category
    return [];
  });
}
