import type {Question} from './types.js';

/** The reader's answers: question id to chosen choice id. */
export type Answers = Record<string, string>;

export interface Score {
  /** Questions answered correctly. */
  score: number;
  /** Questions in the quiz. */
  total: number;
  /** Whole-number percent, 0 when the quiz is empty. */
  percent: number;
}

export function isCorrect(question: Question, choiceId: string | undefined): boolean {
  return choiceId !== undefined && question.answer === choiceId;
}

/** Scores answers against questions; unanswered questions and unknown ids count as wrong. */
export function scoreQuiz(questions: readonly Question[], answers: Answers): Score {
  const score = questions.filter((question) => isCorrect(question, answers[question.id])).length;
  const total = questions.length;
  return {score, total, percent: total ? Math.round((score / total) * 100) : 0};
}
