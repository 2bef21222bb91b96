/**
 * The article's language, told by its commonest short words: enough to decide which questions the engine
 * can write grammatically. Cloze and "who" questions need English grammar (articles, case, gender); in
 * other languages only FAQ questions and figures are asked.
 */

/** Frequent function words that are rare in the other languages listed. */
const MARKERS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'was', 'with', 'that', 'for', 'has', 'have', 'are', 'said', 'it'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'por', 'para', 'una', 'con', 'es', 'se', 'su', 'al'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'ein', 'eine', 'sich', 'auf', 'wird'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'au', 'aux', 'pas', 'du'],
  pt: ['os', 'as', 'do', 'da', 'dos', 'das', 'em', 'não', 'uma', 'com', 'para', 'que', 'foi', 'ao'],
  it: ['il', 'gli', 'della', 'che', 'di', 'per', 'una', 'sono', 'con', 'non', 'nel', 'alla', 'anche', 'è'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'zijn', 'met', 'voor', 'op', 'dat', 'ook', 'wordt', 'bij'],
};
const INDEX = new Map<string, string[]>();
for (const [language, words] of Object.entries(MARKERS)) for (const word of words) INDEX.set(word, [...(INDEX.get(word) ?? []), language]);

/** Scripts that tell the language family when the letters are not Latin. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
];

/** A BCP 47 primary tag ("en", "de", ...), or "und" when the text has too few known words to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 6000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters && latin * 2 < letters) {
    let best = 'und';
    let top = 0;
    for (const [pattern, language] of SCRIPTS) {
      const count = sample.match(pattern)?.length ?? 0;
      if (count > top) [best, top] = [language, count];
    }
    return best;
  }
  const counts = new Map<string, number>();
  let seen = 0;
  // The first few thousand characters are enough, and keep a huge input cheap.
  for (const match of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const languages = INDEX.get(match[0]);
    if (!languages) continue;
    seen++;
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = 'und';
  let top = 0;
  for (const [language, count] of counts) if (count > top) [best, top] = [language, count];
  return seen >= 8 ? best : 'und';
}
