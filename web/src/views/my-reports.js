// "My reports": what the field has sent and where it stands. A rejected report shows the data manager's reason,
// so its author can correct it and send it again; reports waiting for a decision are listed too.
import { api, problem } from '../api.js';
import { day, el } from '../dom.js';
import { t } from '../i18n.js';
import { reportKind } from '../words.js';

let lists;

export async function mount(section) {
  section.classList.add('my-reports-view');
  lists = el('div', { className: 'my-reports' });
  section.append(el('div', { className: 'page' }, el('h2', {}, t('web.mine.title')), lists));
}

export async function show(section, context) {
  const org = context.user.organisation;
  const query = (status) => `/api/v1/reports?status=${status}&limit=200${org ? `&organisation=${encodeURIComponent(org)}` : ''}`;
  const [rejected, submitted] = await Promise.all([api(query('rejected')), api(query('submitted'))]);
  lists.replaceChildren(
    block('web.mine.rejected', 'rejected', rejected),
    block('web.mine.submitted', 'submitted', submitted));
}

// status: 'rejected' or 'submitted', each list with its own heading, heading with the count, and failure sentence.
function block(titleId, status, result) {
  const id = `my-${status}`;
  const title = t(titleId);
  if (!result.ok) {
    const failed = (code) => (status === 'rejected' ? t('web.mine.rejected-failed', { status: code }) : t('web.mine.submitted-failed', { status: code }));
    return el('section', { 'aria-labelledby': id }, el('h3', { id }, title), el('p', {}, problem(result, failed)));
  }
  const items = result.body.items.slice().reverse(); // newest first
  return el('section', { 'aria-labelledby': id },
    el('h3', { id }, status === 'rejected' ? t('web.mine.rejected-count', { total: items.length }) : t('web.mine.submitted-count', { total: items.length })),
    items.length === 0 ? el('p', {}, t('web.mine.none')) : el('ul', { className: 'report-list', id: `${id}-list` }, items.map((/** @type {import('../api-types.js').ReportSummaryView} */ r) => el('li', { 'data-report': r.id },
      // The report's kind, hazard and date in one sentence (a translation orders them).
      el('strong', {}, r.id), ' ', r.hazard
        ? t('web.mine.item', { kind: reportKind(r.kind), hazard: r.hazard, date: day(r.dateOfInformation) })
        : t('web.mine.item-without-hazard', { kind: reportKind(r.kind), date: day(r.dateOfInformation) }),
      r.statusReason ? el('p', { className: 'reason' }, t('web.mine.reason', { reason: r.statusReason })) : null,
      // The rejected report stays as it was; its content opens in the form and goes as a new report.
      status === 'rejected' ? el('a', { href: `#report/correct/${encodeURIComponent(r.id)}`, className: 'button correct', id: `correct-${r.id}` }, t('web.mine.correct', { report: r.id })) : null))));
}
