/**
 * Where a reader is in a quiz, as plain data, and the steps they take through it. No DOM, no Lit: the element
 * renders a session, `persist` saves it as is, and these functions give the next one.
 */
import type {Answers} from './quiz/score.js';
import type {Question} from './quiz/types.js';

export type Phase = 'start' | 'question' | 'result';

export interface Session {
  phase: Phase;
  /** The question shown when questions come one at a time. */
  index: number;
  /** Checked answers: final, scored and shown with their feedback. */
  answers: Answers;
  /** Choices made and not yet checked: the reader can still change them. */
  picks: Answers;
}

export const newSession = (phase: Phase = 'start'): Session => ({phase, index: 0, answers: {}, picks: {}});

/** The choice a question shows: its checked answer, else the reader's pick. */
export const choiceOf = (session: Session, questionId: string): string | undefined => session.answers[questionId] ?? session.picks[questionId];

/** The reader chooses a choice; a checked answer stays as it is. */
export const pick = (session: Session, questionId: string, choiceId: string): Session => (questionId in session.answers ? session : {...session, picks: {...session.picks, [questionId]: choiceId}});

/** Checks the picks of these questions: they become answers. Questions with no pick stay unanswered. */
export function check(session: Session, questionIds: readonly string[]): Session {
  const answers = {...session.answers};
  const picks = {...session.picks};
  for (const id of questionIds) {
    if (id in picks && !(id in answers)) answers[id] = picks[id];
    delete picks[id];
  }
  return {...session, answers, picks};
}

/** Moves `step` questions on (or back, with a negative step), staying within the quiz. */
export const go = (session: Session, step: number, total: number): Session => ({...session, index: Math.max(0, Math.min(session.index + step, total - 1))});

/** 1-based positions of the questions with neither an answer nor a pick. */
export const unanswered = (session: Session, questions: readonly Question[]): number[] => questions.flatMap((question, i) => (choiceOf(session, question.id) === undefined ? [i + 1] : []));

/** Ends the quiz: every pick is checked, and the result shows. */
export const finish = (session: Session, questions: readonly Question[]): Session => ({
  ...check(
    session,
    questions.map((question) => question.id)
  ),
  phase: 'result',
});
