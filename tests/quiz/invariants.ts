/** What every generated quiz must satisfy, whatever the input: shared by the property and example tests. */
import {normalize} from '../../src/quiz/choosing/checks.js';
import {STOP} from '../../src/quiz/understanding/gazetteer.js';
import type {Quiz} from '../../src/quiz/types.js';
import {draftCandidates} from '../../src/quiz/generate.js';
import type {SlotContext} from '../../src/quiz/asking/distractors.js';
import {contentWords} from '../../src/quiz/understanding/entities.js';
import type {Analysis} from '../../src/quiz/understanding/mentions.js';
import type {Candidate} from '../../src/quiz/asking/candidate.js';
import {CONFIDENCE_THRESHOLD, confidenceOf} from '../../src/quiz/choosing/confidence.js';

/** The answers of the candidates that pass the confidence gate (before selection), for up to 30 questions. */
export const passingAnswers = (text: string): string[] =>
  draftCandidates(text, {count: 30})
    .candidates.filter((c) => confidenceOf(c) >= CONFIDENCE_THRESHOLD)
    .map((c) => c.correct);

export function quizProblems(input: string, quiz: Quiz): string[] {
  const problems: string[] = [];
  const article = normalize(input.normalize('NFKC'));
  const ids = new Set<string>();
  for (const q of quiz.questions) {
    const where = `${q.id}: ${q.prompt.slice(0, 60)}`;
    if (ids.has(q.id)) problems.push(`${where}: duplicate question id`);
    ids.add(q.id);
    if (q.choices.length < 3) problems.push(`${where}: fewer than 3 choices`);
    if (new Set(q.choices.map((c) => c.id)).size !== q.choices.length) problems.push(`${where}: duplicate choice ids`);
    const keys = q.choices.map((c) => normalize(c.text).replace(/^(the|a|an) /, ''));
    if (keys.some((k) => !k) || new Set(keys).size !== keys.length) problems.push(`${where}: empty or repeated choice text`);
    const right = q.choices.filter((c) => c.id === q.answer);
    if (right.length !== 1) problems.push(`${where}: answer is not exactly one choice`);
    if (!q.evidence || !article.includes(normalize(q.evidence))) problems.push(`${where}: evidence not in the input`);
    if (!q.explanation) problems.push(`${where}: no explanation`);
    const answer = right[0] ? normalize(right[0].text) : '';
    // quiz-check's "supported by the article": the correct choice's words are the article's words.
    const missing = answer.split(' ').filter((word) => word.length > 1 && !STOP.has(word) && !` ${article} `.includes(` ${word} `));
    if (missing.length) problems.push(`${where}: correct choice words not in the input: ${missing.join(', ')}`);
    if (answer && answer.split(' ').length <= 6 && ` ${normalize(q.prompt)} `.includes(` ${answer} `)) problems.push(`${where}: answer leaks into the prompt`);
  }
  return problems;
}

/** What the stand-in finders know of sentence `sentence` with the span start..end blanked. */
export function contextFor(analysis: Analysis, sentence: number, start: number, end: number): SlotContext {
  const text = analysis.sentences[sentence];
  const prompt = text.slice(0, start) + '___' + text.slice(end);
  const others = analysis.mentions[sentence].filter((m) => m.start !== start);
  return {
    words: [...new Set(contentWords(prompt))],
    keys: new Set(analysis.mentions[sentence].map((m) => m.key)),
    near: others.map((m) => m.key),
    own: [sentence],
    text: prompt.toLowerCase(),
    nameWords: new Set(others.flatMap((m) => contentWords(m.key))),
  };
}

/** A fact candidate the confidence gate passes (sure key, full fit), for the selection tests. */
export const sureFact = (order: number, prompt: string, correct: string, distractors: string[], extra: Partial<Candidate> = {}): Candidate => ({
  kind: 'fact',
  prompt,
  correct,
  distractors,
  evidence: prompt.replace('___', correct),
  explanation: '',
  order,
  answerKey: correct,
  promptKeys: [],
  signals: {keyKind: 1, standIns: {}, fit: 1, importance: 0.8},
  ...extra,
});
