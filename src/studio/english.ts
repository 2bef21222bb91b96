/**
 * The studio's UI text. The studio is an editor's tool and speaks English for now; the reader widget is the
 * part readers see, and it follows their language (src/localization.ts). These keep msg()'s call shape, so
 * the studio can move to the reader's LocaleController without touching each string.
 */
export interface EnglishTemplate {
  strings: TemplateStringsArray;
  values: unknown[];
}

/** A template whose values are filled in place, like @lit/localize's `str`. */
export const str = (strings: TemplateStringsArray, ...values: unknown[]): EnglishTemplate => ({strings, values});

/** The text itself: a plain string, or a `str` template with its values. */
export function english(message: string | EnglishTemplate): string {
  if (typeof message === 'string') return message;
  return message.strings.reduce((out, part, index) => out + part + (index < message.values.length ? String(message.values[index]) : ''), '');
}
