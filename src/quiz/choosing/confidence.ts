/**
 * How much the engine trusts a candidate question, from explicit evidence: how sure it is of the key's
 * kind, of each stand-in's kind and plausibility, how well the choices fit the stem, and how much the
 * fact matters to the story. A candidate below CONFIDENCE_THRESHOLD is not asked: a question with one
 * wrong-kind distractor is worse than no question.
 */
import {standInCertaintyOf, type Candidate, type Signals} from '../asking/candidate.js';

export const CONFIDENCE_THRESHOLD = 0.5;
/** Below this importance a fact is an aside (an anecdote, a bio, a background figure): trivia, however well asked. */
export const IMPORTANCE_FLOOR = 0.45;

/** The confidence of a checked candidate, 0..1, over the distractors it keeps. */
export function confidenceOf(candidate: Candidate): number {
  const signals: Signals = candidate.signals ?? {keyKind: 0.5, standIns: {}, fit: 0.5, importance: 0.5};
  if (signals.importance < IMPORTANCE_FLOOR) return 0;
  let standIns = 1;
  for (const distractor of candidate.distractors) standIns = Math.min(standIns, standInCertaintyOf(candidate, distractor));
  return signals.keyKind * standIns * signals.fit * (0.4 + 0.6 * signals.importance);
}
