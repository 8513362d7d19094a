// The fields of the quality-management kinds (IMAS 07.12): a QA visit's checklist, a QC sample's lot and result,
// a non-conformity and its closure, and a reopening's reason. Their polygons (the sampled land, the land reopened)
// are the form's drawing, named by the kind in vocabulary.js.
import { input, integer, select, text, write } from './fields.js';
import { ncSeverities, qcResults } from './vocabulary.js';
import { t } from '../i18n.js';

const number = (props = {}) => input({ type: 'number', inputMode: 'decimal', step: 'any', min: '0', ...props });
const date = (id) => input({ id, type: 'date' });

/** { node, read, write } for a quality kind, or null when the kind is not one. f: (path, label, control, hint) => field. */
export function qualityFields(kind, f) {
  switch (kind.value) {
    case 'qa-visit': {
      const team = input({ id: 'body-team-visited' });
      const passed = number({ id: 'body-items-passed', step: '1', required: true });
      const failed = number({ id: 'body-items-failed', step: '1', required: true });
      const findings = input({ id: 'body-findings' });
      return {
        node: [f('teamVisited', t('web.form.kind.team-visited'), team, t('web.form.kind.team-visited.hint')),
          f('itemsPassed', t('web.form.kind.items-passed'), passed), f('itemsFailed', t('web.form.kind.items-failed'), failed),
          f('findings', t('web.form.kind.findings'), findings)],
        read: () => ({ teamVisited: text(team), itemsPassed: integer(passed) ?? 0, itemsFailed: integer(failed) ?? 0, findings: text(findings) }),
        write: (b) => { write(team, b.teamVisited); write(passed, b.itemsPassed); write(failed, b.itemsFailed); write(findings, b.findings); },
      };
    }
    case 'qc-sampling': {
      const release = input({ id: 'body-release-report-id' });
      const sampled = number({ id: 'body-sampled-m2', required: true });
      const result = select(qcResults, { id: 'body-result' });
      return {
        node: [f('releaseReportId', t('web.form.kind.release-report-id'), release, t('web.form.kind.release-report-id.hint')),
          f('sampledM2', t('web.form.kind.sampled-m2'), sampled), f('result', t('web.form.kind.result'), result)],
        read: () => ({ releaseReportId: text(release), sampledM2: integer(sampled) ?? 0, result: result.value }),
        write: (b) => { write(release, b.releaseReportId); write(sampled, b.sampledM2); write(result, b.result); },
      };
    }
    case 'non-conformity': {
      const severity = select(ncSeverities, { id: 'body-severity' });
      const description = input({ id: 'body-description', required: true });
      const action = input({ id: 'body-corrective-action' });
      const due = date('body-due');
      const closes = input({ id: 'body-closes' });
      const closedOn = date('body-closed-on');
      return {
        node: [f('severity', t('web.form.kind.severity'), severity), f('description', t('web.form.kind.description'), description),
          f('correctiveAction', t('web.form.kind.corrective-action'), action), f('due', t('web.form.kind.due'), due),
          f('closes', t('web.form.kind.closes'), closes, t('web.form.kind.closes.hint')), f('closedOn', t('web.form.kind.closed-on'), closedOn)],
        read: () => ({
          severity: severity.value, description: text(description), correctiveAction: text(action),
          due: due.value || null, closes: text(closes), closedOn: closedOn.value || null,
        }),
        write: (b) => {
          write(severity, b.severity); write(description, b.description); write(action, b.correctiveAction);
          write(due, b.due); write(closes, b.closes); write(closedOn, b.closedOn);
        },
      };
    }
    case 'reopening': {
      const reason = input({ id: 'body-reason', required: true });
      const qc = input({ id: 'body-qc-report-id' });
      return {
        node: [f('reason', t('web.form.kind.reason'), reason), f('qcReportId', t('web.form.kind.qc-report-id'), qc, t('web.form.kind.qc-report-id.hint'))],
        read: () => ({ reason: text(reason) ?? '', qcReportId: text(qc) }),
        write: (b) => { write(reason, b.reason); write(qc, b.qcReportId); },
      };
    }
    default:
      return null;
  }
}
