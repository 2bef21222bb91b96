/**
 * Where `<news-quiz>` gets its quiz or article, in the page: a JSON child, an element the selector names,
 * the page's schema.org data (a URL is read by fetch-source.ts, imported only when `src` is set). Every
 * reader returns a plain `Source`, never throws, and never puts input into the page: HTML is only ever read
 * with the inert `DOMParser` or as text.
 */
import type {NewsQuizErrorCode} from './events.js';
import {nodeText} from './dom-text.js';
import {describeFault, validateQuiz} from './quiz/validate.js';
import type {Quiz} from './quiz/types.js';

/** A ready quiz, an article to write one from, or why neither could be had. */
export type Source = {kind: 'quiz'; quiz: Quiz} | {kind: 'article'; text: string} | {kind: 'error'; code: NewsQuizErrorCode; message: string};

/** A ready quiz given as a value (the `quiz` property, parsed JSON): checked before use. */
export function quizSource(value: unknown): Source {
  const checked = validateQuiz(value);
  return checked.quiz ? {kind: 'quiz', quiz: checked.quiz} : {kind: 'error', code: 'invalid-quiz', message: `The quiz is not valid: ${describeFault(checked.fault)}.`};
}

/** A ready quiz given as JSON text. */
export function quizJsonSource(json: string): Source {
  try {
    return quizSource(JSON.parse(json) as unknown);
  } catch (error) {
    return {kind: 'error', code: 'invalid-quiz', message: `The quiz is not valid JSON: ${(error as Error).message}`};
  }
}

/** The element's own `<script type="application/json">` child, which holds a reviewed quiz. */
export function jsonChild(host: Element): HTMLScriptElement | null {
  for (const child of host.children) if (child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json') return child as HTMLScriptElement;
  return null;
}

/** The text of the page element a CSS selector names, read without changing it. */
export function selectorSource(selector: string, root: ParentNode = document): Source {
  let element: Element | null = null;
  try {
    element = root.querySelector(selector);
  } catch {
    // An invalid selector matches nothing, as far as the reader is concerned.
  }
  if (!element) return {kind: 'error', code: 'selector-not-found', message: `No element on the page matches the article-selector "${selector}".`};
  return {kind: 'article', text: nodeText(element)};
}

/**
 * The page's schema.org JSON-LD blocks (FAQPage, NewsArticle `articleBody`) as an HTML string the engine
 * reads, or "" when the page has none. Only their text is taken; nothing is parsed as markup here.
 */
export function structuredData(doc: Document = document): string {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => `<script type="application/ld+json">${(script.textContent ?? '').replace(/<\/script/gi, '<\\/script')}</script>`).join('\n');
}
