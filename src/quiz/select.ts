/**
 * Picks the quiz: FAQ questions first, then the best-ranked facts shown in article order, never two on the
 * same fact and never one whose stem names another's answer; then places each correct choice so that
 * positions are balanced across the quiz.
 */
import type {Candidate} from './candidate.js';
import {answerIsLongest, checkCandidate, normalize} from './checks.js';
import {sameName} from './distractors.js';
import {contentWords} from './entities.js';
import {shuffle, type Random} from './random.js';
import type {Question} from './types.js';

const CHOICE_IDS = 'abcd';

/** What clash() compares, worked out once per candidate. */
interface Facets {
  candidate: Candidate;
  prompt: string;
  correct: string;
  evidence: Set<string>;
}

function facets(candidate: Candidate): Facets {
  let evidence: Set<string> | undefined;
  return {
    candidate,
    prompt: ` ${normalize(candidate.prompt)} `,
    correct: normalize(candidate.correct).replace(/^(the|a|an) /, ''),
    // Only the FAQ-versus-fact test needs the evidence's words: worked out on first use.
    get evidence() {
      return (evidence ??= new Set(contentWords(candidate.evidence)));
    },
  };
}

/** Shared words over the smaller set: a short FAQ answer inside a long sentence counts as the same fact. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

const spelledIn = (answer: string, prompt: string) => answer.split(' ').length <= 6 && prompt.includes(` ${answer} `);

/** Whether two questions ask the same fact or one gives the other's answer away. */
function clash(x: Facets, y: Facets): boolean {
  const [a, b] = [x.candidate, y.candidate];
  if (a.evidence === b.evidence || (a.answerKey && a.answerKey === b.answerKey)) return true;
  // A stem naming another question's answer, or its acronym ("FOMC"), gives it away.
  const names = (answer: string, keys: string[]) => !!answer && keys.some((key) => key === answer || sameName(key, answer));
  if (names(a.answerKey, b.promptKeys) || names(b.answerKey, a.promptKeys)) return true;
  if (spelledIn(x.correct, y.prompt) || spelledIn(y.correct, x.prompt)) return true;
  // A fact restating an FAQ answer asks the same thing twice.
  const [fact, faq] = a.kind === 'fact' ? [x, y] : [y, x];
  return fact.candidate.kind === 'fact' && faq.candidate.kind === 'faq' && faq.correct.includes(fact.correct) && overlap(fact.evidence, faq.evidence) >= 0.4;
}

export function selectQuestions(candidates: Candidate[], count: number, normalizedArticle: string, random: Random): Question[] {
  const faqs = candidates.filter((c) => c.kind === 'faq').sort((a, b) => a.order - b.order);
  const facts = candidates.filter((c) => c.kind === 'fact').sort((a, b) => b.score - a.score || a.order - b.order);
  const picked: Facets[] = [];
  let longest = 0;
  // Keep "the longest choice is right" rare: such facts wait while they would pass a quarter of the quiz.
  const waiting: Facets[] = [];
  const take = (mine: Facets) => {
    if (answerIsLongest(mine.candidate)) longest++;
    picked.push(mine);
  };
  for (const candidate of [...faqs, ...facts]) {
    if (picked.length >= count) break;
    const checked = checkCandidate(candidate, ` ${normalizedArticle} `);
    if (!checked) continue;
    const mine = facets(checked);
    if (picked.some((other) => clash(mine, other))) continue;
    if (checked.kind === 'fact' && answerIsLongest(checked) && longest + 1 > Math.max(1, (picked.length + 1) / 4)) waiting.push(mine);
    else take(mine);
  }
  for (const mine of waiting)
    if (picked.length < count && longest + 1 <= Math.max(1, (picked.length + 1) * 0.3) && !picked.some((other) => clash(mine, other))) take(mine);
  const chosen = picked.map((p) => p.candidate);
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
