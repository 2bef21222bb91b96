/**
 * `src`: a quiz or an article at a URL. A module of its own, imported only by a widget that has `src`, so
 * a page that hands over its quiz or article does not load it. Never throws but for an abort.
 */
import {quizJsonSource, type Source} from './sources.js';

/** Largest response `src` may load: a news article, or a quiz, is far smaller. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

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
