/**
 * What the studio publishes: the quiz JSON file and the embed snippets. Plain strings, no DOM.
 */
import type {Quiz} from '../quiz/types.js';

/** The quiz JSON as a file's text. */
export const quizJson = (quiz: Quiz): string => `${JSON.stringify(quiz, null, 2)}\n`;

/**
 * `<news-quiz>` with the quiz inside a `<script type="application/json">` child. Every `<` in the JSON is
 * written as `\u003c`, so no text in the quiz can close the script element or open a comment.
 */
export function inlineSnippet(quiz: Quiz): string {
  const json = JSON.stringify(quiz, null, 2).replace(/</g, '\\u003c');
  return `<news-quiz>\n  <script type="application/json">\n${json}\n  </script>\n</news-quiz>`;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<news-quiz src="...">` for a quiz JSON published at a URL. */
export const srcSnippet = (url: string): string => `<news-quiz src="${attribute(url)}"></news-quiz>`;
