/**
 * The studio's draft: the quiz under review and the engine's confidence in the questions it wrote. Plain,
 * immutable data: every edit makes a new draft, so undo and redo are a list of drafts.
 */
import type {Quiz} from '../quiz/types.js';

export interface Draft {
  readonly quiz: Quiz;
  /** The engine's confidence (0..1) by question id; absent for questions a person wrote or imported. */
  readonly confidence: Readonly<Record<string, number>>;
}

export const emptyDraft = (): Draft => ({quiz: {questions: []}, confidence: {}});
