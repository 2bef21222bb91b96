/**
 * Edit operations on a draft, as pure functions: each returns a new draft, or the fault that blocks the
 * edit (named by question and field, as validateQuiz names it). A draft is always a valid quiz or empty.
 */
import {validateQuiz, type QuizFault} from '../quiz/validate.js';
import type {Choice, Question} from '../quiz/types.js';
import type {Draft} from './draft.js';

export type EditResult = {draft: Draft; fault?: undefined} | {draft?: undefined; fault: QuizFault};

const CHOICE_IDS = 'abcdefghij';
/** The most choices a question may have (one per letter a..j). */
export const MAX_CHOICES = CHOICE_IDS.length;

/** The draft with these questions, if they make a valid quiz (an empty draft is allowed too). */
function withQuestions(draft: Draft, questions: Question[], confidence = draft.confidence): EditResult {
  if (!questions.length) return {draft: {quiz: {questions: []}, confidence: {}}};
  const checked = validateQuiz({questions});
  if (checked.fault) return {fault: checked.fault};
  const ids = new Set(questions.map((question) => question.id));
  const kept = Object.fromEntries(Object.entries(confidence).filter(([id]) => ids.has(id)));
  return {draft: {quiz: checked.quiz, confidence: kept}};
}

function change(draft: Draft, id: string, edit: (question: Question) => Question, confidence?: Record<string, number>): EditResult {
  const at = draft.quiz.questions.findIndex((question) => question.id === id);
  if (at < 0) return {fault: {question: id, field: 'id', message: 'no such question'}};
  const questions = draft.quiz.questions.slice();
  questions[at] = edit(questions[at]);
  return withQuestions(draft, questions, confidence);
}

export const setPrompt = (draft: Draft, id: string, prompt: string) => change(draft, id, (question) => ({...question, prompt}));

export const setExplanation = (draft: Draft, id: string, explanation: string) =>
  change(draft, id, (question) => {
    const {explanation: _old, ...rest} = question;
    return explanation.trim() ? {...rest, explanation} : rest;
  });

export const setChoice = (draft: Draft, id: string, choiceId: string, text: string) =>
  change(draft, id, (question) => ({...question, choices: question.choices.map((choice) => (choice.id === choiceId ? {...choice, text} : choice))}));

export const setAnswer = (draft: Draft, id: string, choiceId: string) => change(draft, id, (question) => ({...question, answer: choiceId}));

/** A new choice at the end, with the given text and the first free letter. */
export function addChoice(draft: Draft, id: string, text: string): EditResult {
  return change(draft, id, (question) => {
    const free = [...CHOICE_IDS].find((letter) => !question.choices.some((choice) => choice.id === letter)) ?? `c${question.choices.length + 1}`;
    return {...question, choices: [...question.choices, {id: free, text}]};
  });
}

/** Removes a choice; the key cannot be removed (choose another key first). */
export function removeChoice(draft: Draft, id: string, choiceId: string): EditResult {
  const question = draft.quiz.questions.find((item) => item.id === id);
  if (question?.answer === choiceId) return {fault: {question: id, field: `choices`, message: 'the right answer cannot be removed; mark another choice right first'}};
  return change(draft, id, (item) => ({...item, choices: item.choices.filter((choice) => choice.id !== choiceId)}));
}

export function deleteQuestion(draft: Draft, id: string): EditResult {
  return withQuestions(
    draft,
    draft.quiz.questions.filter((question) => question.id !== id)
  );
}

/** Moves a question by `delta` places (clamped to the ends). */
export function moveQuestion(draft: Draft, id: string, delta: number): EditResult {
  const questions = draft.quiz.questions.slice();
  const from = questions.findIndex((question) => question.id === id);
  if (from < 0) return {fault: {question: id, field: 'id', message: 'no such question'}};
  const to = Math.max(0, Math.min(questions.length - 1, from + delta));
  const [moved] = questions.splice(from, 1);
  questions.splice(to, 0, moved);
  return withQuestions(draft, questions);
}

/** An id no question of the draft has: q1, q2, ... */
export function freeId(draft: Draft): string {
  const taken = new Set(draft.quiz.questions.map((question) => question.id));
  let n = draft.quiz.questions.length + 1;
  while (taken.has(`q${n}`)) n++;
  return `q${n}`;
}

/** A copy of a question right after it, with a new id, marked as written by a person. */
export function duplicateQuestion(draft: Draft, id: string): EditResult {
  const questions = draft.quiz.questions.slice();
  const at = questions.findIndex((question) => question.id === id);
  if (at < 0) return {fault: {question: id, field: 'id', message: 'no such question'}};
  questions.splice(at + 1, 0, {...structuredClone(questions[at]), id: freeId(draft), kind: 'authored'});
  return withQuestions(draft, questions);
}

/** What an editor writes to add a question by hand. */
export interface NewQuestion {
  prompt: string;
  choices: string[];
  /** Index of the right choice in `choices`. */
  answer: number;
  explanation?: string;
}

/** Adds a question written by hand (kind `authored`) at the end; empty choice fields are left out. */
export function addQuestion(draft: Draft, input: NewQuestion): EditResult {
  const id = freeId(draft);
  const choices: Choice[] = [];
  let answer = '';
  input.choices.forEach((text, index) => {
    if (!text.trim()) return;
    const choiceId = CHOICE_IDS[choices.length];
    if (index === input.answer) answer = choiceId;
    choices.push({id: choiceId, text});
  });
  const question: Question = {id, kind: 'authored', prompt: input.prompt, choices, answer};
  if (input.explanation?.trim()) question.explanation = input.explanation;
  return withQuestions(draft, [...draft.quiz.questions, question]);
}

/** Puts a question in the place of another (same id), with the engine's confidence in it. */
export function replaceQuestion(draft: Draft, question: Question, confidence?: number): EditResult {
  const rest = Object.fromEntries(Object.entries(draft.confidence).filter(([id]) => id !== question.id));
  return change(draft, question.id, () => question, confidence === undefined ? rest : {...rest, [question.id]: confidence});
}

/** A draft from quiz JSON of unknown shape (imported, or set as the `quiz` property), or its fault. */
export function draftFromQuiz(value: unknown, confidence: Record<string, number> = {}): EditResult {
  const checked = validateQuiz(value);
  if (checked.fault) return {fault: checked.fault};
  return withQuestions({quiz: checked.quiz, confidence: {}}, checked.quiz.questions, confidence);
}
