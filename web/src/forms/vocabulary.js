// The words of Safeground's report JSON (kebab-case enum names) and how the form shows them.
export const categories = [
  ['ap-mine', 'AP mine'], ['at-mine', 'AT mine'], ['uxo', 'UXO (unexploded)'], ['axo', 'AXO (abandoned)'],
  ['submunition', 'Submunition / cluster'], ['ied', 'IED'], ['small-arms-ammunition', 'Small arms ammunition'],
];
export const conditions = [
  ['intact', 'Intact'], ['damaged', 'Damaged'], ['armed', 'Armed'], ['fuzed', 'Fuzed'], ['deteriorated', 'Deteriorated'], ['unknown', 'Unknown'],
];
export const disposals = [['destroyed-in-situ', 'Destroyed in situ'], ['removed', 'Removed'], ['other', 'Other']];
export const evidenceTypes = [
  ['eo-seen', 'EO seen'], ['marking', 'Marking'], ['scrap', 'Scrap'], ['craters', 'Craters'],
  ['damaged-infrastructure', 'Damaged infrastructure'], ['unused-productive-land', 'Unused productive land'],
  ['reported-detonation', 'Reported detonation'], ['accident', 'Accident'],
];
export const evidenceSources = [['visual', 'Visual'], ['verbal', 'Verbal'], ['records', 'Records']];
export const assets = [['', 'Not known'], ['manual', 'Manual deminers'], ['mechanical', 'Mechanical'], ['mine-detection-dogs', 'Mine detection dogs']];
export const genders = [['unknown', 'Unknown'], ['female', 'Female'], ['male', 'Male']];
export const outcomes = [['injured', 'Injured'], ['killed', 'Killed']];
export const hazardClasses = [['sha', 'SHA (suspected)'], ['cha', 'CHA (confirmed)']];

/**
 * The kinds the form files. geometry: the body's polygon field; remaining: the hazard's remaining area is a
 * sensible start for the drawing; hazard: 'existing' (must name one), 'new' (names the hazard it creates) or 'optional'.
 */
export const kinds = [
  { value: 'completion', label: 'Completion (clearance finished)', wire: 'completion', geometry: 'cleared', geometryLabel: 'Cleared polygon', remaining: true, finds: true, hazard: 'existing' },
  { value: 'clearance-progress', label: 'Clearance progress', wire: 'clearance-progress', geometry: 'areaWorked', geometryLabel: 'Area cleared since the last report', remaining: true, finds: true, hazard: 'existing' },
  { value: 'technical-survey', label: 'Technical survey (reduce land)', wire: 'technical-survey', geometry: 'reduced', geometryLabel: 'Land reduced (shown free of EO)', remaining: true, finds: true, hazard: 'existing' },
  { value: 'nts-create', label: 'Non-technical survey: record a new hazard', wire: 'non-technical-survey', action: 'create', geometry: 'perimeter', geometryLabel: 'Perimeter of the hazardous area', hazard: 'new' },
  { value: 'nts-cancel', label: 'Non-technical survey: cancel land', wire: 'non-technical-survey', action: 'cancel', geometry: 'cancelled', geometryLabel: 'Land cancelled (none drawn: all that remains)', remaining: true, hazard: 'existing' },
  { value: 'eod-spot-task', label: 'EOD spot task', wire: 'eod-spot-task', finds: true, hazard: 'optional' },
  { value: 'accident', label: 'Accident', wire: 'accident', victims: true, hazard: 'optional' },
];
