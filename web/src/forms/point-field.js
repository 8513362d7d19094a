// A position typed as longitude and latitude or picked on the map: an accident's, a risk-education session's, a
// civilian incident's. It reads as WKT ("POINT (lon lat)", or "POINT EMPTY" so the server names the missing field).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { write } from './fields.js';

export function pointField(registry, path, { pick, onChange, idPrefix = 'body-position', legend = 'web.form.kind.position', pickLabel = 'web.form.kind.position.pick' }) {
  const lon = el('input', { id: `${idPrefix}-lon`, type: 'number', step: 'any', inputMode: 'decimal', autocomplete: 'off' });
  const lat = el('input', { id: `${idPrefix}-lat`, type: 'number', step: 'any', inputMode: 'decimal', autocomplete: 'off' });
  const pickButton = el('button', { type: 'button', id: `${idPrefix}-pick` }, t(pickLabel));
  const issues = el('div', { id: `${idPrefix}-issues`, className: 'field-issues', 'aria-live': 'polite' });
  registry.add(path, lon, issues);
  for (const c of [lon, lat]) c.addEventListener('change', () => onChange?.());
  pickButton.addEventListener('click', async () => {
    [lon.value, lat.value] = await pick();
    pickButton.focus();
    onChange?.();
  });
  const has = () => lon.value !== '' && lat.value !== '';
  return {
    node: el('fieldset', { className: 'point' }, el('legend', {}, t(legend)),
      el('div', { className: 'field' }, el('label', { for: lon.id }, t('web.form.longitude')), lon),
      el('div', { className: 'field' }, el('label', { for: lat.id }, t('web.form.latitude')), lat), pickButton, issues),
    read: () => (has() ? `POINT (${Number(lon.value)} ${Number(lat.value)})` : 'POINT EMPTY'),
    points: () => (has() ? [[Number(lon.value), Number(lat.value)]] : []),
    write: (wkt) => {
      const m = /POINT\s*\(\s*(\S+)\s+(\S+)\s*\)/i.exec(wkt ?? '');
      write(lon, m?.[1]);
      write(lat, m?.[2]);
    },
  };
}
