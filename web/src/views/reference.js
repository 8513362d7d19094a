// Reference data, for data managers and admins: organisations (with their accreditations), teams, deployments and
// the ordnance catalogue, each listed, added, edited and retired here as with the CLI and the API (the server
// checks every change, once, and audits it). A tab per kind, chosen by the hash: #reference/teams.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { kinds } from '../reference/kinds.js';
import { page } from '../reference/page.js';

const pages = new Map();
let body;

export async function mount(section) {
  section.classList.add('reference-view');
  const tabs = el('nav', { className: 'reference-tabs', 'aria-label': t('web.reference.tabs') },
    kinds.map((k) => el('a', { href: `#reference/${k.name}`, id: `ref-tab-${k.name}` }, t(k.words.title))));
  body = el('div', { className: 'reference-body' });
  const content = el('div', { className: 'page', id: 'reference-page' }, el('h2', {}, t('web.reference.title')), tabs, body);
  content.classList.add('reference-page');
  section.append(content);
}

export async function show(section, context, args) {
  const kind = kinds.find((k) => k.name === args?.[0]) ?? kinds[0];
  for (const k of kinds) {
    const tab = document.getElementById(`ref-tab-${k.name}`);
    if (k === kind) tab?.setAttribute('aria-current', 'page');
    else tab?.removeAttribute('aria-current');
  }
  if (!pages.has(kind.name)) pages.set(kind.name, page(kind));
  const shown = pages.get(kind.name);
  body.replaceChildren(shown.node);
  section.dataset.state = 'loading';
  await shown.load();
  section.dataset.state = 'ready';
}

export function unmount() {
  pages.clear(); // the next user's pages are made afresh
}
