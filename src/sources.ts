/**
 * Where `<news-quiz>` gets its quiz or article, in the page: a JSON child, a URL, an element the selector
 * names, the page's schema.org data. Every reader returns a plain `Source`, never throws, and never puts
 * input into the page: HTML is only ever read with the inert `DOMParser` or as text.
 */
import type {NewsQuizErrorCode} from './events.js';
import {nodeText} from './dom-text.js';
import {describeFault, validateQuiz} from './quiz/validate.js';
import type {Quiz} from './quiz/types.js';

/** A ready quiz, an article to write one from, or why neither could be had. */
export type Source = {kind: 'quiz'; quiz: Quiz} | {kind: 'article'; text: string} | {kind: 'error'; code: NewsQuizErrorCode; message: string};

/** Largest response `src` may load: a news article, or a quiz, is far smaller. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

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

/**
 * A quiz JSON or an article (plain text or HTML) at a URL. JSON is a quiz; text and HTML are articles;
 * anything else, a failed request or more than 2 MB is an error.
 */
export async function fetchSource(url: string, signal: AbortSignal, read: (html: string) => string): Promise<Source> {
  let response: Response;
  try {
    response = await fetch(url, {signal, credentials: 'same-origin'});
  } catch (error) {
    if (signal.aborted) throw error;
    return {kind: 'error', code: 'src-failed', message: `The quiz source "${url}" could not be loaded: ${(error as Error).message}`};
  }
  if (!response.ok) return {kind: 'error', code: 'src-failed', message: `The quiz source "${url}" answered ${response.status} ${response.statusText}.`.replace(' .', '.')};
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const json = /^application\/(?:[\w.+-]+\+)?json$/.test(type);
  const html = type === 'text/html' || type === 'application/xhtml+xml';
  if (!json && !html && type !== 'text/plain' && type !== 'text/markdown') {
    return {kind: 'error', code: 'src-wrong-type', message: `The quiz source "${url}" is ${type || 'of no declared type'}: expected JSON, plain text or HTML.`};
  }
  const text = await readLimited(response, signal);
  if (text === undefined) return {kind: 'error', code: 'src-too-large', message: `The quiz source "${url}" is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB.`};
  if (json) return quizJsonSource(text);
  return {kind: 'article', text: html ? read(text) : text};
}

/** The body as text, or undefined once it passes MAX_SOURCE_BYTES (read no further). */
async function readLimited(response: Response, signal: AbortSignal): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_SOURCE_BYTES) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SOURCE_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
