// Every sentence the app shows comes from locales/<lang>.json through t(id, values): flat ids
// (web.<view>.<what>), one id per whole sentence with named placeholders, so a translation orders its own words.
// The files have the server's shape (src/Safeground.Core/Text/en/*.json): placeholders are {name} or
// {name, format}, with the formats below. English is bundled (every missing id or file falls back to it); the
// chosen language's file is fetched from dist/locales/ before anything is shown, so the bundle carries one
// language, not eight.
import i18next from 'i18next';
import en from './locales/en.json';

/** The languages the app speaks, each named in itself (endonyms are data: the same in every language). */
export const languages = [
  ['en', 'English'], ['uk', 'Українська'], ['ru', 'Русский'], ['ar', 'العربية'],
  ['fr', 'Français'], ['es', 'Español'], ['pt', 'Português'], ['bs', 'Bosanski'],
];
const codes = languages.map(([code]) => code);
const rightToLeft = new Set(['ar']);

// The pseudo-language for testing (?lang=qps, not offered in the switch): English made visibly foreign.
const pseudo = 'qps';

// localStorage: the language of each user, and the last one chosen by anyone (for the sign-in page).
const lastChoiceKey = 'safeground:language';
const userKey = (username) => `safeground:language:${username}`;

/**
 * The locale Intl formats with: Arabic keeps Latin digits (as the server's messages write them), and the pseudo
 * language formats as English.
 */
export const intlLocale = (lng) => (lng === 'ar' ? 'ar-u-nu-latn' : lng === pseudo ? 'en' : lng);

/** The language now shown. */
export const language = () => i18next.language;

/** The locale for Intl and Chart.js. */
export const locale = () => intlLocale(i18next.language);

const base = (tag) => String(tag ?? '').toLowerCase().split(/[-_]/)[0];

// ?lang= (the pseudo language, or a language for a link), then the last choice on this device, then the
// browser's languages (the first the app speaks), else English.
function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === pseudo || codes.includes(asked)) return asked;
  const stored = readStored(lastChoiceKey);
  if (codes.includes(stored)) return stored;
  return (navigator.languages ?? [navigator.language]).map(base).find((c) => codes.includes(c)) ?? 'en';
}

function readStored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage switched off: nothing remembered
  }
}

function store(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage switched off: the choice lasts this page only
  }
}

// A language's file, from beside app.js; none (not translated yet, or unreachable) leaves English to fill in.
async function resourcesOf(lng) {
  if (lng === 'en') return null;
  if (lng === pseudo) return pseudoOf(en);
  try {
    const response = await fetch(new URL(`locales/${lng}.json`, import.meta.url), { credentials: 'same-origin' });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

async function use(lng) {
  const resources = await resourcesOf(lng);
  if (resources) i18next.addResourceBundle(lng, 'translation', resources, true, true);
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng === pseudo ? 'en' : lng;
  document.documentElement.dir = rightToLeft.has(lng) ? 'rtl' : 'ltr';
}

/** True when the language now shown is written right to left. */
export const isRightToLeft = () => rightToLeft.has(i18next.language);

/**
 * The signed-in user's own language, when they chose one on this device and it is not the one shown: switched to
 * before their views are made. A ?lang= in the address still wins (a link or a test asked for it).
 */
export async function useLanguageOf(username) {
  if (new URLSearchParams(location.search).get('lang')) return;
  const own = readStored(userKey(username));
  if (codes.includes(own) && own !== i18next.language) await use(own);
}

/** Remembers a language chosen in the switch (for this user and for the sign-in page). */
export function remember(lng, username) {
  store(lastChoiceKey, lng);
  if (username) store(userKey(username), lng);
}

i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...codes, pseudo],
  resources: { en: { translation: en } },
  initAsync: false, // English is bundled: t() works as soon as this module has run
  keySeparator: false,
  nsSeparator: false,
  // The app only ever makes text nodes (dom.js), so nothing is escaped for HTML.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  returnNull: false,
});

const numberIn = (lng, value, digits = 2) => Number(value).toLocaleString(intlLocale(lng), { maximumFractionDigits: digits });

/** A number the way the language writes it (the same grouping and decimal sign as the charts, which get locale()). */
export const formatNumber = (value, digits = 2) => numberIn(i18next.language, value, digits);

// Words Intl writes (month names, "and") are the language's own: the pseudo language marks them as such.
const intlWords = (text) => (i18next.language === pseudo ? `⟦${text}⟧` : text);

/** A moment (an ISO timestamp) as the language writes a date and time. */
export const formatDateTime = (iso) => intlWords(new Date(iso).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }));

/** A list of words joined the language's way ("a, b, and c" in English). */
export const formatList = (items) => intlWords(new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items.map(String)));

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

// The pseudo language: each English sentence as ⟦…⟧ with its letters accented and its {placeholders} kept, so a
// test sees at a glance what is not translated (bare English) and what is pieced together (two ⟦…⟧ side by side).
const accents = { a: 'á', e: 'ê', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž', A: 'Á', E: 'Ê', I: 'Í', O: 'Ó', U: 'Ú', Y: 'Ý', C: 'Ç', N: 'Ñ', S: 'Š', Z: 'Ž' };

function pseudoOf(texts) {
  const accent = (s) => s.replace(/[A-Za-z]/g, (c) => accents[c] ?? c);
  const mark = (text) => `⟦${text.split(/(\{[^}]*\})/).map((part, i) => (i % 2 ? part : accent(part))).join('')}⟧`;
  return Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, mark(text)]));
}

await use(initialLanguage());

/** The sentence with this id, its {placeholders} filled from values (a count in values.count picks the plural form). */
export const t = (id, values) => i18next.t(id, values);
