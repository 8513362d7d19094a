// The quality-management panel (IMAS 07.12): what quality management still owes, from the check's own rules
// run alone (/api/v1/checks?rule=…, cheap where the whole check takes seconds): non-conformities past their due
// date and not closed, released land with no quality control sampling in time, and failed samples whose land
// was not returned to hazardous. The check sees the whole programme today: the panel says so, since the
// dashboard's filter does not narrow it.
import { api, problem } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { count, panel } from './panel.js';

export const qualityRules = ['non-conformity-open', 'qc-overdue', 'qc-failed-not-reopened'];
const ruleNames = {
  'non-conformity-open': 'web.dashboard.quality.rule.non-conformity-open',
  'qc-overdue': 'web.dashboard.quality.rule.qc-overdue',
  'qc-failed-not-reopened': 'web.dashboard.quality.rule.qc-failed-not-reopened',
};
// The findings listed; the counts above the list cover them all.
const listed = 12;

const hazardLink = (id) => (id ? el('a', { href: `#map/${encodeURIComponent(id)}` }, id) : '–');

/** The panel; its findings are fetched once per load (the check has no period or organisation filter). */
export async function qualityPanel() {
  const result = await api(`/api/v1/checks?${qualityRules.map((r) => `rule=${r}`).join('&')}`);
  if (!result.ok) {
    return panel('dashboard-quality', t('web.dashboard.quality.title'), problem(result, (status) => t('web.dashboard.quality.failed', { status })));
  }
  const findings = result.body.findings;
  const section = panel('dashboard-quality', t('web.dashboard.quality.title'),
    findings.length ? t('web.dashboard.quality.summary', { findings: findings.length }) : t('web.dashboard.quality.none'));
  section.dataset.findings = String(findings.length);
  section.append(el('table', { id: 'quality-counts' },
    el('caption', {}, t('web.dashboard.quality.counts')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('web.dashboard.quality.rule')), el('th', { scope: 'col' }, t('web.dashboard.quality.open')))),
    el('tbody', {}, qualityRules.map((r) => {
      const n = findings.filter((f) => f.rule === r).length;
      return el('tr', {}, el('th', { scope: 'row' }, t(ruleNames[r])), el('td', { 'data-key': r, 'data-value': String(n) }, count(n)));
    }))));
  if (!findings.length) return section;

  // A report finding (a non-conformity, a failed sample) names its hazard in the report itself.
  const shown = findings.slice(0, listed);
  const hazards = await Promise.all(shown.map(async (f) => {
    if (f.recordKind === 'hazard') return f.recordId;
    const report = await api(`/api/v1/reports/${encodeURIComponent(f.recordId)}`);
    return report.ok ? report.body.report?.hazardId ?? null : null;
  }));
  section.append(el('table', { id: 'quality-findings' },
    el('caption', {}, findings.length > listed ? t('web.dashboard.quality.list-first', { shown: listed, findings: findings.length }) : t('web.dashboard.quality.list')),
    el('thead', {}, el('tr', {}, [t('web.dashboard.quality.report'), t('web.dashboard.quality.hazard'), t('web.dashboard.quality.what')].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, shown.map((f, i) => el('tr', { 'data-rule': f.rule },
      el('td', {}, f.recordKind === 'report' ? f.recordId : '–'),
      el('td', {}, hazardLink(hazards[i])),
      el('td', {}, f.message))))));
  return section;
}
