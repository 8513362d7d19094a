// The words of Safeground's report JSON (kebab-case enum names) and the text ids the form shows them by
// (web.vocabulary.*, in locales/<lang>.json): select() and the labels render them with t().
export const categories = [
  ['ap-mine', 'web.vocabulary.category.ap-mine'], ['at-mine', 'web.vocabulary.category.at-mine'], ['uxo', 'web.vocabulary.category.uxo'], ['axo', 'web.vocabulary.category.axo'],
  ['submunition', 'web.vocabulary.category.submunition'], ['ied', 'web.vocabulary.category.ied'], ['small-arms-ammunition', 'web.vocabulary.category.small-arms-ammunition'],
];
export const conditions = [
  ['intact', 'web.vocabulary.condition.intact'], ['damaged', 'web.vocabulary.condition.damaged'], ['armed', 'web.vocabulary.condition.armed'], ['fuzed', 'web.vocabulary.condition.fuzed'], ['deteriorated', 'web.vocabulary.condition.deteriorated'], ['unknown', 'web.vocabulary.condition.unknown'],
];
export const disposals = [['destroyed-in-situ', 'web.vocabulary.disposal.destroyed-in-situ'], ['removed', 'web.vocabulary.disposal.removed'], ['other', 'web.vocabulary.disposal.other']];
export const evidenceTypes = [
  ['eo-seen', 'web.vocabulary.evidence-type.eo-seen'], ['marking', 'web.vocabulary.evidence-type.marking'], ['scrap', 'web.vocabulary.evidence-type.scrap'], ['craters', 'web.vocabulary.evidence-type.craters'],
  ['damaged-infrastructure', 'web.vocabulary.evidence-type.damaged-infrastructure'], ['unused-productive-land', 'web.vocabulary.evidence-type.unused-productive-land'],
  ['reported-detonation', 'web.vocabulary.evidence-type.reported-detonation'], ['accident', 'web.vocabulary.evidence-type.accident'],
];
export const evidenceSources = [['visual', 'web.vocabulary.evidence-source.visual'], ['verbal', 'web.vocabulary.evidence-source.verbal'], ['records', 'web.vocabulary.evidence-source.records']];
export const assets = [['', 'web.vocabulary.asset.not-known'], ['manual', 'web.vocabulary.asset.manual'], ['mechanical', 'web.vocabulary.asset.mechanical'], ['mine-detection-dogs', 'web.vocabulary.asset.mine-detection-dogs']];
export const genders = [['unknown', 'web.vocabulary.gender.unknown'], ['female', 'web.vocabulary.gender.female'], ['male', 'web.vocabulary.gender.male']];
export const ageBands = [['unknown', 'web.vocabulary.age-band.unknown'], ['child', 'web.vocabulary.age-band.child'], ['adult', 'web.vocabulary.age-band.adult'], ['older', 'web.vocabulary.age-band.older']];
export const qcResults = [['passed', 'web.vocabulary.qc-result.passed'], ['failed', 'web.vocabulary.qc-result.failed']];
export const ncSeverities = [['minor', 'web.vocabulary.nc-severity.minor'], ['major', 'web.vocabulary.nc-severity.major'], ['critical', 'web.vocabulary.nc-severity.critical']];
export const eoreMethods = [
  ['presentation', 'web.vocabulary.eore-method.presentation'], ['interpersonal', 'web.vocabulary.eore-method.interpersonal'],
  ['community-liaison', 'web.vocabulary.eore-method.community-liaison'], ['mass-media', 'web.vocabulary.eore-method.mass-media'],
  ['digital', 'web.vocabulary.eore-method.digital'], ['other', 'web.vocabulary.eore-method.other'],
];
// What the people were doing when it went off (casualty surveillance's activity at the time).
export const casualtyActivities = [
  ['unknown', 'web.vocabulary.activity.unknown'], ['farming', 'web.vocabulary.activity.farming'],
  ['herding', 'web.vocabulary.activity.herding'], ['collecting-firewood', 'web.vocabulary.activity.collecting-firewood'],
  ['collecting-scrap', 'web.vocabulary.activity.collecting-scrap'], ['collecting-food', 'web.vocabulary.activity.collecting-food'],
  ['hunting', 'web.vocabulary.activity.hunting'], ['travelling', 'web.vocabulary.activity.travelling'],
  ['playing', 'web.vocabulary.activity.playing'], ['tampering', 'web.vocabulary.activity.tampering'],
  ['household', 'web.vocabulary.activity.household'], ['construction', 'web.vocabulary.activity.construction'],
  ['other', 'web.vocabulary.activity.other'],
];
export const outcomes = [['injured', 'web.vocabulary.outcome.injured'], ['killed', 'web.vocabulary.outcome.killed']];
export const hazardClasses = [['sha', 'web.vocabulary.hazard-class.sha'], ['cha', 'web.vocabulary.hazard-class.cha']];
// What a survey states contaminates the area (Landmine Monitor / Article 7 types); not stated is the empty choice.
export const contaminationTypes = [
  ['', 'web.vocabulary.contamination-type.not-stated'], ['anti-personnel-mines', 'web.word.contamination-type.anti-personnel-mines'],
  ['anti-vehicle-mines', 'web.word.contamination-type.anti-vehicle-mines'], ['cluster-munitions', 'web.word.contamination-type.cluster-munitions'],
  ['improvised-mines', 'web.word.contamination-type.improvised-mines'], ['other-erw', 'web.word.contamination-type.other-erw'],
];

/**
 * The kinds the form files (label and geometryLabel are text ids). geometry: the body's polygon field; remaining: the hazard's remaining area is a
 * sensible start for the drawing; hazard: 'existing' (must name one), 'new' (names the hazard it creates) or 'optional'.
 */
export const kinds = [
  { value: 'completion', label: 'web.vocabulary.kind.completion', wire: 'completion', geometry: 'cleared', geometryLabel: 'web.vocabulary.geometry.completion', remaining: true, finds: true, hazard: 'existing' },
  { value: 'clearance-progress', label: 'web.vocabulary.kind.clearance-progress', wire: 'clearance-progress', geometry: 'areaWorked', geometryLabel: 'web.vocabulary.geometry.clearance-progress', remaining: true, finds: true, hazard: 'existing' },
  { value: 'technical-survey', label: 'web.vocabulary.kind.technical-survey', wire: 'technical-survey', geometry: 'reduced', geometryLabel: 'web.vocabulary.geometry.technical-survey', remaining: true, finds: true, hazard: 'existing' },
  { value: 'nts-create', label: 'web.vocabulary.kind.nts-create', wire: 'non-technical-survey', action: 'create', geometry: 'perimeter', geometryLabel: 'web.vocabulary.geometry.nts-create', hazard: 'new' },
  { value: 'nts-cancel', label: 'web.vocabulary.kind.nts-cancel', wire: 'non-technical-survey', action: 'cancel', geometry: 'cancelled', geometryLabel: 'web.vocabulary.geometry.nts-cancel', remaining: true, hazard: 'existing' },
  { value: 'eod-spot-task', label: 'web.vocabulary.kind.eod-spot-task', wire: 'eod-spot-task', finds: true, hazard: 'optional' },
  { value: 'accident', label: 'web.vocabulary.kind.accident', wire: 'accident', victims: true, hazard: 'optional' },
  { value: 'qa-visit', label: 'web.vocabulary.kind.qa-visit', wire: 'qa-visit', hazard: 'optional' },
  { value: 'qc-sampling', label: 'web.vocabulary.kind.qc-sampling', wire: 'qc-sampling', geometry: 'sampled', geometryLabel: 'web.vocabulary.geometry.qc-sampling', finds: true, hazard: 'existing' },
  { value: 'non-conformity', label: 'web.vocabulary.kind.non-conformity', wire: 'non-conformity', hazard: 'optional' },
  { value: 'reopening', label: 'web.vocabulary.kind.reopening', wire: 'reopening', geometry: 'reopened', geometryLabel: 'web.vocabulary.geometry.reopening', hazard: 'existing' },
  { value: 'risk-education', label: 'web.vocabulary.kind.risk-education', wire: 'risk-education', hazard: 'optional' },
  { value: 'casualty-incident', label: 'web.vocabulary.kind.casualty-incident', wire: 'casualty-incident', hazard: 'optional' },
];
