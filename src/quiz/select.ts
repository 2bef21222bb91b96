/**
 * Picks the quiz: FAQ questions first, then the best-ranked facts shown in article order, never two on the
 * same fact and never one whose stem names another's answer; then places each correct choice so that
 * positions are balanced across the quiz.
 */
import type {Candidate} from './candidate.js';
import {answerIsLongest, checkCandidate, normalize} from './checks.js';
import {contentWords} from './entities.js';
import {shuffle, type Random} from './random.js';
import type {Question} from './types.js';

const CHOICE_IDS = 'abcd';

function overlap(a: string, b: string): number {
  const words = new Set(contentWords(a));
  if (!words.size) return 0;
  const other = new Set(contentWords(b));
  return [...words].filter((word) => other.has(word)).length / words.size;
}

const spelledIn = (answer: string, prompt: string) =>
  normalize(answer).split(' ').length <= 6 && ` ${normalize(prompt)} `.includes(` ${normalize(answer).replace(/^(the|a|an) /, '')} `);

/** Whether two questions ask the same fact or one gives the other's answer away. */
function clash(a: Candidate, b: Candidate): boolean {
  if (a.evidence === b.evidence || (a.answerKey && a.answerKey === b.answerKey)) return true;
  if (a.answerKey && (b.promptKeys.includes(a.answerKey) || b.answerKey === a.answerKey)) return overlap(a.evidence, b.evidence) >= 0.4 || b.promptKeys.includes(a.answerKey);
  if (b.answerKey && a.promptKeys.includes(b.answerKey)) return true;
  if (spelledIn(a.correct, b.prompt) || spelledIn(b.correct, a.prompt)) return true;
  // A fact restating an FAQ answer asks the same thing twice.
  const [fact, faq] = a.kind === 'fact' ? [a, b] : [b, a];
  return fact.kind === 'fact' && faq.kind === 'faq' && normalize(faq.correct).includes(normalize(fact.correct)) && overlap(fact.evidence, faq.evidence) >= 0.4;
}

export function selectQuestions(candidates: Candidate[], count: number, normalizedArticle: string, random: Random): Question[] {
  const faqs = candidates.filter((c) => c.kind === 'faq').sort((a, b) => a.order - b.order);
  // An answer named in many other stems would block all of them: rank it lower.
  const named = new Map<string, number>();
  for (const c of candidates) for (const key of new Set(c.promptKeys)) named.set(key, (named.get(key) ?? 0) + 1);
  const rank = (c: Candidate) => c.score - 0.25 * (named.get(c.answerKey) ?? 0);
  const facts = candidates.filter((c) => c.kind === 'fact').sort((a, b) => rank(b) - rank(a) || a.order - b.order);
  const chosen: Candidate[] = [];
  let longest = 0;
  for (const candidate of [...faqs, ...facts]) {
    if (chosen.length >= count) break;
    const checked = checkCandidate(candidate, normalizedArticle, random);
    if (!checked || chosen.some((other) => clash(checked, other))) continue;
    // Keep "the longest choice is right" rare: past a quarter of the quiz, such facts wait their turn.
    if (checked.kind === 'fact' && answerIsLongest(checked) && longest + 1 > Math.max(1, count / 4)) continue;
    if (answerIsLongest(checked)) longest++;
    chosen.push(checked);
  }
  chosen.sort((a, b) => (a.kind === b.kind ? a.order - b.order : a.kind === 'faq' ? -1 : 1));

  // Correct positions cycle through a shuffled 0..3 so each position gets its share.
  let positions: number[] = [];
  return chosen.map((candidate, index) => {
    if (!positions.length) positions = shuffle([0, 1, 2, 3], random);
    const others = shuffle(candidate.distractors, random);
    const at = positions.pop()! % (others.length + 1);
    const texts = [...others.slice(0, at), candidate.correct, ...others.slice(at)];
    const choices = texts.map((text, i) => ({id: CHOICE_IDS[i], text}));
    return {
      id: `q${index + 1}`,
      kind: candidate.kind,
      prompt: candidate.prompt,
      choices,
      answer: CHOICE_IDS[at],
      explanation: candidate.explanation,
      evidence: candidate.evidence,
    };
  });
}
