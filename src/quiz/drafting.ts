/**
 * What the studio asks of the engine, built on its exported parts only: the draft quiz with each
 * question's confidence, the next-best candidate to replace a question, and fresh distractors for one.
 * Pure and deterministic, no DOM: it runs in Node too.
 */
import {draftCandidates, generateQuizFromText} from './generate.js';
import {checkCandidate, normalize} from './choosing/checks.js';
import {CONFIDENCE_THRESHOLD, confidenceOf} from './choosing/confidence.js';
import {createRandom, shuffle} from './random.js';
import type {Candidate} from './asking/candidate.js';
import type {GenerateOptions, Question, Quiz} from './types.js';

export {CONFIDENCE_THRESHOLD};

/** A draft: the quiz, and the engine's confidence (0..1) in each question it wrote, by question id. */
export interface EngineDraft {
  quiz: Quiz;
  confidence: Record<string, number>;
}

/** The engine's candidates for one article, checked, with their confidence; worked out once per article. */
export interface CandidatePool {
  /** The article and options the pool was drafted from (another seed drafts other stand-ins). */
  text: string;
  options: GenerateOptions;
  /** The normalised article, padded with spaces, as the checks read it. */
  article: string;
  candidates: Array<{candidate: Candidate; checked?: Candidate; confidence: number}>;
}

const CHOICE_IDS = 'abcdefghij';
const keyOf = (question: Question) => question.choices.find((choice) => choice.id === question.answer)?.text ?? '';

/** Every candidate of an article (plain text), checked against it, in the engine's rank order. */
export function candidatePool(text: string, options: GenerateOptions = {}): CandidatePool {
  const article = ` ${normalize(text.normalize('NFKC'))} `;
  const {candidates} = draftCandidates(text, options);
  return {
    text,
    options,
    article,
    candidates: candidates.map((candidate) => {
      const checked = checkCandidate(candidate, article);
      return {candidate, checked, confidence: checked ? confidenceOf(checked) : 0};
    }),
  };
}

/** The engine's entry for a question: the candidate with its stem and key. */
function entryFor(pool: CandidatePool, question: Question) {
  const key = normalize(keyOf(question));
  const prompt = normalize(question.prompt);
  return pool.candidates.find(({candidate}) => normalize(candidate.prompt) === prompt && normalize(candidate.correct) === key) ?? pool.candidates.find(({candidate}) => normalize(candidate.prompt) === prompt);
}

/** The quiz the reader element would write for this article (plain text), with the engine's confidence in each question. */
export function draftQuiz(text: string, options: GenerateOptions = {}, pool = candidatePool(text, options)): EngineDraft {
  const quiz = generateQuizFromText(text, options);
  const confidence: Record<string, number> = {};
  for (const question of quiz.questions) {
    const entry = entryFor(pool, question);
    if (entry) confidence[question.id] = Math.round(entry.confidence * 100) / 100;
  }
  return {quiz, confidence};
}

/** A candidate as a question with this id, its key placed among its distractors by a seed. */
function asQuestion(candidate: Candidate, id: string, seed: string): Question {
  const texts = shuffle([candidate.correct, ...candidate.distractors], createRandom(`${seed}:${candidate.prompt}`));
  const choices = texts.map((text, i) => ({id: CHOICE_IDS[i], text}));
  return {
    id,
    kind: candidate.kind,
    prompt: candidate.prompt,
    choices,
    answer: choices[texts.indexOf(candidate.correct)].id,
    explanation: candidate.explanation,
    evidence: candidate.evidence,
  };
}

/**
 * The engine's next-best question to put in the place of `questionId`: a checked candidate past the
 * confidence gate that asks none of the draft's stems or answers and none of `skip` (stems already offered),
 * preferring one on the same sentence; undefined when the engine has no other.
 */
export function nextCandidate(pool: CandidatePool, quiz: Quiz, questionId: string, skip: readonly string[] = [], seed = ''): {question: Question; confidence: number} | undefined {
  const current = quiz.questions.find((question) => question.id === questionId);
  if (!current) return undefined;
  const others = quiz.questions.filter((question) => question !== current);
  const prompts = new Set([...quiz.questions.map((question) => normalize(question.prompt)), ...skip.map((prompt) => normalize(prompt))]);
  const keys = new Set(others.map((question) => normalize(keyOf(question))));
  const evidence = new Set(others.map((question) => question.evidence).filter(Boolean));
  const usable = pool.candidates.filter(
    ({checked, confidence}) =>
      checked &&
      confidence >= CONFIDENCE_THRESHOLD &&
      !prompts.has(normalize(checked.prompt)) &&
      !keys.has(normalize(checked.correct)) &&
      !evidence.has(checked.evidence) &&
      // A stem naming another question's answer gives it away.
      !others.some((question) => ` ${normalize(checked.prompt)} `.includes(` ${normalize(keyOf(question))} `))
  );
  const best = usable.find(({checked}) => checked!.evidence === current.evidence) ?? usable[0];
  return best && {question: asQuestion(best.checked!, current.id, seed), confidence: Math.round(best.confidence * 100) / 100};
}

/**
 * Other wrong choices for a question the engine wrote (its key as it stands now): the candidate's other
 * stand-ins that pass the checks, else the stand-ins the engine drafts under other seeds (figures are
 * perturbed afresh, names ranked alike); undefined when it finds none that differ.
 */
export function freshDistractors(pool: CandidatePool, question: Question, tries = 6): string[] | undefined {
  const entry = entryFor(pool, question);
  if (!entry) return undefined;
  const correct = keyOf(question);
  const shown = new Set(question.choices.filter((choice) => choice.id !== question.answer).map((choice) => normalize(choice.text)));
  const differs = (texts: string[]) => texts.some((text) => !shown.has(normalize(text)));
  const attempt = (candidate: Candidate) => {
    const unseen = candidate.distractors.filter((text) => !shown.has(normalize(text)));
    const seen = candidate.distractors.filter((text) => shown.has(normalize(text)));
    for (const distractors of [unseen, [...unseen, ...seen]]) {
      const checked = checkCandidate({...candidate, correct, distractors}, pool.article);
      if (checked && differs(checked.distractors)) return checked.distractors;
    }
    return undefined;
  };
  const found = attempt(entry.candidate);
  if (found) return found;
  for (let k = 1; k <= tries; k++) {
    const other = entryFor(candidatePool(pool.text, {...pool.options, seed: `${pool.options.seed ?? ''}~${k}`}), question);
    const fresh = other && attempt(other.candidate);
    if (fresh) return fresh;
  }
  return undefined;
}

/** A question with new wrong choices, the key kept (same id, same text) and placed by a seed. */
export function withDistractors(question: Question, distractors: readonly string[], seed = ''): Question {
  const correct = keyOf(question);
  const texts = shuffle([correct, ...distractors], createRandom(`${seed}:${question.prompt}:${distractors.join('|')}`));
  const choices = texts.map((text, i) => ({id: CHOICE_IDS[i], text}));
  return {...question, choices, answer: choices[texts.indexOf(correct)].id};
}
