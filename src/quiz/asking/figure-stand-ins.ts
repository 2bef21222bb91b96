/**
 * Stand-ins for a figure, a count, a rank or a date: the article's own figures of the same kind and unit
 * when it has enough, otherwise the answer shifted by steps in its own format and scale, with the answer at
 * a drawn rank among them. Every stand-in passes the truth guard (supportedElsewhere).
 */
import type {Analysis, EntityType, Mention} from '../understanding/mentions.js';
import {MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS} from '../understanding/gazetteer.js';
import {randomInt, shuffle, type Random} from '../random.js';
import {ordinal} from '../understanding/grammar.js';
import {capitalise, supportedElsewhere, type SlotContext} from './distractors.js';

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/** Rounds down to 1, 2 or 5 times a power of ten, at least 1. */
/** The largest of 1000, 100, 50, 10 and 5 that divides a whole number of ten or more (1 otherwise). */
function roundness(value: number): number {
  if (value < 10) return 1;
  // Below a hundred, steps of five at most: an age of 20 among 10 and 40 would be absurd.
  for (const unit of value < 100 ? [5] : [1000, 100, 50, 10, 5]) if (value % unit === 0 && value > unit) return unit;
  return 1;
}

function niceStep(value: number): number {
  let power = 1;
  while (power * 10 <= value) power *= 10;
  return value >= 5 * power ? 5 * power : value >= 2 * power ? 2 * power : power;
}

function formatLike(original: string, units: number, decimals: number): string {
  const text = (units / 10 ** decimals).toFixed(decimals);
  return original.includes(',') ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
}

/**
 * Offsets for three stand-ins with the answer at a random rank among them, so "pick the middle value"
 * does no better than chance. `floor` is the lowest offset allowed (values stay positive).
 */
function rankedOffsets(random: Random, floor: number, count = 3): number[] {
  // Every rank equally often: then neither "pick the middle" nor "pick an end" beats chance.
  let below = randomInt(random, count + 1);
  while (below > 0 && -below < floor) below--;
  const offsets: number[] = [];
  for (let i = 1; i <= below; i++) offsets.push(-i);
  for (let i = 1; offsets.length < count + 2; i++) offsets.push(i);
  return offsets;
}

/** Shifts every number in `text` by `steps` times its step: "March 18-19" → "March 20-21". */
function shiftNumbers(text: string, type: EntityType, steps: number): string | undefined {
  const numbers = text.match(NUMBER) ?? [];
  if (!numbers.length) return undefined;
  const parsed = numbers.map((n) => {
    const decimals = (n.split('.')[1] ?? '').length;
    return {n, decimals, units: Math.round(Number(n.replace(/,/g, '')) * 10 ** decimals)};
  });
  const first = parsed[0];
  let step: number;
  if (type === 'range') {
    // A range moves by more than its width so no two choices overlap.
    // "2025/26": the second year counts in the first one's century.
    const second = parsed.length > 1 ? parsed[1].units + (numbers[1].length === 2 ? first.units - (first.units % 100) : 0) : first.units;
    const width = Math.abs(second - first.units);
    step = width + niceStep(Math.max(1, width || first.units / 5));
  } else if (type === 'year' || type === 'date') {
    // A span of days ("March 18-19") moves past its own width.
    step = type === 'date' && parsed.length > 1 && parsed[1].units < 32 ? parsed[1].units - first.units + 1 : 1;
  }
  // A round figure keeps round neighbours ("20" among 10, 30, 40, not 18, 22, 24): the only round choice
  // would be the guess.
  // A figure quoted to three decimals or more ("$1.3652", "0.125") is a fine reading: its neighbours are a
  // few per cent away, not a fifth ("$0.5652" for an exchange rate is absurd).
  // (Two decimals will do for a time or a measure, "38.07 seconds": not for a share or a price.)
  else if (first.decimals >= 3 || (first.decimals === 2 && type === 'number')) step = niceStep(first.units / 50);
  // "to 2.25%": a rate quoted in quarter points moves in quarter points (2.05% and 2.45% are no rates).
  else if (type === 'percent' && first.decimals === 2 && first.units % 25 === 0) step = 25;
  // A power of ten ("10,000") among 8,000 and 12,000 is the round one a guesser picks: its neighbours are
  // half-steps (5,000, 15,000, 20,000).
  else if (!first.decimals && first.units >= 100 && /^10+$/.test(String(first.units))) step = first.units / 2;
  else step = Math.max(niceStep(first.units / 5), first.decimals ? 1 : roundness(first.units));
  let index = 0;
  let failed = false;
  const shifted = text.replace(NUMBER, (n) => {
    const {decimals, units} = parsed[index++];
    const year = units >= 1800 && units <= 2100 && decimals === 0;
    // In a date only the day moves, unless the date is a month and a year.
    if (type === 'date' && year && parsed.length > 1) return n;
    const value = units + steps * (type === 'range' && numbers[1]?.length === 2 && index === 2 ? step % 100 : step);
    // ("$916 million" → "$1016 million": a sum past a thousand of its scale is written in the next one.)
    if (units < 1000 * 10 ** decimals && value >= 1000 * 10 ** decimals && /\d\s*(?:m|mn|million|bn|billion)\b/i.test(text)) failed = true;
    if (value <= 0 || (type === 'date' && !year && value > 28) || ((type === 'percent' || (type === 'range' && text.includes('%'))) && value > 100 * 10 ** decimals)) failed = true;
    const out = formatLike(n, value, decimals);
    return type === 'range' && n.length === 2 && index === 2 ? out.slice(-2) : out;
  });
  if (failed) return undefined;
  // A range must still run upwards ("32%-67%", never "132%-67%").
  if (type === 'range') {
    const values = (shifted.match(NUMBER) ?? []).map((n) => Number(n.replace(/,/g, '')));
    if (values.length > 1 && numbers[1].length !== 2 && values[0] >= values[1]) return undefined;
  }
  return shifted;
}

const SCALES: Record<string, number> = {thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12};

/** A figure's value with its scale word ("$14.6 billion" → 14.6e9), for comparing figures of one sentence. */
export function valueOf(text: string): number | undefined {
  const match = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])?\b/i.exec(text);
  if (!match) return undefined;
  return Number(match[1].replace(/,/g, '')) * (SCALES[(match[2] ?? '').toLowerCase()] ?? 1);
}

const latestYears = new WeakMap<Analysis, number>();
/** The latest year the article names: "now" as far as the story goes. */
export function latestYear(analysis: Analysis): number {
  let latest = latestYears.get(analysis);
  if (latest === undefined) {
    latest = 0;
    for (const mentions of analysis.mentions) for (const m of mentions) if (m.type === 'year' || m.type === 'date') latest = Math.max(latest, yearOf(m.text) ?? 0);
    latestYears.set(analysis, latest);
  }
  return latest;
}

/** The year a year or date names ("November 2003" → 2003), if it names one. */
function yearOf(text: string): number | undefined {
  const match = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Whether the stem holds a stand-in: a figure as a whole ("8" is not in "80 minutes"), a word anywhere. */
const inText = (text: string, candidate: string) => (/^\d[\d,.]*$/.test(candidate) ? new RegExp(`(?<![\\d.,])${candidate.replace(/\./g, '\\.')}(?!\\d|[.,]\\d)`).test(text) : text.includes(candidate));

/** Numbers, dates and counts in the same format, with the answer at a random rank; up to three. */
export function numberStandIns(analysis: Analysis, mention: Mention, context: SlotContext, random: Random): string[] {
  const {text, type} = mention;
  const ok = (candidate: string) =>
    candidate !== text &&
    // "All ___ band members": "all two" is no English ("both").
    !(/^(?:two|2)$/i.test(candidate) && /\ball ___/i.test(context.text)) &&
    !inText(context.text, candidate.toLowerCase()) &&
    !supportedElsewhere(analysis, type === 'count' || type === 'ordinal' || type === 'month' || type === 'when' ? candidate.toLowerCase() : candidate, context);
  const candidates =
    type === 'count' || type === 'month'
      ? wordStandIns(text, type, random)
      : type === 'ordinal'
        ? ordinalStandIns(text, random)
        : type === 'when'
          ? whenStandIns(text, context, random)
          : type === 'score'
            ? (setScoreStandIns(text, context, random) ?? scoreStandIns(text, random))
            : isRaceDistance(text)
              ? []
              : figureStandIns(analysis, mention, context, random);
  // Figures keep their ranked three; words may offer more for the length balance to choose from.
  return [...new Set(candidates.filter(ok))].slice(0, /\d/.test(text) ? 3 : 5);
}

/**
 * Other results with the same winner (or a draw for a draw), near the answer: "3-2" → "2-1", "3-1", "4-2".
 * The answer sits at a random rank among them, so neither the middle nor an end gives it away.
 */
function scoreStandIns(text: string, random: Random): string[] {
  const [home, dash, away] = /^(\d+)([-–])(\d+)$/.exec(text)!.slice(1);
  const [a, b] = [Number(home), Number(away)];
  const shifts =
    a === b
      ? [
          [-1, -1],
          [1, 1],
          [-2, -2],
          [2, 2],
          [-3, -3],
          [3, 3],
        ]
      : [
          [1, 0],
          [0, 1],
          [-1, 0],
          [0, -1],
          [1, 1],
          [-1, -1],
          [2, 0],
          [0, 2],
          [2, 1],
          [1, 2],
          [-2, 0],
          [0, -2],
        ];
  const results = shifts.map(([da, db]) => [a + da, b + db]).filter(([x, y]) => x >= 0 && y >= 0 && Math.sign(x - y) === Math.sign(a - b) && x + y <= 20);
  // Ordered by the first side's goals, then the second's: "below" and "above" the answer mean something.
  const order = ([x, y]: number[]) => x * 100 + y;
  const below = results.filter((r) => order(r) < order([a, b])).sort((p, q) => order(q) - order(p));
  const above = results.filter((r) => order(r) > order([a, b])).sort((p, q) => order(p) - order(q));
  // A draw's stand-ins are draws evenly spaced around it: a key in their middle is what a guesser picks.
  let lower = a === b ? (below.length >= 3 && randomInt(random, 2) ? 3 : 0) : randomInt(random, 4);
  lower = Math.min(lower, below.length);
  const picked = [...below.slice(0, lower), ...above.slice(0, 3 - lower)];
  for (const extra of [...below.slice(lower), ...above.slice(3 - lower)]) if (picked.length < 5) picked.push(extra);
  return picked.map(([x, y]) => `${x}${dash}${y}`);
}

/** The scores a tennis set can end on, from the winner's side. */
/** Race distances in metres that events are run over: "the 60m" takes other events, never "70m". */
const RACE_DISTANCES = ['60m', '100m', '200m', '400m', '800m', '1500m', '3000m', '5000m', '10,000m'];

/**
 * Whether a figure is a race's distance ("60m", "10,000m"). It is not asked: 6 of 15 passed m15 to m37, as
 * readers know which races are run indoors, which champion runs which, and what a time of 52.98 seconds covers.
 */
function isRaceDistance(text: string): boolean {
  return RACE_DISTANCES.includes(
    text
      .replace(/^(\d+)(\d{3})m$/, '$1,$2m')
      .replace(/^(\d),(\d{3})m$/, '$1$2m')
      .replace(/^10000m$/, '10,000m')
  );
}

const SET_SCORES = ['6-0', '6-1', '6-2', '6-3', '6-4', '7-5', '7-6'];

/**
 * A tennis set's score ("won 6-4 6-3") takes other set scores only: "7-3" or "6-5" cannot end a set, and a
 * reader rules them out. Undefined when the score is no set score or the stem is not about sets.
 */
function setScoreStandIns(text: string, context: SlotContext, random: Random): string[] | undefined {
  const [a, b] = text.split(/[-–]/).map(Number);
  const dash = text.includes('–') ? '–' : '-';
  const index = SET_SCORES.indexOf(`${Math.max(a, b)}-${Math.min(a, b)}`);
  if (index < 0 || !/\b(?:sets?|tie-?break|seeds?|seeded|serve|wimbledon|open|atp|wta)\b|\b[67][-–]\d\s+(?:___|\d[-–]\d)|___\s+\d[-–]\d\b/i.test(context.text)) return undefined;
  const picked = rankedOffsets(random, -index, 3)
    .map((offset) => SET_SCORES[index + offset])
    .filter(Boolean);
  // "7-6" has no set score above it: the nearest below make up the three.
  for (let i = index - 1; picked.length < 3 && i >= 0; i--) if (!picked.includes(SET_SCORES[i])) picked.push(SET_SCORES[i]);
  return picked.map((score) => {
    const [x, y] = score.split('-');
    return a >= b ? `${x}${dash}${y}` : `${y}${dash}${x}`;
  });
}

/** Number words or month names around the answer's own ("three" → two, four, five). */
function wordStandIns(text: string, type: 'count' | 'month', random: Random): string[] {
  const list = type === 'count' ? NUMBER_WORDS : MONTHS;
  // "two million" → "three million": the scale word stays.
  const [word, scale] = type === 'count' ? text.split(' ') : [text];
  const index = list.indexOf(type === 'count' ? word.toLowerCase() : word);
  // "Ten" among "eleven", "twelve" and "thirteen" is the one round count, and the guess (m37); round
  // neighbours in words ("five", "fifteen", "twenty") would put it in the middle every time. Not asked.
  if (type === 'count' && (index === 10 || index === 20)) return [];
  return rankedOffsets(random, (type === 'count' ? 2 : 0) - index, 5)
    .map((offset) => list[index + offset])
    .filter(Boolean)
    .map((other) => capitalise(other, word) + (scale ? ` ${scale}` : ''));
}

/** Ranks around the answer's own, in its form: "fourth" → third, fifth, sixth; "4th" → 3rd, 5th, 6th. */
function ordinalStandIns(text: string, random: Random): string[] {
  const digits = /^(\d+)/.exec(text);
  const index = digits ? Number(digits[1]) - 1 : ORDINAL_WORDS.indexOf(text.toLowerCase());
  return rankedOffsets(random, -index, 3)
    .map((offset) => index + offset)
    .filter((rank) => rank >= 0 && (digits || rank < ORDINAL_WORDS.length))
    .map((rank) => (digits ? ordinal(rank + 1) : capitalise(ORDINAL_WORDS[rank], text)));
}

/** Other days for a weekday, other spans for "last month" ("last week", "two months ago"). */
function whenStandIns(text: string, context: SlotContext, random: Random): string[] {
  // "Tuesday, February 11, 2025": the date fixes the day, and another day would be a wrong calendar.
  if (WEEKDAYS.includes(text) && new RegExp(`(?:${text.toLowerCase()}|___),? (?:${MONTHS.join('|').toLowerCase()}) \\d`).test(context.text)) return [];
  // "last month" → "last week", "last year"; "Tuesday" → other days.
  const unit = text.replace(/^\w+ /, '');
  const later = /^next/i.test(text);
  return WEEKDAYS.includes(text) ? shuffle(WEEKDAYS, random) : [...['week', 'month', 'year'].map((other) => text.replace(/\w+$/, other)), later ? `in two ${unit}s` : `two ${unit}s ago`];
}

/** A blank that is someone's age: "aged ___", "at the age of ___", "___ years old", "a ___-year-old". */
// ("the voting age to ___", "minimum age of 21 ... reduced to ___" too.)
const AGE = /\b(?:aged|age of)\s+___|___(?:-year-old|\s+years?\s+old\b)|\bage\b[^.;]{0,40}\b(?:to|from|at)\s+___/;

/** A blank that is the number of players on a side: "down to ___ men", "with ___ players". */
const SIDE = /\b(?:down to|with|to|only|just)\s+___\s+(?:men|players|women|bodies)\b/;

/**
 * What the stem says of the key's size: "Only ___" calls it small, "the highest average price at ___" the
 * largest of its kind. Such a key is never the smallest (or largest) choice: the stem would point at it.
 */
function extremeCues(stem: string): {small: boolean; large: boolean} {
  return {
    small: /\b(?:only|just|merely|a mere)\s+(?:about\s+|around\s+)?___/i.test(stem) || /\b(?:lowest|smallest|least|fewest|cheapest|all-time low|record low)\b[^.;]{0,60}___/i.test(stem),
    large: /\b(?:highest|largest|biggest|most|greatest|record|all-time high|record high|peak)\b[^.;]{0,60}___/i.test(stem),
  };
}

/** A figure shifted by steps around it, kept short of the future and on the answer's side of the stem's other figures. */
function figureStandIns(analysis: Analysis, mention: Mention, context: SlotContext, random: Random): string[] {
  const {text, type} = mention;
  const drawn = rankedOffsets(random, -3);
  // "Only ___ of Britons", "just ___ a week": the stem calls the key small, so it is never the smallest choice.
  const {small, large} = extremeCues(context.text);
  // (Three offsets are used: the first three drawn.)
  const offsets = small && !drawn.slice(0, 3).some((offset) => offset < 0) ? [-1, ...drawn] : large && !drawn.slice(0, 3).some((offset) => offset > 0) ? [1, ...drawn] : drawn;
  // "Tuesday, February 11": the day of the week holds only a week apart.
  const weekday = type === 'date' && new RegExp(`\\b(?:${WEEKDAYS.join('|').toLowerCase()}),? (?:${text.toLowerCase()}|___)`).test(context.text);
  const answer = valueOf(text);
  // "died aged ___": an age moves by a few years, never past a human lifespan (91 → 89, 93, 95, not 121).
  const age = answer !== undefined && /^\d{1,3}$/.test(text) && AGE.test(context.text);
  // "down to ___ men": a side's head count moves one at a time and never past a full side (11, or 15 in
  // rugby); "5, 15, 20 men" would be absurd on a football pitch.
  const side = answer !== undefined && /^\d{1,2}$/.test(text) && answer <= 15 && SIDE.test(context.text);
  // "16GB of RAM and a ___ SSD": memory comes in powers of two (256GB among 128GB and 512GB, never 206GB).
  const memory = /^(\d+)\s?(KB|MB|GB|TB)$/.exec(text);
  const size = memory ? Number(memory[1]) : 0;
  if (memory && Number.isInteger(Math.log2(size)))
    return offsets
      .map((offset) => size * 2 ** offset)
      .filter((other) => other >= 1 && Number.isInteger(other))
      .map((other) => text.replace(memory[1], String(other)));
  let candidates = side
    ? offsets
        .map((offset) => answer + offset)
        .filter((men) => men > 0 && men <= (answer <= 11 ? 11 : 15))
        .map(String)
    : age
      ? offsets
          .map((offset) => answer + offset * niceStep(answer / 20))
          .filter((years) => years > 0 && years <= 110)
          .map(String)
      : offsets.map((offset) => shiftNumbers(text, type, weekday ? offset * 7 : offset)).filter((c): c is string => !!c);
  // A year well past the latest the article names is in the future: a stand-in no reader would pick.
  // (One year past it stays, so the latest year is not always the largest choice.)
  if (side) {
    // A full side's count has no neighbour above it: the three come from below.
    for (let below = answer! - 1; candidates.length < 3 && below > 0; below--) if (!candidates.includes(String(below))) candidates.push(String(below));
    return candidates;
  }
  if (type === 'year' || type === 'date') candidates = noLaterThanNextYear(analysis, text, type, candidates);
  if (!age && (type === 'money' || type === 'percent' || type === 'number')) candidates = sameDigitsFirst(text, type, candidates);
  const bounds = figureBounds(analysis, mention, context);
  if (!age && !side && (type === 'money' || type === 'percent' || type === 'number')) {
    const peers = articleFigureStandIns(analysis, mention, context, random, bounds);
    if (peers) return peers;
  }
  if (bounds.length && answer !== undefined) candidates = sameSideOfBounds(text, type, bounds, candidates);
  // "52.6% of the vote to Voss's 44.1%": shares of one whole cannot pass 100% together.
  if (type === 'percent' && bounds.length && answer !== undefined && /\b(vote|votes|share|support)\b/i.test(analysis.sentences[context.own[0]])) {
    const others = bounds.reduce((sum, value) => sum! + value!, 0)!;
    if (others + answer <= 100) candidates = candidates.filter((candidate) => (valueOf(candidate) ?? 0) + others <= 100);
  }
  return candidates;
}

/** What a figure is written in, its digits taken out: "$#bn", "#%", "# km". */
const unitOf = (text: string) => text.replace(NUMBER, '#').toLowerCase();

/** The word after a figure in its sentence: what a plain number counts ("2,000 jobs" → "job"). */
const countedBy = (sentence: string, mention: Mention) => /^\s+([\p{L}-]+)/u.exec(sentence.slice(mention.end))?.[1].toLowerCase().replace(/s$/, '');

/** Choices this close read as one figure, however they are written. */
const apart = (a: number, b: number) => Math.abs(a - b) >= 0.05 * Math.max(a, b);

/** Whether one figure may be the other rounded: "close to 4%" beside "3.8%", "$14.3m" beside "$14.27m". */
function roundedTwins(a: string, b: string): boolean {
  const decimals = Math.min(...[a, b].map((text) => /\.(\d+)/.exec(text)?.[1].length ?? 0));
  return Math.abs(valueOf(a)! - valueOf(b)!) <= 0.5 * 10 ** -decimals;
}

/**
 * Three stand-ins from the article's own figures of the answer's kind and unit: "3.5% forecast" beside the
 * "3.8% growth" asked, or another year's sum. A reader who skimmed may mix them up; a ladder of evenly spaced
 * values is the machine's own, and reviewers read its middle rung or its far ends as the key. The answer
 * takes a drawn rank among them, as with the ladder; each is half to twice the answer (m37: "65%" and "71%" offered for a 24% share made no sense), apart from
 * the others, on the answer's side of the stem's own figures, and never true by the truth guard. Undefined
 * when the article has too few.
 */
function articleFigureStandIns(analysis: Analysis, mention: Mention, context: SlotContext, random: Random, bounds: (number | undefined)[]): string[] | undefined {
  const answer = valueOf(mention.text);
  if (answer === undefined || answer <= 0 || context.own.length !== 1) return undefined;
  const unit = unitOf(mention.text);
  const counted = mention.type === 'number' ? countedBy(analysis.sentences[context.own[0]], mention) : undefined;
  if (mention.type === 'number' && !counted) return undefined;
  const peers = new Map<number, string>();
  analysis.mentions.forEach((mentions, index) => {
    if (context.own.includes(index)) return;
    for (const other of mentions) {
      const value = valueOf(other.text);
      if (other.type !== mention.type || value === undefined || peers.has(value) || unitOf(other.text) !== unit) continue;
      if (counted && countedBy(analysis.sentences[index], other) !== counted) continue;
      if (value < answer / 2 || value > answer * 2 || !apart(value, answer) || roundedTwins(other.text, mention.text)) continue;
      if (!bounds.every((bound) => (value - bound!) * (answer - bound!) > 0)) continue;
      if (inText(context.text, other.text.toLowerCase()) || supportedElsewhere(analysis, other.key, context)) continue;
      peers.set(value, other.text);
    }
  });
  if (peers.size < 3) return undefined;
  const values = [...peers.keys()];
  const below = values.filter((v) => v < answer).sort((a, b) => b - a);
  const above = values.filter((v) => v > answer).sort((a, b) => a - b);
  // The nearest ones on each side, `under` of them below the answer.
  const pick = (under: number) => {
    const picked: number[] = [];
    const take = (side: number[], count: number) => {
      for (const value of side) if (picked.length < count && [answer, ...picked].every((p) => apart(p, value))) picked.push(value);
    };
    take(below, under);
    if (picked.length < under) return undefined;
    take(above, 3);
    return picked.length === 3 ? picked : undefined;
  };
  const {small, large} = extremeCues(context.text);
  // The key is never the one choice of its form: "3.25%" alone in quarter points among "4%", "4.7%" and
  // "2.1%", or "$9.3bn" alone of its length, is the guess.
  const decimals = (text: string) => /\.(\d+)/.exec(text)?.[1].length ?? 0;
  // ("79%" alone among "60%", "65%" and "70%", or "70%" alone among "79%", "86%" and "91%": a round figure of
  // five is a form too, m39.)
  const roundFive = (value: number) => Number.isInteger(value) && value % 5 === 0;
  const sameForm = (picked: number[]) =>
    picked.some((value) => decimals(peers.get(value)!) === decimals(mention.text)) &&
    picked.some((value) => wholeDigits(peers.get(value)!) === wholeDigits(mention.text)) &&
    picked.some((value) => roundFive(value) === roundFive(answer));
  const ranks = [0, 1, 2, 3]
    .filter((under) => !(small && under === 0) && !(large && under === 3))
    .map(pick)
    .filter((p): p is number[] => !!p && sameForm(p));
  // (A rank the article allows, drawn: the article's own spread decides where the answer can sit.)
  return ranks.length ? ranks[randomInt(random, ranks.length)].map((value) => peers.get(value)!) : undefined;
}

/** How many digits a figure's whole part has: "$10.3bn" 2, "104,000" 6. */
const wholeDigits = (text: string) => /\d[\d,]*/.exec(text)?.[0].replace(/,/g, '').length ?? 0;

/**
 * "$9.3bn" among "$10.3bn", "$11.3bn" and "$12.3bn", "104,000" among "44,000" and "64,000": the one choice of
 * its length is the key, picked out by its form. At least one stand-in keeps the key's count of digits (the
 * nearest step that does), so no length is the key's alone; ranks stay as drawn otherwise.
 */
function sameDigitsFirst(text: string, type: EntityType, candidates: string[]): string[] {
  const digits = wholeDigits(text);
  const same = (candidate: string) => wholeDigits(candidate) === digits;
  if (candidates.slice(0, 3).some(same)) return candidates;
  const nearest = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5].map((offset) => shiftNumbers(text, type, offset)).find((c): c is string => !!c && c !== text && same(c) && !candidates.includes(c));
  return nearest ? [nearest, ...candidates] : candidates;
}

/** Year stand-ins no later than one past the latest year the article names; earlier years make up the three. */
function noLaterThanNextYear(analysis: Analysis, text: string, type: EntityType, candidates: string[]): string[] {
  const latest = latestYear(analysis);
  if (!latest) return candidates;
  const past = (candidate: string) => (yearOf(candidate) ?? 0) <= latest + 1;
  // Earlier years make up for the later ones dropped.
  return [...candidates.filter(past), ...[-4, -5, -6].map((offset) => shiftNumbers(text, type, offset)).filter((c): c is string => !!c && past(c) && !candidates.includes(c))].slice(0, 3);
}

/**
 * The values of the stem's other figures of the answer's type, those the stem compares it with. ("Revenue
 * rose to $14.8 billion, ahead of the $14.6 billion expected": a stand-in on the other side of such a
 * figure is ruled out by the stem itself.) Years and dates too: "between ___ and August 2004".
 */
function figureBounds(analysis: Analysis, mention: Mention, context: SlotContext): (number | undefined)[] {
  const {text, type} = mention;
  const answer = valueOf(text);
  const years = type === 'year' || type === 'date';
  if (context.own.length !== 1 || !(type === 'money' || type === 'percent' || type === 'number' || years)) return [];
  return analysis.mentions[context.own[0]]
    .filter((m) => m !== mention && (m.type === type || (years && (m.type === 'year' || m.type === 'date'))))
    .map((m) => (years ? yearOf(m.text) : valueOf(m.text)))
    .filter((v) => v !== undefined && answer !== undefined && v !== (years ? yearOf(text) : answer));
}

/** The stand-ins on the answer's side of every bound, more steps out tried to keep three. */
function sameSideOfBounds(text: string, type: EntityType, bounds: (number | undefined)[], candidates: string[]): string[] {
  const measure = type === 'year' || type === 'date' ? yearOf : valueOf;
  const own = measure(text)!;
  const sameSide = (candidate: string) => {
    const value = measure(candidate);
    return value !== undefined && own !== undefined && bounds.every((bound) => (value - bound!) * (own - bound!) > 0);
  };
  // (The nearest steps on the open side first: far ones are absurd.)
  const extra = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6].map((offset) => shiftNumbers(text, type, offset)).filter((c): c is string => !!c && !candidates.includes(c));
  let kept = [...candidates, ...extra].filter(sameSide);
  if (type === 'year' || type === 'date') return kept;
  // "59.4% ... 56.1% ... and ___ for Claude Haiku": a stand-in many steps from the answer, pushed there by the
  // bounds, is absurd (0.2%); none is more than three times or less than a third of the answer.
  kept = kept.filter((candidate) => {
    const value = measure(candidate)!;
    return own > 0 ? value >= own / 3 && value <= own * 3 : true;
  });
  return kept;
}
