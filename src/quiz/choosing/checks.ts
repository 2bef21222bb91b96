/**
 * Checks a candidate the way a careful reviewer (and quiz-check) would: distinct, non-nested choices, no
 * answer in its own stem, no distractor that fills the blank into a sentence of the article, evidence
 * quoted from the article, and choice lengths that do not point at the answer.
 */
import {standInCertaintyOf, type Candidate} from '../asking/candidate.js';
import {PLACES, STOP} from '../understanding/gazetteer.js';
import {STAND_IN_FLOOR} from '../understanding/kinds.js';
import {sameName, sameNickname} from '../asking/distractors.js';

/** Lowercased words and numbers, punctuation dropped, as quiz-check compares text (input is NFKC already). */
const normalized = new Map<string, string>();

export function normalize(text: string): string {
  // Short strings (prompts, choices) come back again and again: remember them, within bounds.
  const known = normalized.get(text);
  if (known !== undefined) return known;
  if (normalized.size > 4000) normalized.clear();
  const plain = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”–—…]/g, ' ');
  // Plain ASCII takes a much faster pattern than the Unicode one; both give the same result.
  const result = (/[^\x00-\x7f]/.test(plain) ? plain.replace(/[^\p{L}\p{N}'\s-]+/gu, ' ') : plain.replace(/[^a-z0-9'\s-]+/g, ' ')).replace(/\s+/g, ' ').trim();
  if (text.length < 2000) normalized.set(text, result);
  return result;
}

const wordCount = (text: string) => normalize(text).split(' ').filter(Boolean).length;
const bare = (text: string) => normalize(text).replace(/^(the|a|an) /, '');
const contains = (outer: string, inner: string) => ` ${normalize(outer)} `.includes(` ${normalize(inner)} `);
export const BLANK = '___';

/** "Of that, £23 billion would go on ...": the whole a sentence takes its part of is in the sentence before. */
export const PART_OF_BEFORE = /^(?:Of (?:that|this|these|those|them|which)|Of the rest)\b/;

/** "The Northern Ireland athlete went off at a startling pace": a description that stands for a name. */
export const DESCRIBED_SUBJECT =
  /^The (?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:athlete|player|striker|midfielder|star|winger|forward|defender|champion|runner|sprinter|boxer|golfer|veteran|youngster|international|skipper|keeper)\b/u;

/**
 * Whether a sentence's subject points back at an earlier one ("It rose to ...", "By Sunday, the number had
 * fallen to ..."): shown alone as a stem, the reader cannot tell what it speaks of.
 */
export function hasDanglingSubject(sentence: string): boolean {
  // ("And that prompted ...": a connective first leans on the sentence before all the more.)
  return (
    PART_OF_BEFORE.test(sentence) ||
    // "The 32-year-old will race ...": an age for a name says whom only after the sentence that named them.
    /^(?:(?:and|but) )?the \d{1,3}-year-old\b/i.test(sentence) ||
    DESCRIBED_SUBJECT.test(sentence) ||
    /^(?:(?:and|but|so|yet) )?(?:[^,]{0,40}, )?(?:it|this|that|these|those|they|the number|the figure|the total|the same|such)\b/i.test(sentence) ||
    // "The average is ___ milliseconds", "The rise was driven by ...": of what, the sentence before says.
    /^The (?:average|rest|remainder|latter|former|difference|increase|rise|fall|drop|decline|move|gap|jump)\b(?! of\b)/.test(sentence) ||
    // "Most charge between ...": a quantifier whose noun is in the sentence before.
    /^(?:Most|Many|Some|Few|Several|Others|Both)\s+(?:are|were|have|had|will|would|can|could|do|did|charge|offer|say|said|believe|expect|use|provide|require|allow|take|make|cost|include|now|also|still)\b/.test(sentence)
  );
}

/**
 * Whether two normalised choices may name one thing: an acronym or clipping ("fed", "federal reserve"),
 * a shortened form word by word ("man city", "manchester city"), or one spelling inside another ("jpg",
 * "jpeg"). Such a pair would make two right answers.
 */
export function aliases(a: string, b: string): boolean {
  if (a === b || sameName(a, b) || sameNickname(a, b)) return true;
  // "the Commerce Department" and "the Department of Commerce": the same words in another order.
  const content = (text: string) =>
    text
      .split(' ')
      .filter((word) => !STOP.has(word))
      .sort()
      .join(' ');
  const short = (text: string) => text.includes(' ') && text.split(' ').length <= 5;
  if (short(a) && short(b) && content(a) === content(b)) return true;
  const [x, y] = [a.split(' '), b.split(' ')];
  // An initialism, in lower case as normalised text is ("cla", "contributor license agreement").
  const [one, many] = x.length === 1 ? [a, y] : [b, x];
  if (
    one.length >= 2 &&
    one.length <= 6 &&
    many.length >= 2 &&
    [
      many.map((w) => w[0]).join(''),
      many
        .filter((w) => !STOP.has(w))
        .map((w) => w[0])
        .join(''),
    ].includes(one)
  )
    return true;
  if (x.length === y.length && x.length > 1 && x.every((word, i) => word.startsWith(y[i]) || y[i].startsWith(word)) && x.some((word, i) => word !== y[i])) return true;
  if (x.length === 1 && y.length === 1 && Math.abs(a.length - b.length) <= 2 && Math.min(a.length, b.length) >= 3 && a[0] === b[0]) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    let at = 0;
    for (const char of long) if (char === short[at]) at++;
    return at === short.length && /\d/.test(a + b) === false && short.length <= 4;
  }
  return false;
}

/** Whether curly quotes do not pair up, or straight double quotes are odd in number. */
export function unbalancedQuotes(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1;
}

/** The article last checked, and its words. */
let quoted = {article: '', words: new Set<string>()};

/**
 * The candidate with unusable distractors removed and three (or two) kept so the answer is neither the
 * only longest nor the only shortest choice when that can be avoided; undefined when it cannot be asked.
 */
/** `article` is the normalised article with a space at each end, so words can be found whole. */
/**
 * A source's typo kept in the stem: "his return to the to the starting line-up", "in the the final", or
 * two sentences run together without a stop ("... highly engaged gamers It’s clear that ...").
 */
export function stutters(prompt: string): boolean {
  return /\p{Ll}\s+(?:It|It’s|It's|This|These|They|We|He|She|There)\s/u.test(prompt) || /\b(the|a|an|to|of|in|on|at|for|and|is|was)\s+\1\b/i.test(prompt) || /\b(\p{L}+\s+\p{L}+)\s+\1\b/iu.test(prompt);
}

/** A markdown emphasis marker at a word's edge: "*bold", "word_" (the blank read as a word). */
const LEFTOVER_EMPHASIS = /(?:^|[\s("“])[*_]{1,2}(?=[\p{L}\d])|(?<=[\p{L}\d.,!?])[*_]{1,2}(?=[\s.,;:)"”!?]|$)/u;

export function checkCandidate(candidate: Candidate, article: string): Candidate | undefined {
  const {correct, prompt} = candidate;
  if (!normalize(correct) || !normalize(prompt)) return undefined;
  // A stem that opens or closes a quotation it does not hold ("It has been five years.”") is a piece of
  // a longer quote: read alone, it is garbled.
  if (candidate.kind === 'fact' && (unbalancedQuotes(prompt) || stutters(prompt))) return undefined;
  // "did their best *___ impersonation": markdown emphasis left in the stem is leftover markup.
  if (LEFTOVER_EMPHASIS.test(prompt.replace(BLANK, 'X'))) return undefined;
  if (article !== quoted.article) quoted = {article, words: new Set(article.split(' '))};
  let {evidence} = candidate;
  // Markdown bold before a possessive ("**Liverpool**'s") leaves "Liverpool 's" in the raw text.
  if (!article.includes(normalize(evidence))) evidence = evidence.replace(/(\p{L})(['’]s)\b/gu, '$1 $2');
  if (!article.includes(normalize(evidence))) return undefined;
  // Every word of the correct choice must be a word of the article as written: "California-based" and
  // "Liverpool's" are single words there, so "California" or "Liverpool" alone would not count as said.
  if (
    normalize(correct)
      .split(' ')
      .some((word) => !STOP.has(word) && word.length > 1 && !quoted.words.has(word))
  )
    return undefined;
  const short = wordCount(correct) <= 6;
  if (short && contains(prompt, correct)) return undefined;
  const seen = new Set([bare(correct)]);
  // The stem around the blank, normalised once: a filled stem is the two ends around the stand-in.
  const blank = prompt.indexOf(BLANK);
  const [before, after] = [normalize(prompt.slice(0, blank)), normalize(prompt.slice(blank + BLANK.length))];
  const theBeforeBlank = blank > 0 && /\bthe\s$/i.test(prompt.slice(0, blank));
  const usable = candidate.distractors.filter((distractor) => {
    if (standInCertaintyOf(candidate, distractor) < STAND_IN_FLOOR) return false;
    const key = bare(distractor);
    // An alias, acronym or other spelling of the key ("La Liga" for "LaLiga") is the key again.
    if (!key || seen.has(key) || [...seen].some((other) => aliases(key, other)) || sameName(distractor.replace(/^(?:the|a|an) /i, ''), correct.replace(/^(?:the|a|an) /i, ''))) return false;
    if (short && wordCount(distractor) <= 6 && (contains(distractor, correct) || contains(correct, distractor))) return false;
    if (blank >= 0 && article.includes(`${before} ${normalize(distractor)} ${after}`.trim())) return false;
    // "The ___ season" keeps its "the": a choice bringing its own would read "the the Premier League".
    if (theBeforeBlank && /^the\s/i.test(distractor)) return false;
    seen.add(key);
    return true;
  });
  // Only the key with (or without) "the": grammar points at it. A name's choices all take the key's
  // article, or none: "a complaint from ___" reads "from Information Tribunal" beside "the Tories".
  const determined = (text: string) => /^(?:the|a|an)\s/i.test(text);
  // (Places write their own article: "in Ukraine" and "in the U.S." are both right.)
  const place = (text: string) => PLACES.has(text.replace(/^the\s+/i, ''));
  if (candidate.kind === 'fact' && !candidate.figure && !place(correct)) usable.splice(0, usable.length, ...usable.filter((distractor) => place(distractor) || determined(distractor) === determined(correct)));
  if (usable.length < 2) return undefined;
  if (usable.every((distractor) => determined(distractor) !== determined(correct))) return undefined;
  const distractors = balanceLengths(correct, usable.slice(0, 6));
  // "... the Federal Maritime Commission" as the only maritime choice under a stem about ports at sea:
  // the stem's own words point at the key when no other choice shares one.
  const stemWords = new Set(
    normalize(prompt.replace(BLANK, ' '))
      .split(' ')
      .filter((word) => word.length > 3 && !STOP.has(word))
  );
  const echoes = (text: string) =>
    normalize(text)
      .split(' ')
      .some((word) => stemWords.has(word));
  if (echoes(correct) && !distractors.some(echoes)) return undefined;
  return {...candidate, evidence, distractors};
}

/**
 * Picks three distractors (or two) from the pool, most plausible first, so that the correct choice is
 * neither the only longest nor the only shortest and its length is near theirs.
 */
function balanceLengths(correct: string, pool: string[]): string[] {
  const length = normalize(correct).length;
  const lengthOf = pool.map((text) => normalize(text).length);
  const size = Math.min(3, pool.length);
  let best: number[] = [];
  let bestCost = Infinity;
  const visit = (picked: number[], from: number) => {
    if (picked.length === size) {
      let sum = 0;
      let shorter = 0;
      let longer = 0;
      let rank = 0;
      for (const i of picked) {
        sum += lengthOf[i];
        shorter += lengthOf[i] < length ? 1 : 0;
        longer += lengthOf[i] > length ? 1 : 0;
        rank += i;
      }
      const cost = (shorter === size ? 2 : 0) + (longer === size ? 1 : 0) + Math.abs(sum / size - length) / length + rank / 10;
      if (cost < bestCost) {
        best = picked.slice();
        bestCost = cost;
      }
      return;
    }
    for (let i = from; i < pool.length; i++) {
      picked.push(i);
      visit(picked, i + 1);
      picked.pop();
    }
  };
  visit([], 0);
  return best.map((i) => pool[i]);
}

/** Whether the correct choice is strictly the longest: used to keep that cue rare across a quiz. */
export function answerIsLongest(candidate: Candidate): boolean {
  const length = normalize(candidate.correct).length;
  return candidate.distractors.every((d) => normalize(d).length < length);
}
