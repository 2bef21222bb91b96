import type {EntityType} from '../understanding/mentions.js';

/** The evidence a candidate's confidence is built from (see confidence.ts); each 0..1. */
export interface Signals {
  /** How sure the engine is of the key's kind. */
  keyKind: number;
  /** Per distractor text: how sure it is of that stand-in's kind and plausibility (absent: certain). */
  standIns: Record<string, number>;
  /** How well the choices fit the stem: a stem that stands alone, grammar, no page furniture. */
  fit: number;
  /** How central the fact is to the story. */
  importance: number;
}

/** A question before selection: its parts, where it comes from, and what it names. */
export interface Candidate {
  kind: 'faq' | 'fact';
  prompt: string;
  correct: string;
  distractors: string[];
  evidence: string;
  explanation: string;
  /** FAQ pair index, or body sentence index: the order questions are shown in. */
  order: number;
  /** Canonical key of the answer ("" for FAQ statements), and the keys the prompt names. */
  answerKey: string;
  promptKeys: string[];
  /** The answer is a figure (a number, date, share or sum), not a name or a term. */
  figure?: boolean;
  /** The answer is a person's name: a quiz of "who said it" questions misses what happened. */
  person?: boolean;
  /** What the answer is, for fact questions on a mention of the article (see UNASKED_FACT_TYPES). */
  answerType?: EntityType;
  /** The paragraph of the article a fact question is asked from (0 is the first after the headline). */
  paragraph?: number;
  /** Asked from a table cell: a filler, one or two per quiz. */
  table?: boolean;
  /** What an FAQ answer's swapped slots say ("North Korea's"): another stem naming one gives it away. */
  slotTexts?: string[];
  /** What the FAQ question asks for, as swapped ("Elena Varga" for "Who ...?"): a fact naming it in its stem
   * gives it away, and a fact with it as answer asks the same again. */
  slotValues?: string[];
  /** A key term's head noun ("rates"): two questions of one family share their choices, so one is asked. */
  family?: string;
  /** Evidence for the candidate's confidence; below the threshold it is not asked. */
  signals?: Signals;
}

/** A stand-in's certainty (1 when none was recorded); own keys only, so "constructor" is a word like any other. */
export function standInCertaintyOf(candidate: Candidate, text: string): number {
  const standIns = candidate.signals?.standIns;
  return standIns && Object.hasOwn(standIns, text) ? standIns[text] : 1;
}
