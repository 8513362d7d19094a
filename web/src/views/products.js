// Products: the documents an authority sends out, made by the server from the same figures as `safeground status`
// (the CLI's `safeground publish`): the monthly operations report, the treaty tables, a completion and handover
// certificate, an accident report, and the public transparency site. Each form makes one file; its button stays
// disabled while the server works, so a double tap makes one document, and the status line says what came back.
import { api, download, problem } from '../api.js';
import { el } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { save } from '../dashboard/downloads.js';

let regions = [];
let organisations = [];

export async function mount(section) {
  section.classList.add('products-view');
  // The same roll-up the dashboard asks for first (by=region,month,team): the server has it cached.
  const [rollup, orgs] = await Promise.all([api('/api/v1/rollups?by=region,month,team'), api('/api/v1/organisations?limit=10000')]);
  regions = rollup.ok ? rollup.body.groupings[0].groups.map((g) => g.key).filter((k) => !k.startsWith('(')) : [];
  organisations = orgs.ok ? orgs.body.items : [];
  const today = new Date();
  const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  section.append(el('div', { className: 'page', id: 'products-page' },
    el('h2', {}, t('web.products.title')),
    el('p', {}, t('web.products.intro')),
    product('monthly', t('web.products.monthly.title'), t('web.products.monthly.about'), [
      field('monthly-month', t('web.products.month'), el('input', { id: 'monthly-month', name: 'month', type: 'month', required: true, value: lastMonth })),
      ...scope('monthly'),
    ], (form) => `/api/v1/products/monthly.pdf?${query(form, ['month', 'region', 'organisation'])}`),
    product('treaty', t('web.products.treaty.title'), t('web.products.treaty.about'), [
      field('treaty-year', t('web.products.year'), el('input', { id: 'treaty-year', name: 'year', type: 'number', min: '1990', max: '2100', step: '1', required: true, value: String(today.getUTCFullYear() - 1) })),
      field('treaty-format', t('web.products.format'), el('select', { id: 'treaty-format', name: 'format' },
        el('option', { value: 'xlsx' }, t('web.products.format.xlsx')), el('option', { value: 'pdf' }, t('web.products.format.pdf')))),
      ...scope('treaty'),
    ], (form) => `/api/v1/products/treaty.${form.elements.format.value}?${query(form, ['year', 'region', 'organisation'])}`),
    product('certificate', t('web.products.certificate.title'), t('web.products.certificate.about'), [
      field('certificate-hazard', t('web.products.hazard'), hazardInput()),
      el('datalist', { id: 'certificate-hazards' }),
    ], (form) => `/api/v1/products/certificate.pdf?${query(form, ['hazard'])}`),
    product('accident', t('web.products.accident.title'), t('web.products.accident.about'), [
      field('accident-report', t('web.products.accident-report'), el('select', { id: 'accident-report', name: 'report', required: true })),
    ], (form) => `/api/v1/products/accident.pdf?${query(form, ['report'])}`),
    el('section', { className: 'product', id: 'product-site', 'aria-labelledby': 'product-site-title' },
      el('h3', { id: 'product-site-title' }, t('web.products.site.title')),
      el('p', {}, t('web.products.site.about')),
      el('a', { href: '/public/', target: '_blank', rel: 'noopener', className: 'button', id: 'product-site-open' }, t('web.products.site.open')))));
}

export async function show(section) {
  // Lists that change as reports are approved: fetched on each visit.
  const [closed, accidents] = await Promise.all([api('/api/v1/hazards?status=closed&limit=1000'), api('/api/v1/accidents?limit=1000')]);
  const hazards = section.querySelector('#certificate-hazards');
  hazards.replaceChildren(...(closed.ok ? closed.body.items : []).map((h) => el('option', { value: h.id }, h.name ?? h.id)));
  const reports = section.querySelector('#accident-report');
  const items = accidents.ok ? accidents.body.items.slice().reverse() : [];
  reports.replaceChildren(
    el('option', { value: '' }, items.length ? t('web.products.accident-choose') : t('web.products.accident-none')),
    ...items.map((a) => el('option', { value: a.report }, t('web.products.accident-option', { report: a.report, date: a.date, hazard: a.hazard ?? '–' }))));
}

// An input offering the closed hazards (a datalist); `list` is an attribute only, el() sets properties.
function hazardInput() {
  const input = el('input', { id: 'certificate-hazard', name: 'hazard', required: true, autocomplete: 'off', dir: 'auto' });
  input.setAttribute('list', 'certificate-hazards');
  return input;
}

function field(id, label, input) {
  return el('div', { className: 'product-field' }, el('label', { for: id }, label), input);
}

// The region and organisation a product covers; empty: the whole programme.
function scope(prefix) {
  return [
    field(`${prefix}-region`, t('web.dashboard.region'), el('select', { id: `${prefix}-region`, name: 'region' },
      el('option', { value: '' }, t('web.dashboard.all-regions')), ...regions.map((r) => el('option', { value: r }, r)))),
    field(`${prefix}-organisation`, t('web.dashboard.organisation'), el('select', { id: `${prefix}-organisation`, name: 'organisation' },
      el('option', { value: '' }, t('web.dashboard.all-organisations')),
      ...organisations.map((o) => el('option', { value: o.id }, t('web.dashboard.organisation-option', { name: o.name, id: o.id }))))),
  ];
}

function query(form, names) {
  const params = new URLSearchParams();
  for (const n of names) if (form.elements[n].value) params.set(n, form.elements[n].value);
  return params.toString();
}

function product(id, title, about, fields, path) {
  const button = el('button', { type: 'submit', id: `product-${id}-make` }, t('web.products.make'));
  const status = el('p', { id: `product-${id}-status`, role: 'status' });
  const form = el('form', { id: `product-${id}-form`, 'aria-labelledby': `product-${id}-title` }, ...fields, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    status.textContent = t('web.products.making');
    const started = performance.now();
    try {
      const result = await download(path(form));
      if (!result.ok) {
        status.textContent = problem(result, (code) => t('web.products.failed', { status: code }));
        form.dataset.state = 'error';
        return;
      }
      save(result.name, result.blob);
      status.textContent = t('web.products.made', {
        file: result.name, size: formatNumber(result.blob.size / 1024, 0), seconds: formatNumber((performance.now() - started) / 1000, 1),
      });
      form.dataset.state = 'made';
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return el('section', { className: 'product', id: `product-${id}`, 'aria-labelledby': `product-${id}-title` },
    el('h3', { id: `product-${id}-title` }, title), el('p', {}, about), form, status);
}
