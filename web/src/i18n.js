// Every sentence the app shows comes from locales/<lang>.json through t(id, values): flat ids
// (web.<view>.<what>), one id per whole sentence with named placeholders, so a translation orders its own words.
// The files have the server's shape (src/Safeground.Core/Text/en/*.json): placeholders are {name} or
// {name, format}, with the formats below. Only English exists yet; issue 16 adds the others and the switch.
import i18next from 'i18next';
import en from './locales/en.json';

i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false, // the resources are bundled: t() works as soon as this module has run
  keySeparator: false,
  nsSeparator: false,
  // The app only ever makes text nodes (dom.js), so nothing is escaped for HTML.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  returnNull: false,
});

const numberIn = (lng, value, digits = 2) => Number(value).toLocaleString(lng, { maximumFractionDigits: digits });

// {n, number}: a count or a figure, grouped the language's way.
i18next.services.formatter.add('number', (value, lng) => numberIn(lng, value));
// {area, ha}: an area given in m², always shown in hectares (the web app's unit for hazards).
i18next.services.formatter.add('ha', (value, lng) => i18next.t('web.format.ha', { value: numberIn(lng, value / 10000) }));
// {area, m2}: as the server writes it: m² below a hectare, hectares from one.
i18next.services.formatter.add('m2', (value, lng) => (Math.abs(value) >= 10000
  ? i18next.t('web.format.ha', { value: numberIn(lng, value / 10000) })
  : i18next.t('web.format.m2', { value: numberIn(lng, value) })));
// {share, percent}: a share (0.25) as a percentage.
i18next.services.formatter.add('percent', (value, lng) => i18next.t('web.format.percent', { value: numberIn(lng, value * 100, 1) }));
// {day, date}: a yyyy-MM-dd day in the language's order (web.format.date).
i18next.services.formatter.add('date', (value) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? ''));
  return m ? i18next.t('web.format.date', { year: m[1], month: m[2], day: m[3] }) : String(value ?? '');
});

/** The sentence with this id, its {placeholders} filled from values (a count in values.count picks the plural form). */
export const t = (id, values) => i18next.t(id, values);
