/**
 * Stand-ins for a slot of a statement: other names of the same type from the article, numbers and dates
 * shifted in the same format and scale, or the other words of a contrast set. A stand-in that the article
 * pairs with the statement's other words elsewhere may be true, so it is left out (the truth guard).
 */
import {isNameType, type Analysis, type Entity, type EntityType, type Mention} from './entities.js';
import {CAPITALS, CONTRASTS, MONTHS, NUMBER_WORDS, WEEKDAYS} from './gazetteer.js';
import {randomInt, shuffle, type Random} from './random.js';

export interface SlotContext {
  /** Content words of the statement around the slot. */
  words: string[];
  /** Keys the statement already names: never offered as stand-ins. */
  keys: Set<string>;
  /** Keys named close to the slot: a stand-in seen with one of them elsewhere may be true. */
  near: string[];
  /** The sentences the statement comes from: what they say is the statement itself, not support. */
  own: number[];
  /** The statement's text, lowercased: a stand-in it already contains would read oddly. */
  text: string;
  /** Words of the names around the slot: a stand-in sharing one ("Korea") may be the same place. */
  nameWords: Set<string>;
}

/** Whether the article says `key` together with most of the statement's words somewhere else. */
export function supportedElsewhere(analysis: Analysis, key: string, context: SlotContext): boolean {
  const entity = analysis.entities.get(key);
  // The stand-in's own words say nothing about whether the rest of the statement holds for it.
  if (!entity) return false;
  const words = context.words.filter((word) => !entity.words.includes(word));
  if (!words.length) return false;
  // Bounded: a very frequent name is checked against its first mentions only.
  for (const index of entity.sentences.slice(0, 400)) {
    if (context.own.includes(index)) continue;
    const other = analysis.words[index];
    const shared = words.filter((word) => other.has(word)).length / words.length;
    // Named right next to one of the slot's neighbours ("between Choe and Lavrov"), it may share the fact.
    const mentions = analysis.mentions[index];
    const withNear =
      shared >= 0.15 &&
      mentions.some((m) => m.key === key && mentions.some((n) => context.near.includes(n.key) && Math.max(n.start - m.end, m.start - n.end) < 40));
    if (shared >= 0.5 || withNear) return true;
  }
  return false;
}

/** A name as a choice shows it, with "the" when the article mostly writes it so. */
export function displayName(entity: Entity): string {
  return entity.the * 2 >= entity.sentences.length && entity.the > 0 ? 'the ' + entity.key : entity.key;
}

/** Whether a stand-in of type `b` fits where the article has a name of type `a`. */
const interchangeable = (a: EntityType, b: EntityType) => a === b || (a !== 'person' && a !== 'place' && b !== 'person' && b !== 'place');

const initials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** Two names for one thing: an acronym of the other ("FOMC") or a clipped word of it ("the Fed"). */
export function sameThing(a: string, b: string): boolean {
  if (CAPITALS.get(a) === b || CAPITALS.get(b) === a) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.includes(' ')) return false;
  return (short.length > 1 && initials(long) === short.replace(/\./g, '')) || (short.length > 2 && long.split(' ').some((word) => word.startsWith(short)));
}

/** Other names that could fill the slot, most plausible first, each false as far as the article says. */
export function nameStandIns(analysis: Analysis, answer: Entity, context: SlotContext, limit = 5): Entity[] {
  const answerWords = new Set(answer.words);
  const ranked: [number, Entity][] = [];
  for (const entity of analysis.entities.values()) {
    if (entity === answer || !isNameType(entity.type) || !interchangeable(entity.type, answer.type)) continue;
    if (context.keys.has(entity.key) || context.text.includes(entity.key.toLowerCase()) || context.keys.has(CAPITALS.get(entity.key)!)) continue;
    // Shared words ("North Korea", "South Korea") make two choices converge and may nest.
    if (entity.words.some((word) => answerWords.has(word) || context.nameWords.has(word)) || sameThing(entity.key, answer.key)) continue;
    // A generic name seen once (often a heading word) is no plausible stand-in.
    if (entity.type === 'name' && entity.sentences.length < 2 && entity.group !== answer.group) continue;
    const score = (entity.group === answer.group ? 4 : 0) + (entity.type === answer.type ? 2 : 0) + Math.min(entity.sentences.length, 8) / 4;
    ranked.push([score, entity]);
  }
  ranked.sort((a, b) => b[0] - a[0] || a[1].sentences[0] - b[1].sentences[0] || (a[1].key < b[1].key ? -1 : 1));
  const picked: Entity[] = [];
  for (const [, entity] of ranked) {
    if (picked.length >= limit) break;
    if (picked.some((other) => sameThing(other.key, entity.key))) continue;
    if (!supportedElsewhere(analysis, entity.key, context)) picked.push(entity);
  }
  return picked;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/** Rounds down to 1, 2 or 5 times a power of ten, at least 1. */
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
    const width = parsed.length > 1 ? Math.abs(parsed[1].units - first.units) : 0;
    step = width + niceStep(Math.max(1, width || first.units / 5));
    if (/^\d{2}$/.test(numbers[1] ?? '')) step = width + 1;
  } else if (type === 'year' || type === 'date') step = 1;
  else step = niceStep(first.units / 5);
  let index = 0;
  let failed = false;
  const shifted = text.replace(NUMBER, (n) => {
    const {decimals, units} = parsed[index++];
    const year = units >= 1800 && units <= 2100 && decimals === 0;
    // In a date only the day moves, unless the date is a month and a year.
    if (type === 'date' && year && parsed.length > 1) return n;
    const value = units + steps * (type === 'range' && numbers[1]?.length === 2 && index === 2 ? step % 100 : step);
    if (value <= 0 || (type === 'date' && !year && value > 28) || (type === 'percent' && value > 100 * 10 ** decimals)) failed = true;
    const out = formatLike(n, value, decimals);
    return type === 'range' && n.length === 2 && index === 2 ? out.slice(-2) : out;
  });
  return failed ? undefined : shifted;
}

const capitalise = (word: string, like: string) => (/^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word);

/** Numbers, dates and counts in the same format, with the answer at a random rank; up to three. */
export function numberStandIns(analysis: Analysis, mention: Mention, context: SlotContext, random: Random): string[] {
  const {text, type} = mention;
  const ok = (candidate: string) =>
    candidate !== text &&
    !context.text.includes(candidate.toLowerCase()) &&
    !supportedElsewhere(analysis, type === 'count' || type === 'month' || type === 'when' ? candidate.toLowerCase() : candidate, context);
  let candidates: string[];
  if (type === 'count' || type === 'month') {
    const list = type === 'count' ? NUMBER_WORDS : MONTHS;
    const index = list.indexOf(type === 'count' ? text.toLowerCase() : text);
    candidates = rankedOffsets(random, (type === 'count' ? 2 : 0) - index)
      .map((offset) => list[index + offset])
      .filter(Boolean)
      .map((word) => capitalise(word, text));
  } else if (type === 'when') {
    // "last month" → "last week", "last year"; "Tuesday" → other days.
    candidates = WEEKDAYS.includes(text) ? shuffle(WEEKDAYS, random) : ['week', 'month', 'year'].map((unit) => text.replace(/\w+$/, unit));
  } else {
    const offsets = rankedOffsets(random, -3);
    candidates = offsets.map((offset) => shiftNumbers(text, type, offset)).filter((c): c is string => !!c);
  }
  return [...new Set(candidates.filter(ok))].slice(0, 3);
}

/** The contrast set holding `word` ("most" → all, many, some, few), if any. */
export function contrastsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const found = CONTRASTS.find((set) => set.includes(lower));
  return found ? found.filter((w) => w !== lower).map((w) => capitalise(w, word)) : [];
}
