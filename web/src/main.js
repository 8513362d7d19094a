// The web app's entry: sign in, then the views a user's role allows (the server enforces the same rules;
// the app only leaves out what would be refused). Views are chosen by the URL's hash (#map, #dashboard,
// #report, #mine, #review, #products) so the browser's back button and bookmarks work.
import { api, problem } from './api.js';
import { $, el } from './dom.js';
import { language, languages, remember, t, useLanguageOf } from './i18n.js';
import { role } from './words.js';
import * as mapView from './views/map-view.js';
import * as dashboard from './views/dashboard.js';
import * as reportForm from './views/report-form.js';
import * as review from './views/review.js';
import * as myReports from './views/my-reports.js';
import * as products from './views/products.js';
import * as reference from './views/reference.js';

// Roles in order of what they may do, as the server names them.
const ranks = { viewer: 0, 'field-reporter': 1, 'data-manager': 2, admin: 3 };
const views = [
  { hash: 'map', title: 'web.nav.map', minRole: 'viewer', module: mapView },
  { hash: 'dashboard', title: 'web.nav.dashboard', minRole: 'viewer', module: dashboard },
  { hash: 'report', title: 'web.nav.report', minRole: 'field-reporter', module: reportForm },
  { hash: 'mine', title: 'web.nav.mine', minRole: 'field-reporter', module: myReports },
  { hash: 'review', title: 'web.nav.review', minRole: 'data-manager', module: review },
  { hash: 'products', title: 'web.nav.products', minRole: 'viewer', module: products },
  { hash: 'reference', title: 'web.nav.reference', minRole: 'data-manager', module: reference },
];

// The page's own words (index.html holds none), written again when a signed-in user's own language is another.
function pageWords() {
  document.title = t('web.app.title');
  $('app-title').textContent = t('web.app.title');
  $('nav').setAttribute('aria-label', t('web.nav.label'));
  $('sign-out').textContent = t('web.session.sign-out');
  $('sign-in-title').textContent = t('web.sign-in.title');
  $('username-label').textContent = t('web.sign-in.username');
  $('password-label').textContent = t('web.sign-in.password');
  $('sign-in-submit').textContent = t('web.sign-in.submit');
  $('language-label').textContent = t('web.language.label');
  $('language').value = language();
}

// The language switch: each language by its own name. A choice is remembered and the page loads again in it
// (the session cookie and a report's draft, kept on this device, survive the reload).
$('language').replaceChildren(...languages.map(([code, name]) => el('option', { value: code, lang: code }, name)));
$('language').addEventListener('change', () => {
  remember($('language').value, session?.user.username);
  const url = new URL(location.href);
  url.searchParams.delete('lang'); // a ?lang= would otherwise win over the choice
  if (url.href === location.href) location.reload();
  else location.replace(url.href);
});
pageWords();

let session;

function allowed(user) {
  return views.filter((v) => (ranks[user.role] ?? -1) >= ranks[v.minRole]);
}

function showSignIn() {
  session?.views.forEach((v) => v.section?.remove());
  session = undefined;
  $('nav').replaceChildren();
  $('sign-out').hidden = true;
  $('who').textContent = '';
  $('sign-in').hidden = false;
  $('username').focus();
}

async function showSession(user) {
  await useLanguageOf(user.username);
  pageWords();
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  const who = { name: user.name ?? user.username, role: role(user.role), organisation: user.organisation };
  $('who').textContent = user.organisation ? t('web.session.who-in-organisation', who) : t('web.session.who', who);
  const mine = allowed(user).map((v) => ({ ...v, section: null, shown: false }));
  session = { user, views: mine };
  $('nav').replaceChildren(...mine.map((v) => el('a', { href: `#${v.hash}`, id: `nav-${v.hash}` }, t(v.title))));
  route();
}

// Each view's section is made the first time it is shown, then kept (a map keeps its place).
async function route() {
  if (!session) return;
  const wanted = location.hash.slice(1).split('/')[0] || 'map';
  const view = session.views.find((v) => v.hash === wanted) ?? session.views[0];
  for (const v of session.views) {
    if (v.section) v.section.hidden = v !== view;
    document.getElementById(`nav-${v.hash}`)?.toggleAttribute('aria-current', v === view);
  }
  const context = { user: session.user, navigate: (hash) => { location.hash = hash; } };
  if (!view.section) {
    view.section = el('section', { id: `view-${view.hash}`, className: 'view', 'aria-label': t(view.title) });
    $('views').append(view.section);
    await view.module.mount(view.section, context);
  }
  await view.module.show?.(view.section, context, location.hash.slice(1).split('/').slice(1));
}

window.addEventListener('hashchange', route);

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  const result = await api('/api/v1/session', { method: 'POST', body: JSON.stringify({ username: $('username').value, password: $('password').value }) });
  if (!result.ok) {
    $('sign-in-error').textContent = problem(result, (status) => t('web.sign-in.failed', { status }));
    return;
  }
  $('password').value = '';
  await showSession(result.body);
});

$('sign-out').addEventListener('click', async () => {
  await api('/api/v1/session', { method: 'DELETE' });
  session?.views.forEach((v) => v.module.unmount?.(v.section));
  showSignIn();
});

const me = await api('/api/v1/session/me');
if (me.ok) await showSession(me.body); else showSignIn();
