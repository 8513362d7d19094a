// "My reports": what the field has sent and where it stands. A rejected report shows the data manager's reason,
// so its author can correct it and send it again; reports waiting for a decision are listed too.
import { api, problem } from '../api.js';
import { el } from '../dom.js';

let lists;

export async function mount(section) {
  section.classList.add('my-reports-view');
  lists = el('div', { className: 'my-reports' });
  section.append(el('div', { className: 'page' }, el('h2', {}, 'Reports of my organisation'), lists));
}

export async function show(section, context) {
  const org = context.user.organisation;
  const query = (status) => `/api/v1/reports?status=${status}&limit=200${org ? `&organisation=${encodeURIComponent(org)}` : ''}`;
  const [rejected, submitted] = await Promise.all([api(query('rejected')), api(query('submitted'))]);
  lists.replaceChildren(
    block('Rejected: correct and send again', 'rejected', rejected),
    block('Waiting for a decision', 'submitted', submitted));
}

function block(title, status, result) {
  const id = `my-${status}`;
  if (!result.ok) return el('section', { 'aria-labelledby': id }, el('h3', { id }, title), el('p', {}, problem(result, title)));
  const items = result.body.items.slice().reverse(); // newest first
  return el('section', { 'aria-labelledby': id },
    el('h3', { id }, `${title} (${items.length})`),
    items.length === 0 ? el('p', {}, 'None.') : el('ul', { className: 'report-list', id: `${id}-list` }, items.map((/** @type {import('../api-types.js').ReportSummaryView} */ r) => el('li', { 'data-report': r.id },
      el('strong', {}, r.id), ` – ${[r.kind.replaceAll('-', ' '), r.hazard, r.dateOfInformation].filter(Boolean).join(' – ')}`,
      r.statusReason ? el('p', { className: 'reason' }, `Reason: ${r.statusReason}`) : null,
      // The rejected report stays as it was; its content opens in the form and goes as a new report.
      status === 'rejected' ? el('a', { href: `#report/correct/${encodeURIComponent(r.id)}`, className: 'button correct', id: `correct-${r.id}` }, `Correct ${r.id} and send it again`) : null))));
}
