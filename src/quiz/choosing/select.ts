/**
 * Picks the quiz: FAQ questions first, then the best-ranked facts shown in article order, never two on the
 * same fact and never one whose stem names another's answer; then places each correct choice so that
 * positions are balanced across the quiz.
 */
import type {Candidate} from '../asking/candidate.js';
import {answerIsLongest, checkCandidate, normalize} from './checks.js';
import {CONFIDENCE_THRESHOLD, askable, confidenceOf} from './confidence.js';
import {sameName} from '../asking/distractors.js';
import {valueOf} from '../asking/figure-stand-ins.js';
import {contentWords} from '../understanding/entities.js';
import {CAPITALS} from '../understanding/gazetteer.js';
import {shuffle, type Random} from '../random.js';
import type {Question} from '../types.js';

const CHOICE_IDS = 'abcd';
/** Fewer questions than this that pass the confidence gate make no quiz. */
export const MIN_QUESTIONS = 3;

/** What clash() compares, worked out once per candidate. */
interface Facets {
  candidate: Candidate;
  prompt: string;
  correct: string;
  /** Whether the answer is short enough (six words) to count as spelled out in another stem. */
  short: boolean;
  evidence: Set<string>;
  /** Position in the pool: keys the remembered clashes. */
  id: number;
  /** An FAQ's swapped phrases and asked-for values, normalised once (see Candidate). */
  slotPhrases: string[];
  slotValues: string[];
}

const bareTexts = (texts: string[] = []) => texts.map((text) => normalize(text).replace(/^(the|a|an) /, '')).filter(Boolean);

/**
 * Figures written alike: "0.50" and "0.5" are one figure, and "$3.7M" is "$3.7 million", so a stem or a
 * headline holding one gives the other away.
 */
const sameFigures = (text: string) =>
  text
    .replace(/\b(\d+)\.(\d*?)0+\b/g, (_, whole: string, fraction: string) => (fraction ? `${whole}.${fraction}` : whole))
    .replace(/(\d)\s?(?:M|m)\b/g, '$1 million')
    .replace(/(\d)\s?(?:bn|B)\b/g, '$1 billion');

function facets(candidate: Candidate, id: number): Facets {
  let evidence: Set<string> | undefined;
  const correct = normalize(sameFigures(candidate.correct)).replace(/^(the|a|an) /, '');
  return {
    candidate,
    prompt: ` ${normalize(sameFigures(candidate.prompt))} `,
    correct,
    short: correct.split(' ').length <= 6,
    id,
    slotPhrases: bareTexts(candidate.slotTexts),
    slotValues: bareTexts(candidate.slotValues),
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

/** Share of the shorter sentence's content words that marks two facts' sentences as one fact told twice. */
const RESTATED = 0.6;

const spelledIn = (x: Facets, y: Facets) => x.short && y.prompt.includes(` ${x.correct} `);

/**
 * Whether another stem states a figure of the key's unit within 5% of it ("69% of over-55s always vote"
 * beside "Among the over-65s, ___ said they would be certain to vote", keyed 70%): the reader anchors on it,
 * and the nearest choice is the key.
 */
function anchoredBy(x: Candidate, y: Candidate): boolean {
  const key = valueOf(x.correct);
  if (!x.figure || key === undefined || key === 0) return false;
  const unit = x.correct.replace(/[\d.,\s]+/g, '#');
  for (const match of y.prompt.matchAll(/[$£€]?\s?\d+(?:,\d{3})*(?:\.\d+)?\s?(?:%|bn|m|million|billion)?/g)) {
    const value = valueOf(match[0]);
    if (value !== undefined && value !== key && match[0].replace(/[\d.,\s]+/g, '#') === unit && Math.abs(value - key) <= 0.05 * key) return true;
  }
  return false;
}

const slotsIn = (x: Facets, y: Facets) =>
  y.candidate.kind === 'fact' && (x.slotPhrases.some((text) => y.prompt.includes(` ${text} `)) || x.slotValues.some((text) => text === y.correct || y.prompt.includes(` ${text} `)));

/** Whether a stem's keys name an answer, or its acronym ("FOMC"). */
// (Only a one-word name can be an acronym or clipping of a longer one: most pairs need no closer look.)
const names = (answer: string, keys: string[]) => {
  if (!answer) return false;
  const spaced = answer.includes(' ');
  return keys.some((key) => key === answer || (key.includes(' ') !== spaced && sameName(key, answer)));
};

/** Whether `y`'s stem holds two figures compared ("£75m compared with £125m") from which `x`'s change follows. */
function changeGivenBy(x: Candidate, y: Candidate): boolean {
  if (!/%$/.test(x.correct) || !/\b(?:rise|rose|fall|fell|drop|dropped|increase|increased|decrease|decreased|decline|declined|jump|jumped|growth|grew|up|down)\b/i.test(x.prompt)) return false;
  const figures = y.prompt.match(/[$€£]\d[\d,.]*\s*(?:bn|m|million|billion)?/g) ?? [];
  return figures.length >= 2 && /\b(?:compared with|compared to|against|from|a year earlier|a year ago|last year)\b/i.test(y.prompt);
}

/** Plain figures in a text ("90", "521", "1,200"), not years, shares or sums with a unit. */
const plainFigures = (text: string) =>
  [...text.matchAll(/(?<![\d.,$€£%])\d{1,3}(?:,\d{3})*(?![\d.,%]|\s*(?:bn|m\b|million|billion))/g)].map((m) => Number(m[0].replace(/,/g, ''))).filter((n) => n > 1 && (n < 1900 || n > 2100));

/**
 * "90 journalist jobs - ___ of their editorial staff" beside "employ ___ journalists" (521): a share that
 * one question's key and the other's stem give by division.
 */
function shareGivenBy(x: Candidate, y: Candidate): boolean {
  const share = /^(\d+(?:\.\d+)?)%$/.exec(x.correct);
  if (!share || !y.figure) return false;
  const p = Number(share[1]);
  const parts = plainFigures(`${x.prompt} ${y.prompt} ${y.correct}`);
  return parts.some((a) => parts.some((b) => a < b && Math.abs((100 * a) / b - p) <= 0.5));
}

/** Sums of money in a text ("$16bn", "£8.5bn"), with their currency sign. */
const sumsIn = (text: string) => [...text.matchAll(/([$€£])\s?(\d[\d,.]*\s*(?:bn|m|million|billion|trillion)?)\b/gi)].map((m) => ({sign: m[1], value: valueOf(m[2])}));

/**
 * "its $16bn takeover of AT&T" beside "financed with ___ of shares as well as a $1bn special dividend": a
 * sum that another question's stem and its own give by adding or taking away ($16bn less $1bn).
 */
function sumGivenBy(x: Candidate, y: Candidate): boolean {
  const [key] = sumsIn(x.correct);
  if (!x.figure || !key?.value) return false;
  const own = sumsIn(x.prompt).filter((sum) => sum.sign === key.sign && sum.value);
  const other = sumsIn(y.prompt).filter((sum) => sum.sign === key.sign && sum.value);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(a, b);
  return other.some((a) => own.some((b) => near(a.value! + b.value!, key.value!) || near(Math.abs(a.value! - b.value!), key.value!)));
}

const inCountry = (country: string, keys: string[]) => !!country && keys.some((key) => CAPITALS.get(key) === country);

/** Whether two questions ask the same fact or one gives the other's answer away. */
function clash(x: Facets, y: Facets): boolean {
  const a = x.candidate;
  const b = y.candidate;
  // (Two cells of one table row share their evidence, the row, yet ask different things.)
  if ((a.evidence === b.evidence && !(a.table && b.table)) || (a.answerKey && (a.answerKey === b.answerKey || sameName(a.answerKey, b.answerKey)))) return true;
  // ("0.5%" and "0.50%" are one figure asked twice.)
  if (a.figure && b.figure && x.correct === y.correct) return true;
  // "GM is obliged to buy the ___ it does not own" beside "cut GM's holding to ___": shares that make a whole
  // answer each other.
  if (a.figure && b.figure && /^\d+(?:\.\d+)?%$/.test(a.correct) && /^\d+(?:\.\d+)?%$/.test(b.correct) && Math.abs(parseFloat(a.correct) + parseFloat(b.correct) - 100) < 0.01) return true;
  // Key terms of one head noun share their choices: each question would hint at the other's answer.
  if (a.family && a.family === b.family) return true;
  // Two figures drawn from one stats box offer the same choices ("28% / 40% / 31% / 43%" twice, m40): each
  // key is a stand-in in the other, and answering one rules out a choice of the other.
  // (A table's column is the exception: its cells are the story's own set, asked row by row.)
  if (a.figure && b.figure && !(a.table && b.table) && [a.correct, ...a.distractors].filter((choice) => [b.correct, ...b.distractors].includes(choice)).length >= 3) return true;
  // "13 / 11 / 10 / 12 February 2003" beside "___" keyed "February 2003": every choice of one question holds the
  // other's key.
  if ((a.figure && [b.correct, ...b.distractors].every((choice) => choice.includes(a.correct))) || (b.figure && [a.correct, ...a.distractors].every((choice) => choice.includes(b.correct)))) return true;
  // A stem naming another question's answer gives it away.
  if (names(a.answerKey, b.promptKeys) || names(b.answerKey, a.promptKeys)) return true;
  // ... or a city of the country it asks for: "the Pakistani community in Manchester" answers "a visit to ___".
  if (inCountry(a.answerKey, b.promptKeys) || inCountry(b.answerKey, a.promptKeys)) return true;
  if (spelledIn(x, y) || spelledIn(y, x) || anchoredBy(a, b) || anchoredBy(b, a)) return true;
  // "a ___ drop in profits" beside a stem reading "a profit of £75m compared with £125m": the two figures
  // give the change by arithmetic.
  if (changeGivenBy(a, b) || changeGivenBy(b, a) || shareGivenBy(a, b) || shareGivenBy(b, a) || sumGivenBy(a, b) || sumGivenBy(b, a)) return true;
  // Two "who" questions offering the same stand-ins, each key missing from the other's choices: the one
  // name new to each is its key. (The same four names in both, keys included, give nothing away.)
  if (a.person && b.person && !b.distractors.includes(a.correct) && !a.distractors.includes(b.correct) && a.distractors.filter((d) => b.distractors.includes(d)).length >= 2) return true;
  // A stem naming most of another question's stand-ins leaves it too few choices (see withoutNamedElsewhere).
  if (!askable(withoutNamedElsewhere(a, [a, b])) || !askable(withoutNamedElsewhere(b, [a, b]))) return true;
  // An FAQ answer's swapped words in their phrase ("growing relationship") spelled out in a fact's stem
  // give the FAQ away.
  if (slotsIn(x, y) || slotsIn(y, x)) return true;
  // Two sentences that say one thing twice ("GDP fell 0.1%"; "GDP, on an annualised basis, fell 0.5%")
  // make two questions on one fact, and each one's stem hints at the other's answer.
  if (a.kind === 'fact' && b.kind === 'fact' && !(a.table && b.table) && overlap(x.evidence, y.evidence) >= RESTATED) return true;
  // A fact restating an FAQ answer asks the same thing twice.
  const fact = a.kind === 'fact' ? x : y;
  const faq = fact === x ? y : x;
  return fact.candidate.kind === 'fact' && faq.candidate.kind === 'faq' && faq.correct.includes(fact.correct) && overlap(fact.evidence, faq.evidence) >= 0.4;
}

/**
 * The candidates read so far (checked, and past the confidence gate), the source more come from, and the
 * clashes already worked out between them.
 */
interface Pool {
  source: Iterator<Candidate>;
  /** The normalised article, padded with spaces. */
  article: string;
  read: Facets[];
  /** Each pass asks about the same pairs again: the answers, by pair of ids. */
  known: Map<number, boolean>;
}

/** The pool's `i`-th candidate, reading the source only as far as that (undefined once it runs dry). */
function poolAt(pool: Pool, i: number): Facets | undefined {
  for (let next; pool.read.length <= i && !(next = pool.source.next()).done;) {
    const checked = checkCandidate(next.value, pool.article);
    // Precision first: a candidate the evidence does not back is not asked at all.
    if (checked && confidenceOf(checked) >= CONFIDENCE_THRESHOLD) pool.read.push(facets(checked, pool.read.length));
  }
  return pool.read[i];
}

/** clash(), remembered per pair of pooled candidates. */
function clashIn(pool: Pool, a: Facets, b: Facets): boolean {
  const key = Math.min(a.id, b.id) * 65536 + Math.max(a.id, b.id);
  let result = pool.known.get(key);
  if (result === undefined) pool.known.set(key, (result = clash(a, b)));
  return result;
}

/** A greedy pick under way: the candidates taken, the facts waiting on a cap, and the counts the caps watch. */
interface Picking {
  picked: Facets[];
  waiting: Facets[];
  longest: number;
  figures: number;
  people: number;
  cells: number;
}

const isLong = (mine: Facets) => mine.candidate.kind === 'fact' && answerIsLongest(mine.candidate);

/** A fact whose key the headline states can be answered without reading the story. */
// ("February 1974" under a headline about 1974: choices that differ only by year leave the headline's.)
// ("GB quartet get cross country call" gives "___ British athletes" its four.)
const inHeadline = (mine: Facets, title: string) =>
  mine.candidate.kind === 'fact' &&
  mine.correct.length > 1 &&
  (title.includes(` ${mine.correct} `) ||
    [...mine.correct.matchAll(/\b(?:1[89]|20)\d\d\b/g)].some(([year]) => title.includes(` ${year} `)) ||
    GROUP_WORDS.some(([group, counts]) => counts.includes(mine.correct) && title.includes(` ${group} `)) ||
    headlineSum(mine, title));
/**
 * "Parmalat sues 45 banks" over "35 of the companies sued are Italian while the remaining ___ are
 * international": a figure the headline's and the stem's give by adding or taking away.
 */
function headlineSum(mine: Facets, title: string): boolean {
  if (!mine.candidate.figure || !/^\d[\d,]*$/.test(mine.candidate.correct)) return false;
  const key = Number(mine.candidate.correct.replace(/,/g, ''));
  const heads = plainFigures(title);
  const stems = plainFigures(mine.candidate.prompt);
  return heads.some((h) => stems.some((n) => h - n === key || h + n === key));
}
/** Words for a group of a number, as facets read the numbers. */
const GROUP_WORDS: [string, string[]][] = [
  ['duo', ['2', 'two']],
  ['pair', ['2', 'two']],
  ['trio', ['3', 'three']],
  ['treble', ['3', 'three']],
  ['quartet', ['4', 'four']],
  ['quintet', ['5', 'five']],
];
/** The headline as facets read figures ("$3.7M" as "3.7 million"). */
const headlineOf = (headline: string) => ` ${normalize(sameFigures(headline))} `;

/** Takes a candidate into the pick, counting it against the caps. */
function take(picking: Picking, mine: Facets): void {
  if (isLong(mine)) picking.longest++;
  if (mine.candidate.figure) picking.figures++;
  if (mine.candidate.person) picking.people++;
  if (mine.candidate.table) picking.cells++;
  picking.picked.push(mine);
}

/**
 * The waiting facts that fit now, in their order, each within the 30% cap and clashing with none picked or
 * before it; the figure cap gives way here, since a full quiz beats a varied short one.
 */
function fitting({picked, waiting, longest}: Picking, count: number, pool: Pool): Facets[] {
  const fit: Facets[] = [];
  let [size, longs] = [picked.length, longest];
  for (const mine of waiting) {
    if (size >= count || picked.some((other) => clashIn(pool, mine, other)) || fit.some((other) => clashIn(pool, mine, other))) continue;
    if (isLong(mine) && longs + 1 > Math.max(1, (size + 1) * 0.3)) continue;
    fit.push(mine);
    size++;
    if (isLong(mine)) longs++;
  }
  return fit;
}

/**
 * Whether taking a candidate now would pass a cap. Keep "the longest choice is right" rare: such facts wait
 * while they would pass a quarter of the quiz. FAQ questions are asked whatever their lengths, so only facts
 * count against the cap. Figures wait too once they would pass 60% of the quiz: a quiz of numbers alone
 * misses the story; so do people past 40% and table cells past two.
 */
function overCap(picking: Picking, mine: Facets, count: number): boolean {
  const tooLong = isLong(mine) && picking.longest + 1 > Math.max(1, (picking.picked.length + 1) / 4);
  const tooManyFigures = !!mine.candidate.figure && picking.figures + 1 > Math.max(2, Math.ceil(count * 0.6));
  // "Who said it" questions and table cells fill a quiz; they wait once they would pass 40% / two.
  const tooManyPeople = !!mine.candidate.person && picking.people + 1 > Math.max(3, Math.ceil(count * 0.4));
  const tooManyCells = !!mine.candidate.table && picking.cells + 1 > 2;
  return tooLong || tooManyFigures || tooManyPeople || tooManyCells;
}

/** Picks candidates in the order `next` gives them, skipping clashes and holding back those over a cap. */
function greedyPick(pool: Pool, next: (i: number) => Facets | undefined, count: number, title: string): Facets[] {
  const picking: Picking = {picked: [], waiting: [], longest: 0, figures: 0, people: 0, cells: 0};
  const {picked, waiting} = picking;
  // Reading stops as soon as the waiting facts would complete the quiz: later candidates rank lower, and
  // building them (tables, key terms) costs time.
  for (let i = 0, mine; picked.length < count && (!waiting.length || picked.length + fitting(picking, count, pool).length < count) && (mine = next(i)); i++) {
    if (picked.some((other) => clashIn(pool, mine!, other))) continue;
    // The headline gives its own facts away: a fact whose key it states is not asked.
    if (inHeadline(mine, title)) continue;
    if (overCap(picking, mine, count)) waiting.push(mine);
    else take(picking, mine);
  }
  for (const mine of fitting(picking, count, pool)) take(picking, mine);
  return picked;
}

/** The greedy pick in rank order, or with the fewest-clashing candidates first when that picks more. */
function choosePicks(pool: Pool, count: number, title: string): Facets[] {
  const picked = greedyPick(pool, (i) => poolAt(pool, i), count, title);
  if (picked.length >= count) return picked;
  // Fewest clashes first: FAQs, then facts that keep the fewest others out.
  poolAt(pool, Infinity);
  const clashes = new Map(pool.read.map((a) => [a, a.candidate.kind === 'faq' ? -1 : pool.read.filter((b) => b !== a && clashIn(pool, a, b)).length]));
  const sorted = [...pool.read].sort((a, b) => clashes.get(a)! - clashes.get(b)!);
  const other = greedyPick(pool, (i) => sorted[i], count, title);
  return other.length > picked.length ? other : picked;
}

/**
 * `facts` come best first and are built only as far as they are read. When the greedy pick falls short of
 * `count`, a fact whose stem names several other answers may keep out more than it brings: the pick is
 * tried again with the facts that clash with the fewest others first, and the larger quiz wins.
 */
export function selectQuestions(faqs: Candidate[], facts: Iterable<Candidate>, count: number, normalizedArticle: string, random: Random, fillers: () => Iterable<Candidate> = () => [], headline = ''): Question[] {
  const title = headlineOf(headline);
  // Fillers (key terms) join the source only when the rest cannot make a full quiz: they are not even
  // built otherwise.
  const source = (function* () {
    yield* faqs;
    yield* facts;
  })();
  const pool: Pool = {source, article: ` ${normalizedArticle} `, read: [], known: new Map()};
  let picked = choosePicks(pool, count, title);
  if (picked.length < count) {
    // The source ran dry (poolAt(Infinity) read it all): open the fillers and choose again over the larger pool.
    poolAt(pool, Infinity);
    pool.source = fillers()[Symbol.iterator]();
    const filled = choosePicks(pool, count, title);
    if (filled.length > picked.length) picked = filled;
  }
  // A quiz of one or two questions tests nothing: no quiz beats a thin one (unless that is all that was asked).
  const chosen = picked
    .map((p) => p.candidate)
    .map((candidate, _, all) => withoutNamedElsewhere(candidate, all))
    .filter(askable);
  if (chosen.length < Math.min(MIN_QUESTIONS, count)) return [];
  chosen.sort((a, b) => (a.kind === b.kind ? a.order - b.order : a.kind === 'faq' ? -1 : 1));
  return placeCorrectChoices(chosen, random);
}

/**
 * The candidate without the stand-ins another question's stem names: "developed Mamma Mia! with playwright
 * ___" cannot offer Joss Stone when the next stem calls her a soul singer, and "Ford sales dropped ___"
 * cannot offer 12.7% when the next stem reads "sales at GM sank 12.7%" (a stand-in from the article's own
 * figures). People and figures only: places and teams recur from stem to stem and tell nothing of each other.
 */
export function withoutNamedElsewhere(candidate: Candidate, all: Candidate[]): Candidate {
  if (candidate.kind !== 'fact' || !(candidate.person || candidate.figure)) return candidate;
  const others = all.filter((other) => other !== candidate);
  const stems = others.map((other) => ` ${normalize(other.prompt)} `);
  const named = (text: string) => stems.some((stem) => stem.includes(` ${text} `));
  // A figure with its unit, as written ("5%" is not the "5" of "region 5").
  const figureStems = candidate.figure ? others.map((other) => sameFigures(other.prompt)) : [];
  const figureNamed = (figure: string) => {
    const pattern = new RegExp(`(?<![\\w.,$£€])${sameFigures(figure).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w%]|[.,]\\d)`, 'i');
    return figureStems.some((stem) => pattern.test(stem));
  };
  const distractors = candidate.distractors.filter((distractor) => {
    if (candidate.figure) return !/\d/.test(distractor) || !figureNamed(distractor.replace(/^(?:the|an?)\s+/i, ''));
    const bare = normalize(distractor).replace(/^(the|a|an) /, '');
    const surname = bare.split(' ').pop()!;
    return !named(bare) && !(bare.includes(' ') && surname.length > 3 && named(surname));
  });
  return distractors.length === candidate.distractors.length ? candidate : {...candidate, distractors};
}

/**
 * The questions, each correct choice placed among its shuffled distractors. Correct positions cycle through
 * a shuffled 0..n-1, one cycle per number of choices, so each position gets its share in quizzes of
 * four-choice and three-choice questions alike.
 */
function placeCorrectChoices(chosen: Candidate[], random: Random): Question[] {
  const cycles = new Map<number, number[]>();
  return chosen.map((candidate, index) => {
    const others = shuffle(candidate.distractors, random);
    const size = others.length + 1;
    let positions = cycles.get(size);
    if (!positions?.length) cycles.set(size, (positions = shuffle([...Array(size).keys()], random)));
    const at = positions.pop()!;
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
