/**
 * What only the result screen does, a module of its own (its own chunk in the CDN build), loaded when a
 * widget first shows a result: share a spoiler-free result line, and find and show an answer's sentence in
 * the page's article ("Show in article").
 */
import {isCorrect, scoreQuiz, type Answers} from './quiz/score.js';
import type {Question} from './quiz/types.js';

export {findSentence, showRange} from './show-in-article.js';

/** How sharing went: shared, copied to the clipboard, failed, or undefined when the reader closed the share sheet. */
export type ShareStatus = 'shared' | 'copied' | 'failed' | undefined;

/** A spoiler-free result line: the score and a square per question, right or wrong, with the page's title. */
export function resultLine(questions: readonly Question[], answers: Answers, pageTitle: string): string {
  const {score, total} = scoreQuiz(questions, answers);
  const squares = questions.map((question) => (isCorrect(question, answers[question.id]) ? '🟩' : '🟥')).join('');
  const title = pageTitle.trim();
  return `news-quiz ${score}/${total} ${squares}${title ? ` · ${title}` : ''}`;
}

/** Shares the line through the Web Share API where there is one, else copies it. */
export async function share(text: string): Promise<ShareStatus> {
  try {
    if (typeof navigator.share === 'function') {
      await navigator.share({text});
      return 'shared';
    }
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch (error) {
    // The reader closing the share sheet is no failure.
    return (error as Error)?.name === 'AbortError' ? undefined : 'failed';
  }
}
