/**
 * A reader's progress through one quiz, kept in localStorage so a reload loses nothing (the `persist`
 * attribute). Keyed by a hash of the quiz and its article, so a changed article starts fresh; a full or blocked storage
 * quietly keeps the progress in memory only.
 */
import type {Answers} from './quiz/score.js';
import type {Question} from './quiz/types.js';
import type {Session} from './quiz-session.js';

/** What is saved: the reader's session, checked answers and the picks not yet checked alike. */
export type Progress = Session;

const PREFIX = 'news-quiz:progress:';

/** A short FNV-1a hash. (The engine has its own; importing it would pull an engine chunk into every page.) */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(36);
}

/** The storage key of a quiz and what it was made from: the same article and quiz, the same key, on every load. */
export const progressKey = (questions: readonly Question[], source: string) => `${PREFIX}${hash(JSON.stringify([source, questions]))}`;

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
  const {phase, index, answers, picks} = saved as Partial<Progress>;
  if (phase !== 'start' && phase !== 'question' && phase !== 'result') return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= questions.length) return undefined;
  if (typeof answers !== 'object' || answers === null) return undefined;
  // Only answers and picks to these questions, with choices they have (progress saved before picks has none).
  const keep = (given: unknown): Answers => {
    const kept: Answers = {};
    for (const question of questions) {
      const choice = (given as Record<string, unknown> | undefined)?.[question.id];
      if (typeof choice === 'string' && question.choices.some((c) => c.id === choice)) kept[question.id] = choice;
    }
    return kept;
  };
  return {phase, index, answers: keep(answers), picks: keep(picks)};
}

export function forgetProgress(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to forget where nothing could be kept.
  }
}
