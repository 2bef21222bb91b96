/**
 * A reader's progress through one quiz, kept in localStorage so a reload loses nothing (the `persist`
 * attribute). Keyed by a hash of the quiz and its article, so a changed article starts fresh; a full or blocked storage
 * quietly keeps the progress in memory only.
 */
import {hashString} from './quiz/random.js';
import type {Answers} from './quiz/score.js';
import type {Question} from './quiz/types.js';

export interface Progress {
  phase: 'start' | 'question' | 'result';
  index: number;
  answers: Answers;
}

const PREFIX = 'news-quiz:progress:';

/** The storage key of a quiz and what it was made from: the same article and quiz, the same key, on every load. */
export const progressKey = (questions: readonly Question[], source: string) => `${PREFIX}${hashString(JSON.stringify([source, questions])).toString(36)}`;

export function saveProgress(key: string, progress: Progress): void {
  try {
    localStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Full or blocked (private mode, a sandboxed frame): the progress lives in memory only.
  }
}

/** The saved progress for these questions, if any and if it still fits them. */
export function loadProgress(key: string, questions: readonly Question[]): Progress | undefined {
  let saved: unknown;
  try {
    saved = JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof saved !== 'object' || saved === null) return undefined;
  const {phase, index, answers} = saved as Partial<Progress>;
  if (phase !== 'start' && phase !== 'question' && phase !== 'result') return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= questions.length) return undefined;
  if (typeof answers !== 'object' || answers === null) return undefined;
  // Only answers to these questions, with choices they have.
  const kept: Answers = {};
  for (const question of questions) {
    const choice = (answers as Record<string, unknown>)[question.id];
    if (typeof choice === 'string' && question.choices.some((c) => c.id === choice)) kept[question.id] = choice;
  }
  return {phase, index, answers: kept};
}

export function forgetProgress(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to forget where nothing could be kept.
  }
}
