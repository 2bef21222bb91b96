/**
 * Stand-ins for a slot of a statement: other names of the same type from the article, numbers and dates
 * shifted in the same format and scale, or the other words of a contrast set. A stand-in that the article
 * pairs with the statement's other words elsewhere may be true, so it is left out (the truth guard).
 */
import {lineOfWork, sameCamp} from '../understanding/affiliations.js';
import {isNameType, type Analysis, type Entity, type EntityType, type Mention} from '../understanding/mentions.js';
import {CAPITALS, COMPASS, CONTRASTS, KINDS, PLACE_KINDS, PLACES_WITH_THE} from '../understanding/gazetteer.js';
import {contentWords} from '../understanding/entities.js';
import {initials, shape} from '../understanding/name-shapes.js';

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
  /** The title right before the slot ("Tides coach ___"): a person the article titles otherwise is no fit. */
  title?: string;
  /** The slot's gender when the stem's pronouns tell it ("___ said it changed her life"). */
  gender?: 'f' | 'm';
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
    const withNear = shared >= 0.15 && mentions.some((m) => m.key === key && mentions.some((n) => context.near.includes(n.key) && Math.max(n.start - m.end, m.start - n.end) < 40));
    if (shared >= 0.5 || withNear) return true;
  }
  return false;
}

/** Competitions, media, models ("H100"), venues, acronyms and other bodies are different things even when all are names. */
const fit = (a: string, b: string) => {
  const [x, y] = [shape(a), shape(b)];
  return x === y ? 2 : x.slice(-1) !== y.slice(-1) && /[acmdvw]/.test(x + y) ? -4 : 0;
};

const bags = new WeakMap<Entity, Set<string>>();

/** The words of the (first dozen) sentences that mention an entity, its own words left out. */
function bagOf(analysis: Analysis, entity: Entity): Set<string> {
  let bag = bags.get(entity);
  if (!bag) {
    bag = new Set();
    for (const index of entity.sentences.slice(0, 12)) for (const word of analysis.words[index]) if (!entity.words.includes(word)) bag.add(word);
    bags.set(entity, bag);
  }
  return bag;
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.sqrt(a.size * b.size || 1);
}

/** A name as a choice shows it, with "the" when the article mostly writes it so. */
export function displayName(entity: Entity): string {
  // A one-word town takes no "the" ("the Stratford area" is the area's).
  if (entity.type === 'place' && !entity.key.includes(' ') && !PLACES_WITH_THE.test(entity.key)) return entity.key;
  return theOf(entity) ? 'the ' + entity.key : entity.key;
}

/**
 * A stand-in as a choice: an article's name as the article writes it; a built-in one (never in the article)
 * with the slot's own "the" or none, and a place only where its name takes one ("the Netherlands").
 */
export function standInName(entity: Entity, slotHasThe: boolean, stemHasThe = false): string {
  // "The ___ season": the stem's "the" serves every choice, so none brings its own.
  if (stemHasThe) return entity.key;
  if (entity.sentences.length) return displayName(entity);
  const takesThe = entity.type === 'place' ? PLACES_WITH_THE.test(entity.key) : BUILT_IN_WITH_THE.test(entity.key);
  return (slotHasThe && takesThe ? 'the ' : '') + entity.key;
}
/** Built-in names other than places that English writes with "the": "the Premier League", never "the La Liga". */
const BUILT_IN_WITH_THE = /(?:League|Cup|Championship|Open|FBI|DEA|ATF)$/;
const theOf = (entity: Entity) => entity.the * 2 >= entity.sentences.length && entity.the > 0;

/** Whether a stand-in of type `b` fits where the article has a name of type `a`. */
const interchangeable = (a: EntityType, b: EntityType) => a === b || !(SOLE.has(a) || SOLE.has(b));
/** Types that stand in only for themselves. */
const SOLE = new Set<EntityType>(['person', 'place', 'quote', 'work']);

/** The kind of a known place, compass words aside ("North Korea" is a country like "Korea"). */
const placeKind = (key: string) => {
  const space = key.indexOf(' ');
  return PLACE_KINDS.get(key) ?? (space > 0 && COMPASS.has(key.slice(0, space).toLowerCase()) ? PLACE_KINDS.get(key.slice(space + 1)) : undefined);
};

/**
 * "Guadalajara, Mexico", "Santa Monica, California": the second place holds the first, so any stand-in for
 * it is absurd ("Guadalajara, Serbia") and it is never asked.
 */
export function containerPlace(mentions: Mention[], mention: Mention, text: string): boolean {
  if (!isNameType(mention.type)) return false;
  // Either side: "Guadalajara, ___" is absurd to swap, and "in ___, Cornwall" is ruled by its county,
  // which the article's other towns may not share.
  return mentions.some(
    (other) =>
      other !== mention &&
      ((mention.type === 'place' && other.end + 2 === mention.start && text.slice(other.end, mention.start) === ', ' && isNameType(other.type)) ||
        (isNameType(other.type) &&
          mention.end + 2 === other.start &&
          text.slice(mention.end, other.start) === ', ' &&
          /\b(?:in|at|near|from|outside)\s+$/i.test(text.slice(Math.max(0, mention.start - 10), mention.start))))
  );
}

/** Two names for one thing: a capital for its country, an acronym ("FOMC") or a clipping ("the Fed"). */
export function sameThing(a: string, b: string): boolean {
  return CAPITALS.get(a) === b || CAPITALS.get(b) === a || sameName(a, b) || sameNickname(a, b);
}

/** Whether two names are one party or body by its other name ("the Tories", "Conservatives"), any case, "the" aside. */
export function sameNickname(a: string, b: string): boolean {
  const key = (name: string) => NICKNAMES.get(name.toLowerCase().replace(/^the /, ''));
  const group = key(a);
  return !!group && group === key(b);
}

/** Parties, bodies and companies known by two names that share no letters: "the Tories" are the Conservatives. */
const NICKNAMES = new Map<string, string>();
for (const group of [
  'Tories|Tory|Conservatives|Conservative Party|Conservative',
  'Lib Dems|Liberal Democrats|Liberal Democrat',
  'Labour|Labour Party',
  'Republicans|Republican Party|GOP',
  'Democrats|Democratic Party',
  'SNP|Scottish National Party',
  'Plaid|Plaid Cymru',
  'Ukip|UKIP|UK Independence Party',
  // Companies by their brand, group or older name.
  'Matsushita|Matshushita|Matsushita Electric|Panasonic',
  'GM|General Motors',
  'VW|Volkswagen',
  'Walmart|Wal-Mart|Asda',
  'GSK|GlaxoSmithKline',
  'M&S|Marks & Spencer',
  'JPMorgan|JP Morgan|JP Morgan Chase|JPMorgan Chase',
  'Exxon|ExxonMobil|Esso',
  'Total|TotalEnergies',
  'Google|Alphabet',
  'Facebook|Meta',
  'Daimler|DaimlerChrysler|Chrysler|Mercedes-Benz',
  'MMO2|O2',
  'BSkyB|Sky',
  'Lloyds|Lloyds TSB',
  'Air France|KLM|Air France-KLM',
])
  for (const name of group.split('|')) NICKNAMES.set(name.toLowerCase(), group);

/** One name an acronym ("FOMC") or a clipped word ("Fed") of the other. */
export function sameName(a: string, b: string): boolean {
  // (Hot in selection: no arrays, no patterns until a cheap test passes.)
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  // Only a one-word name can be an acronym or a clipping, and only of a longer name.
  if (short.length < 2 || short.includes(' ') || !long.includes(' ')) return false;
  // "LaLiga" and "La Liga" are one name written two ways.
  if (short.length > 3 && long.length - short.length <= 3 && short.toLowerCase() === long.replace(/ /g, '').toLowerCase()) return true;
  // An acronym: its letters (dots aside) are the long name's initials.
  const letters = short.includes('.') ? short.replace(/\./g, '') : short;
  if (letters.length <= 6 && initials(long) === letters) return true;
  if (short.length <= 2) return false;
  // A clipping ("Fed" for "Federal Reserve"); a plural one names the party or team too: "the Greens".
  const clip = short.length > 3 && short.endsWith('s') ? short.slice(0, -1) : short;
  return long.startsWith(clip) || long.includes(' ' + clip);
}

/**
 * Other names that could fill the slot, most plausible first, each false as far as the article says. Only
 * names of the same type and shape: a reader spots "a fishing town" filled with an airport, or a top
 * scorer with a club, so a slot without such names is better left unasked.
 */
export function nameStandIns(analysis: Analysis, answer: Entity, given: SlotContext, limit = 5): Entity[] {
  const context = {...given, gender: given.gender ?? pairedGender(analysis, answer, given)};
  const ranked = rankedNames(analysis, answer, context);
  // Names sharing a word with the answer ("Cherry MX Red", "Cherry MX Blue") are used only as a family
  // of two or more, so no two choices converge on a shared word.
  // Not for places: "South Korea" and "the Republic of Korea" may be the answer's own country.
  const family = answer.type === 'place' ? [] : ranked.filter(([, entity]) => sharesWord(entity, answer) && !supportedElsewhere(analysis, entity.key, context));
  if (family.length >= 2) return family.slice(0, limit).map(([, entity]) => entity);
  const picked = unrelatedNames(analysis, answer, context, ranked, limit);
  // Short of two, one kin name may still serve: a shared word is a smaller cue than a missing question.
  if (picked.length === 1 && family.length === 1) picked.push(family[0][1]);
  addBuiltInNames(analysis, answer, context, picked, Math.min(limit, 2));
  return picked;
}

/**
 * The answer's gender when the stem pairs it with someone of the same ("Federer beat ___", "Smith and ___
 * scored"): an opponent or a team-mate, where a reader rules out the other gender first.
 */
function pairedGender(analysis: Analysis, answer: Entity, context: SlotContext): 'f' | 'm' | undefined {
  if (answer.type !== 'person') return undefined;
  // "Federer got the better of ___", "beat ___ in the final": an opponent is of the winner's sex, whether
  // or not the article says the answer's.
  const headToHead = HEAD_TO_HEAD.test(context.text);
  for (const key of context.keys) {
    const other = analysis.entities.get(key);
    if (!other || other === answer || other.type !== 'person' || !other.gender) continue;
    // (Head to head, the named side's sex wins over the answer's own, read from pronouns that may be wrong.)
    if (other.gender === answer.gender || headToHead) return other.gender;
  }
  return undefined;
}

/** A blank that is someone's opponent: "beat ___", "got the better of ___", "lost to ___", "against ___". */
const HEAD_TO_HEAD = /\b(?:beat|beats|beating|defeated|defeats|overcame|edged|thrashed|got the better of|lost to|losing to|against|versus|vs\.?|faces|facing|face|knocked out|eliminated|ousted|upset)\s+(?:the\s+)?___/;

/** Whether a name shares a word with the answer ("Cherry MX Red" with "Cherry MX Blue"). */
const sharesWord = (entity: Entity, answer: Entity) => entity.words.some((word) => answer.words.includes(word));

/** The article's names that may stand in for the answer, best first; the best dozen reranked by how alike the article writes of them. */
function rankedNames(analysis: Analysis, answer: Entity, context: SlotContext): [number, Entity][] {
  const ranked: [number, Entity][] = [];
  for (const entity of analysis.entities.values()) {
    const score = standInScore(entity, answer, context);
    if (score !== undefined) ranked.push([score, entity]);
  }
  const order = (a: [number, Entity], b: [number, Entity]) => b[0] - a[0] || a[1].sentences[0] - b[1].sentences[0] || (a[1].key < b[1].key ? -1 : 1);
  ranked.sort(order);
  // Among the best, prefer names the article writes about in the same words as the answer: a team
  // "tops the table" like another team, while a newspaper "reports".
  const best = ranked.slice(0, 12);
  const mine = bagOf(analysis, answer);
  for (const entry of best) entry[0] += 6 * similarity(mine, bagOf(analysis, entry[1]));
  best.sort(order);
  ranked.splice(0, best.length, ...best);
  return ranked;
}

/** How well a name of the article fits where the answer stands, or undefined when it may not stand in. */
function standInScore(entity: Entity, answer: Entity, context: SlotContext): number | undefined {
  if (entity === answer || !isNameType(entity.type) || !interchangeable(entity.type, answer.type)) return undefined;
  // "Tides coach ___": a person the article calls a minister or a striker holds another role.
  if (context.title && entity.titles && !entity.titles.has(context.title)) return undefined;
  if (context.gender && entity.gender !== context.gender && (entity.gender || entity.type === 'person')) return undefined;
  // "The chancellor said Mr ___ was ...": the person the stem calls by their title is not the blank.
  if (entity.type === 'person' && entity.titles && [...entity.titles].some((title) => title.length > 2 && context.text.includes(`the ${title}`))) return undefined;
  // "England flanker ___" takes no Wales player, "Wales coach ___" no player, "playwright ___" no singer.
  if (entity.type === 'person' && answer.type === 'person' && !sameCamp(answer, entity)) return undefined;
  const line = lineOfWork(context.title);
  if (line && entity.lines && !entity.lines.has(line)) return undefined;
  const lower = entity.key.toLowerCase();
  if (context.keys.has(entity.key) || context.keys.has(CAPITALS.get(entity.key)!) || context.text.includes(lower)) return undefined;
  // "Hitachi and ___, which makes Panasonic brand products": a company's other name in the stem is the key's rival's too.
  for (const key of context.keys) if (sameNickname(key, entity.key)) return undefined;
  // A place of another kind may contain the answer ("the U.S." for "Minnesota", "Spain" for "Andalusia")
  // and so be true; a country is no stand-in for a city or a venue either.
  if (entity.type === 'place' && answer.type === 'place' && placeKind(entity.key) !== placeKind(answer.key)) return undefined;
  // A league stands in for a league, never for a club, and a club never for a league.
  if ((KINDS.has(entity.key) || KINDS.has(answer.key)) && KINDS.get(entity.key) !== KINDS.get(answer.key)) return undefined;
  // A word shared with a name in the stem may point at the same thing ("Korea" near "North Korea").
  if (entity.words.some((word) => context.nameWords.has(word)) || sameThing(entity.key, answer.key)) return undefined;
  // Nested names ("Madrid", "Real Madrid") are never both choices.
  const [a, b] = [` ${lower} `, ` ${answer.key.toLowerCase()} `];
  if (a.includes(b) || b.includes(a)) return undefined;
  const fits = fit(entity.key, answer.key);
  if (fits < 0 || ((entity.type === 'name' || answer.type === 'name') && /\d$/.test(shape(entity.key) + shape(answer.key)) && theOf(entity) !== theOf(answer))) return undefined;
  return (entity.group === answer.group ? 4 : 0) + (entity.type === answer.type ? 2 : 0) + Math.min(entity.sentences.length, 8) / 4 + fits;
}

/** Up to `limit` ranked names sharing no word with the answer, listed names first, none said with the statement elsewhere. */
function unrelatedNames(analysis: Analysis, answer: Entity, context: SlotContext, ranked: [number, Entity][], limit: number): Entity[] {
  const picked: Entity[] = [];
  // Names listed with the answer are the best stand-ins; with two of them, others are left out.
  const sameGroup = ranked.filter(([, entity]) => entity.group === answer.group && !sharesWord(entity, answer)).length;
  for (const [, entity] of ranked) {
    if (sharesWord(entity, answer)) continue;
    if (sameGroup >= 2 && entity.group !== answer.group && picked.length >= 2) break;
    if (picked.length >= limit) break;
    if (picked.some((other) => sameThing(other.key, entity.key))) continue;
    if (!supportedElsewhere(analysis, entity.key, context)) picked.push(entity);
  }
  // A person the article names with a title ("coach Paul Ferris") takes people it titles too, when there
  // are two: a guessed person may be a team ("Lakeview Storm").
  if (answer.type === 'person' && answer.sure) {
    const titled = picked.filter((entity) => entity.sure);
    if (titled.length >= 2) picked.splice(0, picked.length, ...titled);
  }
  return picked;
}

/**
 * Too few in the article: places (or leagues, agencies) of the same kind the article never names make up
 * the choices, only as far as a three-choice question needs (`needed`): "Afghanistan's satellite program"
 * is no better for being the fourth choice. Adds them to `picked`.
 */
function addBuiltInNames(analysis: Analysis, answer: Entity, context: SlotContext, picked: Entity[], needed: number): void {
  const kind = placeKind(answer.key) ?? KINDS.get(answer.key);
  const b = ` ${answer.key.toLowerCase()} `;
  // Parts of the same country ("Scotland" for "England") come first, then the answer's neighbours in a
  // list kept by region (Spain's are Portugal and Italy, not Afghanistan), nearest first.
  const home = kind ? Math.max(0, kind.indexOf(answer.key)) : 0;
  const around = kind ? kind.map((_, i) => kind[(home + (i % 2 ? (i + 1) / 2 : kind.length - i / 2)) % kind.length]).slice(1) : [];
  // A capital takes capitals first ("between Moscow and Pyongyang": Kyiv, not Milan).
  const capital = CAPITALS.has(answer.key);
  const near = [...around.filter((k) => CAPITALS.has(k) === capital), ...around.filter((k) => CAPITALS.has(k) !== capital)];
  const pool = kind && picked.length < needed ? [...kind.filter((k) => CAPITALS.has(k) && CAPITALS.get(k) === CAPITALS.get(answer.key)), ...near] : [];
  for (const key of pool) {
    if (picked.length >= needed) break;
    // Nested names ("Asia" for "Northeast Asia") are never both choices.
    const nested = b.includes(` ${key.toLowerCase()} `) || ` ${key.toLowerCase()} `.includes(b);
    if (!nested && !analysis.entities.has(key) && !context.text.includes(key.toLowerCase()) && !context.keys.has(CAPITALS.get(key)!) && !picked.some((p) => p.key === key))
      picked.push({key, type: answer.type, sentences: [], the: answer.type === 'place' ? 0 : answer.the, group: -1, sure: true, words: contentWords(key)});
  }
}

/** The word with the capital of `like` ("Most" for a sentence's first word). */
export const capitalise = (word: string, like: string) => (/^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word);

const QUANTIFIERS = new Map<string, string[]>([
  ['most', ['all', 'few']],
  ['all', ['most', 'few']],
  ['many', ['all', 'few']],
  ['few', ['most', 'all']],
]);

/** The contrast set holding `word` ("most" → all, many, some, few), if any. */
export function contrastsOf(word: string): string[] {
  const lower = word.toLowerCase();
  // Quantifiers only toward what the word rules out: "most" makes "all" and "few" false, not "some".
  const quantified = QUANTIFIERS.get(lower);
  if (quantified) return quantified.map((w) => capitalise(w, word));
  const found = CONTRASTS.find((set) => set.includes(lower));
  return found ? found.filter((w) => w !== lower).map((w) => capitalise(w, word)) : [];
}
