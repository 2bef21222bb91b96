/**
 * Checks a ready quiz in quiz JSON form (authored, or made by the CLI and edited) before it is used: the
 * first fault is named by question and field, so an editor can find it. Pure: no DOM, runs in Node too.
 */
import type {Choice, Question, QuestionKind, Quiz} from './types.js';

/** Longest prompt, choice, explanation or evidence a quiz may carry. */
export const MAX_TEXT = 2000;
const KINDS: readonly QuestionKind[] = ['faq', 'fact', 'authored'];

/** The first fault in a quiz: where it is ("q3", "choices[1].text") and what is wrong. */
export interface QuizFault {
  /** The question's id, or its position ("question 3") when it has none; absent for the quiz itself. */
  question?: string;
  field: string;
  message: string;
}

export type QuizCheck = {quiz: Quiz; fault?: undefined} | {quiz?: undefined; fault: QuizFault};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** A quiz from a value of unknown shape (parsed JSON), cleaned of unknown fields; or its first fault. */
export function validateQuiz(value: unknown): QuizCheck {
  const list = isRecord(value) ? value['questions'] : Array.isArray(value) ? value : undefined;
  if (!Array.isArray(list)) return {fault: {field: 'questions', message: 'the quiz needs a "questions" list'}};
  if (!list.length) return {fault: {field: 'questions', message: 'the quiz has no questions'}};
  const questions: Question[] = [];
  const ids = new Set<string>();
  for (const [index, item] of list.entries()) {
    const checked = validateQuestion(item, index);
    if ('fault' in checked) return {fault: checked.fault};
    if (ids.has(checked.question.id)) return {fault: {question: checked.question.id, field: 'id', message: 'two questions share this id'}};
    ids.add(checked.question.id);
    questions.push(checked.question);
  }
  return {quiz: {questions}};
}

function validateQuestion(item: unknown, index: number): {question: Question} | {fault: QuizFault} {
  const where = isRecord(item) && text(item['id']) ? text(item['id']) : `question ${index + 1}`;
  const fault = (field: string, message: string) => ({fault: {question: where, field, message}});
  if (!isRecord(item)) return fault('question', 'is not an object');
  const id = text(item['id']) || `q${index + 1}`;
  const prompt = text(item['prompt']);
  if (!prompt) return fault('prompt', 'is empty');
  if (prompt.length > MAX_TEXT) return fault('prompt', `is longer than ${MAX_TEXT} characters`);
  const kind = item['kind'] === undefined ? 'authored' : item['kind'];
  if (!KINDS.includes(kind as QuestionKind)) return fault('kind', `must be one of ${KINDS.join(', ')}`);
  const rawChoices = item['choices'];
  if (!Array.isArray(rawChoices) || rawChoices.length < 2) return fault('choices', 'needs at least 2 choices');
  const choices: Choice[] = [];
  for (const [at, raw] of rawChoices.entries()) {
    // A bare string is a choice too; its id is its letter.
    const choice = typeof raw === 'string' ? {id: 'abcdefghij'[at] ?? `c${at + 1}`, text: raw} : raw;
    if (!isRecord(choice)) return fault(`choices[${at}]`, 'is not a choice');
    const choiceId = text(choice['id']);
    const choiceText = text(choice['text']);
    if (!choiceId) return fault(`choices[${at}].id`, 'is empty');
    if (!choiceText) return fault(`choices[${at}].text`, 'is empty');
    if (choiceText.length > MAX_TEXT) return fault(`choices[${at}].text`, `is longer than ${MAX_TEXT} characters`);
    if (choices.some((other) => other.id === choiceId)) return fault(`choices[${at}].id`, `repeats "${choiceId}"`);
    if (choices.some((other) => other.text.toLowerCase() === choiceText.toLowerCase())) return fault(`choices[${at}].text`, 'repeats another choice');
    choices.push({id: choiceId, text: choiceText});
  }
  const answer = text(item['answer']);
  if (!answer) return fault('answer', 'is missing');
  if (!choices.some((choice) => choice.id === answer)) return fault('answer', `names no choice ("${answer}")`);
  const question: Question = {id, kind: kind as QuestionKind, prompt, choices, answer};
  for (const field of ['explanation', 'evidence'] as const) {
    const value = item[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return fault(field, 'must be text');
    if (value.length > MAX_TEXT) return fault(field, `is longer than ${MAX_TEXT} characters`);
    if (value.trim()) question[field] = value.trim();
  }
  return {question};
}

/** "q3, choices[1].text: is empty": a fault as one line for a message or a log. */
export function describeFault(fault: QuizFault): string {
  return `${fault.question ? `${fault.question}, ` : ''}${fault.field}: ${fault.message}`;
}
