/**
 * The question engine in a module Worker: the page's main thread stays free while a long article is read.
 * Receives `{id, text, html, options}`, answers `{id, quiz}` or `{id, error}`.
 */
import {generateQuiz, generateQuizFromText} from './quiz/generate.js';
import type {GenerateOptions, Quiz} from './quiz/types.js';

export interface WriteRequest {
  id: number;
  text: string;
  /** The text is an HTML string for the engine's own reader (the page's JSON-LD). */
  html: boolean;
  options: GenerateOptions;
}

export type WriteReply = {id: number; quiz: Quiz; error?: undefined} | {id: number; quiz?: undefined; error: string};

const scope = self as unknown as {onmessage: ((event: MessageEvent<WriteRequest>) => void) | null; postMessage(reply: WriteReply): void};
scope.onmessage = ({data}) => {
  try {
    const quiz = data.html ? generateQuiz(data.text, data.options) : generateQuizFromText(data.text, data.options);
    scope.postMessage({id: data.id, quiz});
  } catch (error) {
    scope.postMessage({id: data.id, error: String(error)});
  }
};
