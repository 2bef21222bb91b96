/**
 * FAQ pair → question. The stem is the FAQ question; the correct choice is the answer's first statement
 * without the words that only repeat the question; distractors are that statement with its names, numbers
 * or contrast words swapped, so every choice reads alike.
 */
import {fixArticleBefore} from '../understanding/grammar.js';
import type {Candidate} from './candidate.js';
import {containerPlace, contrastsOf, displayName, nameStandIns, standInName, type SlotContext} from './distractors.js';
import {numberStandIns} from './figure-stand-ins.js';
import {countsItsList, PRODUCT_AFTER, PRODUCT_BEFORE} from '../understanding/figures.js';
import {contentWords} from '../understanding/entities.js';
import {isNameType, type Analysis, type Mention} from '../understanding/mentions.js';
import {NUMBER_WORDS, STOP} from '../understanding/gazetteer.js';
import type {Random} from '../random.js';
import {splitSentences} from '../reading/sentences.js';
import {CERTAIN, STAND_IN_FLOOR, kindOf, standInCertainty} from '../understanding/kinds.js';

const MAX_WORDS = 25;
// Quantifiers too: "most" against "all" or "few" is a matter of degree the article rarely settles.
const DEGREES = /^(?:significant|limited|minor|latest|oldest|earliest|growing|shrinking|declining|strong|weak|early|late|best|worst|most|all|few|many|some)$/i;
const AUXILIARIES = new Set('is are was were has have had will would can could may might should do does did be been being also'.split(' '));

/** The answer's first statement, and the concise form a choice shows (first letter not yet capitalised). */
export function conciseAnswer(question: string, answer: string): {statement: string; key: string; fragment: boolean} {
  const {statement, key} = firstStatement(question, answer);
  const short = capLength(withoutEcho(question, key));
  // "... through two methods: 1) Maximizing on-device processing": a numbered list begun is cut short.
  // ("... are: 1" is such a list cut at its first number.)
  const listed = /(?:^|[\s:])(?:\(?1\)|1\.)\s+\p{L}/u.test(short.key) || /:\s*\d*\s*$/.test(short.key);
  // "And partially released during ...": a key that opens on a conjunction continues a sentence it lost.
  const continued = /^(?:and|but|or|nor|so|yet)\b/i.test(short.key.trim());
  return {statement, key: short.key.trim().replace(/[,;:]$/, ''), fragment: short.fragment || listed || continued};
}

/** The answer's first sentence (with the reason after a bare "Yes."), and its key form before trimming. */
function firstStatement(question: string, answer: string): {statement: string; key: string} {
  const sentences = splitSentences(answer);
  let statement = (sentences[0] ?? answer).trim();
  let key = statement.replace(/[.!?]+$/, '').replace(/\bas well as\b/g, 'and');
  // "Yes." or "No." alone says nothing to swap: the reason that follows joins it ("Yes, his term runs
  // until 2027"), and its names and figures make the choices.
  const bare = /^(yes|no|it depends)[.!]?$/i.exec(statement);
  if (bare && sentences[1]) {
    const second = sentences[1].trim();
    const at = answer.indexOf(second);
    if (at >= 0) {
      statement = answer.slice(answer.indexOf(sentences[0].trim()), at + second.length).trim();
      // Its first word goes to lower case when it is an everyday word: a stop word, or one the question or
      // answer also writes in lower case ("prepayment"); a name ("Farrow said ...") keeps its capital.
      const first = /^[\p{L}'’]+/u.exec(second)?.[0] ?? '';
      const lower = first.toLowerCase();
      const everyday = STOP.has(lower) || /^(?:it|this|that|these|those|there|they|he|she|we|its|their|his|her)$/.test(lower) || new RegExp(`\\b${lower}\\b`).test(`${question} ${answer.slice(at + first.length)}`);
      const reason = first && everyday && first !== 'I' ? lower + second.slice(first.length) : second;
      key = `${bare[1].charAt(0).toUpperCase()}${bare[1].slice(1).toLowerCase()}${/depends/i.test(bare[1]) ? ':' : ','} ${reason}`.replace(/[.!?]+$/, '').replace(/\bas well as\b/g, 'and');
    }
  }
  return {statement, key};
}

/** The key without its opening words when they only repeat the question. */
function withoutEcho(question: string, key: string): string {
  const asked = new Set(contentWords(question).flatMap((word) => [word, word.replace(/s$/, '')]));
  // Skip the opening words that only repeat the question ("Kim Jong Un and Vladimir Putin discussed ...").
  const tokens = [...key.matchAll(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu)];
  let cut = 0;
  let echoed = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i][0]
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/\.$/, '');
    if (asked.has(word) || asked.has(word.replace(/s$/, ''))) {
      echoed++;
      cut = tokens[i].index! + tokens[i][0].length;
    } else if (!STOP.has(word) || /[,;:]/.test(key.slice(cut, tokens[i].index))) break;
  }
  // Cut only before a verb or a preposition, never inside a noun phrase ("... the MX switch expired").
  const next = key.slice(cut).trim().split(/[\s,]/)[0].toLowerCase();
  const clean = /ed$|s$/.test(next) || AUXILIARIES.has(next) || /^(in|on|at|for|with|by|to|from|about)$/.test(next);
  if (echoed < 1 || !clean || /[,;:(]/.test(key.slice(0, cut))) return key;
  let rest = key.slice(cut);
  let j = tokens.findIndex((t) => t.index! >= cut);
  while (j >= 0 && j < tokens.length && AUXILIARIES.has(tokens[j][0].toLowerCase())) j++;
  // For "what/which/who" questions the reply is the object, not the verb that links it.
  const verb = j >= 0 && j < tokens.length - 1 && (/ed$/.test(tokens[j][0]) || (/s$/.test(tokens[j][0]) && /^(a|an|the|its|their)$/i.test(tokens[j + 1][0])));
  if (verb && /^(what|which|who|whom|where|when)\b/i.test(question)) j++;
  if (j >= 0 && j < tokens.length) rest = key.slice(tokens[j].index!);
  return contentWords(rest).length >= 2 ? rest : key;
}

/** The key cut to MAX_WORDS at a clause break; `fragment` when the cut leaves it mid-phrase. */
function capLength(key: string): {key: string; fragment: boolean} {
  const words = key.split(/\s+/);
  if (words.length <= MAX_WORDS) return {key, fragment: false};
  // Cut at the last clause break that keeps the statement whole enough.
  const head = words.slice(0, MAX_WORDS).join(' ');
  // A clause break is a comma before a space, not the one inside "1,200".
  const comma = head.search(/,\s(?!.*,\s)/);
  // Cut with no clause break, or inside a list ("a bottle, a cup"), the statement stops mid-phrase: a
  // fragment, not an answer. A clause that opens with a conjunction or a participle may go.
  const fragment = comma <= 30 || !/^,\s+(?:which|while|but|as|although|though|whereas|with|including|making|meaning|according|so|because|since|after|before|when)\b/i.test(head.slice(comma));
  return {key: comma > 30 ? head.slice(0, comma) : head, fragment};
}

interface Slot {
  start: number;
  end: number;
  text: string;
  options: string[];
  /** How sure the engine is of each option's kind and plausibility (see confidence.ts). */
  certainties: number[];
  /** Whether the slot holds what the question asks for (a person for "who", a number for "how many"). */
  focus: boolean;
}

/**
 * "Lewandowski, Salah, and Benzema are among the top scorers", where the article names no one else: the
 * only false statements left leave one of them out ("Lewandowski and Salah, but not Benzema, are ...",
 * "Only Lewandowski and Benzema are ..."). Some such choices are longer than the key and one is shorter,
 * so length points nowhere. Needs three or more names of one type listed with "and".
 */
function listExclusions(key: string, mentions: Mention[]): string[] | undefined {
  const names = mentions.filter((m) => isNameType(m.type) && !m.fixed);
  for (let start = 0; start < names.length; start++) {
    const end = runEnd(key, names, start, true);
    const members = names.slice(start, end + 1);
    if (members.length < 3 || !/,? and $/.test(key.slice(members[members.length - 2].end, members[members.length - 1].start))) continue;
    // Only people, places and organisations: "apps like Gmail, Sheets and Meet" lists things of no known kind.
    if (members[0].type !== 'person' && members[0].type !== 'place' && members[0].type !== 'org') continue;
    const [before, after] = [key.slice(0, members[0].start), key.slice(members[members.length - 1].end)];
    // ("players like only X and Y" is no English: after "like" or "such as" only the "but not" forms are kept.)
    const exampleList = /\b(?:like|as|including)\s+$/i.test(before);
    const join = (list: Mention[]) =>
      list.length === 2
        ? `${list[0].text} and ${list[1].text}`
        : `${list
            .slice(0, -1)
            .map((m) => m.text)
            .join(', ')} and ${list[list.length - 1].text}`;
    const without = (i: number) => members.filter((_, j) => j !== i);
    const last = members.length - 1;
    return [
      `${before}${join(without(last))}, but not ${members[last].text},${after}`,
      `${before}${join(without(0))}, but not ${members[0].text},${after}`,
      ...(exampleList ? [] : [`${before ? before + 'only ' : 'Only '}${join(without(1))}${after}`]),
    ].map((text) =>
      text
        .replace(/,,/g, ',')
        .replace(/, ?$/, '')
        .replace(/,(\s*[.!?])?$/, '$1')
    );
  }
  return undefined;
}

/**
 * The key with two names of one kind swapped ("Elche is the favorite to win, with Barcelona considered the
 * underdog"): false by the answer's own words, even with both names in the question. Never two names of one
 * list ("A and B"), which swap to the same meaning.
 */
function reversals(analysis: Analysis, key: string, mentions: Mention[]): string[] {
  const names = mentions.filter((m) => isNameType(m.type) && !m.fixed);
  const out: string[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i], names[j]];
      if (a.key === b.key || /^(?:,|,? and|,? or|,? &)\s*$/.test(key.slice(a.end, b.start))) continue;
      const [x, y] = [kindOf(analysis.entities.get(a.key)!, analysis), kindOf(analysis.entities.get(b.key)!, analysis)];
      if (x.kind !== y.kind || Math.min(x.strength, y.strength) < 0.85) continue;
      out.push(key.slice(0, a.start) + b.text + key.slice(a.end, b.start) + a.text + key.slice(b.end));
    }
  return out.slice(0, 2);
}

/**
 * An answer that points elsewhere instead of answering ("There are three main reasons we did this", "as
 * follows"): its figure can be swapped, but the question it stands under stays unanswered.
 */
function vague(key: string): boolean {
  return (
    /\b(?:this|that|these|those|the following|as follows|below|here|above)$/i.test(key) ||
    /^there (?:are|were|is|was) \S+ (?:main |key |major |important |big )?(?:reasons?|ways?|things?|steps?|factors?|options?|types?|kinds?|points?)\b/i.test(key)
  );
}

/**
 * "How much does Pages cost compared with Workers?" answered by a sentence with no sum in it: swapping its
 * other figures tests something the question does not ask.
 */
function unpricedCost(question: string, keyMentions: Mention[]): boolean {
  return /\b(?:cost|costs|price|prices|cuesta|cuestan|precio|custa|custam|custo|preço|coûte|coûtent|prix|kostet|kosten|preis)\b/i.test(question) && !keyMentions.some((m) => m.type === 'money');
}

// ("iPadOS", "eBay" keep their case: "IPadOS" is no brand.)
const capitaliseFirst = (text: string) => (/^\p{Ll}\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1));

/** An FAQ pair as the analysis holds it: sentence indexes of its question and concise answer. */
export interface FaqPair {
  question: number;
  key: number;
  index: number;
  statement: string;
  /** The concise answer was cut mid-phrase (see conciseAnswer). */
  fragment?: boolean;
}

/** `english`: names and contrast words may be swapped; in other languages only figures are. */
export function faqCandidates(analysis: Analysis, pairs: FaqPair[], random: Random, english = true): Candidate[] {
  const candidates: Candidate[] = [];
  for (const pair of pairs) {
    const candidate = faqCandidate(analysis, pair, random, english);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** An FAQ pair as the slot builders read it: the question, the key statement and what each names. */
interface FaqReading {
  analysis: Analysis;
  pair: FaqPair;
  question: string;
  key: string;
  keyMentions: Mention[];
  /** Keys the question names. */
  asked: Set<string>;
  /** The mention types the question asks for (see wantedTypes). */
  wanted: string[];
}

/** A candidate's distractors, each with its certainty. */
interface Choices {
  distractors: string[];
  certainties: number[];
}

function faqCandidate(analysis: Analysis, pair: FaqPair, random: Random, english: boolean): Candidate | undefined {
  const question = analysis.sentences[pair.question];
  const key = analysis.sentences[pair.key];
  const asked = new Set(analysis.mentions[pair.question].map((m) => m.key));
  const reading: FaqReading = {analysis, pair, question, key, keyMentions: analysis.mentions[pair.key], asked, wanted: wantedTypes(question)};
  const slots = mentionSlots(reading, random, english);
  if (slots.length < 2 && english) slots.push(...contrastSlots(key, question.toLowerCase(), slots));
  slots.sort((a, b) => Number(b.focus) - Number(a.focus) || a.start - b.start);
  // "How long is the warranty?" answered with the product swapped asks nothing: when the question wants a
  // kind of value and the answer has one, only that value may change.
  if (keyHoldsAskedValue(reading) && !slots.some((slot) => slot.focus)) slots.length = 0;
  const used = usedSlots(slots);
  const short = shortened(reading, used);
  const choices = faqChoices({...reading, key: short.key, keyMentions: short.keyMentions}, short.slots, english);
  if (!choices) return undefined;
  const {distractors, certainties} = choices;
  // Blind reviews found no long answer with one detail swapped worth publishing: the reader skims four
  // copies of one sentence for the word that differs, and the detail is rarely what the question asks.
  if (!short.concise && short.key.split(/\s+/).length > MAX_SWAPPED_WORDS) return undefined;
  // "What is GPT-4o? Google's / OpenAI's new AI model": a definition with its maker swapped asks what
  // everyone knows (blind reviews: 0 of 4 published).
  if (
    !short.concise &&
    /^[Ww]hat (?:is|are) (?:an? |the )?\p{Lu}[^?]{0,40}\?$/u.test(question.replace(NUMBERING, '')) &&
    short.slots.some((slot) => reading.keyMentions.some((m) => m.start >= slot.start && m.end <= slot.end && isNameType(m.type)))
  )
    return undefined;
  return {
    kind: 'faq',
    prompt: question.replace(NUMBERING, ''),
    correct: capitaliseFirst(short.key),
    distractors,
    evidence: pair.statement,
    explanation: `The article's FAQ answers: ${pair.statement}`,
    order: pair.index,
    answerKey: '',
    promptKeys: [...asked],
    slotTexts: used.map((slot) => slotPhrase(key, slot)).filter((text): text is string => !!text),
    signals: {
      keyKind: CERTAIN,
      standIns: Object.fromEntries(distractors.map((text, i) => [text, certainties[i] ?? 0.5])),
      fit: pair.fragment || vague(key) || unpricedCost(question, reading.keyMentions) ? 0.3 : 1,
      importance: 1,
    },
    slotValues: used.filter((slot): slot is Slot => !!slot && slot.focus).map((slot) => slot.text),
  };
}

/** "Q3. Is crypto ...", "3) Is crypto ...": the FAQ's own numbering is not part of the question. */
const NUMBERING = /^(?:#+\s*|Q\d+[.:)]\s*|\d{1,2}[.)]\s+)+/;

/** The longest answer that may be asked with one detail swapped (the whole answer shown in every choice). */
const MAX_SWAPPED_WORDS = 15;

/** Clause openers after a comma: ", including ...", ", with ...", ", which ...". */
const ADDING = 'including|with|which|as|according|so|because|where|after|amid|following';
/** Contrasts: ", but ...", ", although ...", ", while ...". */
const CONTRASTING = 'while|but|although|though|whereas';
const clauseBreak = (openers: string) => new RegExp(`(?:,\\s+(?:${openers})\\b|;|\\s+[—–]\\s+)`, 'gu');
/** Any clause after the concise answer, contrasts too: its names are not the answer's. */
const CLAUSE_BREAK = clauseBreak(`${ADDING}|${CONTRASTING}|\\p{Ll}+ing`);
/**
 * A clause that adds to a statement and may go. Never a contrast: it may hold the answer itself ("offers
 * 50% faster CPU performance, but the key advantage is the 2.5x faster Neural Engine").
 */
const ADDED_CLAUSE = clauseBreak(`${ADDING}|(?!being\\b)\\p{Ll}+ing`);

/**
 * The key cut to what the choices need. When every swapped slot holds what the question asks for ("Who
 * tops the table?" → "Real Madrid"), the choices are the slots alone: the concise answer. Otherwise the
 * statement ends at the first added clause after its slots ("Increased military drills with Japan,
 * including the deployment of ..." → "Increased military drills with Japan").
 */
function shortened({key, keyMentions, question, asked, wanted}: FaqReading, used: (Slot | undefined)[]): {key: string; keyMentions: Mention[]; slots: Slot[]; concise: boolean} {
  const slots = used.filter((slot): slot is Slot => !!slot);
  const names = keyMentions.filter((m) => isNameType(m.type) && !m.fixed);
  // "Who are the favourites? Real Madrid, Bayern Munich, and Liverpool are": a list of names asked for by
  // "who" or "which" is the answer itself. Slots inside a list show the whole list ("Real Madrid, Barcelona,
  // and Liverpool"; "France and Italy"), not their own names alone.
  const asksFor = slots.length > 0 && slots.every((slot) => slot.focus);
  const span = /^(?:who|which)\b/i.test(question) ? listSpan(key, names, asksFor ? 2 : 3) : undefined;
  const list = span && slots.every((slot) => slot.start >= span[0] && slot.end <= span[1]) ? span : undefined;
  // Only where the choices hold every such value the answer names: "held in Oslo" for "Where?" is not
  // "Norway", named earlier in "the talks with Norway and Iceland". (A source, "according to Opta", is no
  // such value.)
  // (A weekday right before a date slot is part of it: "Tuesday, February 11, 2025".)
  const inside = (m: Mention) =>
    list ? m.start >= list[0] && m.end <= list[1] : slots.some((slot) => (m.start >= slot.start && m.end <= slot.end) || (m.type === 'when' && /^,?\s+$/.test(key.slice(m.end, slot.start))));
  // (Nor is a name the question states, or one in a clause the concise answer leaves out: "..., with
  // Chelsea and Manchester United close behind".)
  const end = list ? list[1] : Math.max(0, ...slots.map((slot) => slot.end));
  const clause = [...key.matchAll(CLAUSE_BREAK)].find((match) => match.index! >= end)?.index ?? key.length;
  const others = keyMentions.filter(
    (m) => wanted.includes(m.type) && !inside(m) && m.start < clause && !asked.has(m.key) && !question.toLowerCase().includes(m.text.toLowerCase()) && !/according to (?:the )?$/i.test(key.slice(0, m.start))
  );
  const focus = asksFor && !others.length;
  // A slot of the asked kind beside another value of that kind the choices all share asks the wrong one.
  if (asksFor && others.length) return {key, keyMentions, slots: [], concise: false};
  if (focus || list) {
    const first = list ? list[0] : Math.min(...slots.map((slot) => slot.start));
    // "on Tuesday, February 11, 2025": the weekday goes with its date.
    const start = first - (/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$/.exec(key.slice(0, first))?.[0].length ?? 0);
    const end = list ? list[1] : Math.max(...slots.map((slot) => slot.end));
    const shift = (slot: Slot) => ({...slot, start: slot.start - start, end: slot.end - start});
    const within = keyMentions.filter((m) => m.start >= start && m.end <= end).map((m) => ({...m, start: m.start - start, end: m.end - start}));
    return {key: key.slice(start, end), keyMentions: within, slots: slots.map(shift), concise: true};
  }
  // After every name too when the slots offer fewer than three stand-ins: "Barcelona are the favourites,
  // with Elche the underdogs" may then be asked reversed.
  const offered = slots.length > 1 ? 3 : (slots[0]?.options.length ?? 0);
  const last = Math.max(0, ...slots.map((slot) => slot.end), ...(offered < 3 ? names.map((m) => m.end) : []));
  const cut = [...key.matchAll(ADDED_CLAUSE)].find((match) => match.index! >= last && match.index! > 0);
  if (!cut) return {key, keyMentions, slots, concise: false};
  return {key: key.slice(0, cut.index), keyMentions: keyMentions.filter((m) => m.end <= cut.index!), slots, concise: false};
}

/** The last of the names from `start` on that the key joins with ", " or "and" (of one type, if `sameType`). */
function runEnd(key: string, names: Mention[], start: number, sameType: boolean): number {
  let end = start;
  while (end + 1 < names.length && (!sameType || names[end + 1].type === names[start].type) && /^(?:, |,? and )$/.test(key.slice(names[end].end, names[end + 1].start))) end++;
  return end;
}

/** Where the key's first list of `least` names or more ("X, Y, and Z") starts and ends. */
function listSpan(key: string, names: Mention[], least: number): [number, number] | undefined {
  for (let start = 0; start < names.length; start++) {
    // (Types may differ: "Real Madrid, Bayern Munich, and Liverpool" reads a club as a place.)
    const end = runEnd(key, names, start, false);
    // (Two names make a list only with "and": "According to Opta, Real Madrid ..." is no list.)
    const pair = end - start === 1 && !/\band\b/.test(key.slice(names[start].end, names[end].start));
    if (end - start + 1 >= least && !pair) return [names[start].start, names[end].end];
  }
  return undefined;
}

/** The mention types a question asks for by its opening words ("how many": figures; "who": names). */
function wantedTypes(question: string): string[] {
  return /^how (many|much)/i.test(question)
    ? ['number', 'count', 'percent', 'money']
    : /^how long\b/i.test(question)
      ? ['date', 'year', 'month', 'range', 'when', 'count', 'number']
      : /^when\b/i.test(question)
        ? ['date', 'year', 'month', 'range', 'when']
        : /^(which|what) (\w+ )?(countries|nations|cities|states|regions)\b/i.test(question)
          ? ['place']
          : /^(who|which)/i.test(question)
            ? ['person', 'org', 'name']
            : /^where/i.test(question)
              ? ['place']
              : [];
}

/** Up to two slots for the key's names and figures, each with the stand-ins the engine is sure of. */
function mentionSlots(reading: FaqReading, random: Random, english: boolean): Slot[] {
  const slots: Slot[] = [];
  const questionWords = contentWords(reading.question);
  for (const {mention, focus} of slotMentions(reading)) {
    if (slots.length >= 2) break;
    const slot = mentionSlot(reading, mention, focus, questionWords, random, english);
    if (slot) slots.push(slot);
  }
  return slots;
}

/** The key's swappable mentions, those the question asks for first, each marked whether it is the focus. */
function slotMentions({key, keyMentions, asked, question, wanted}: FaqReading): {mention: Mention; focus: boolean}[] {
  const questionText = question.toLowerCase();
  // What the question asks for first, then the earliest slot (the statement's subject): only the first two
  // slots with stand-ins are used, so stand-ins are looked for in that order and no further.
  return keyMentions
    .filter((mention) => !mention.fixed && !asked.has(mention.key) && !questionText.includes(mention.text.toLowerCase()) && !containerPlace(keyMentions, mention, key))
    .map((mention) => {
      // A source ("according to Opta Analyst") is rarely what the question asks about.
      const attribution = /according to (the )?$/i.test(key.slice(0, mention.start)) || /^,? (said|says|reported|notes|noted)\b/.test(key.slice(mention.end));
      return {mention, focus: wanted.includes(mention.type) && !attribution};
    })
    .sort((a, b) => Number(b.focus) - Number(a.focus) || a.mention.start - b.mention.start);
}

/** A slot for one mention of the key, or none when no stand-in is sure enough (or names may not change). */
function mentionSlot(reading: FaqReading, mention: Mention, focus: boolean, questionWords: string[], random: Random, english: boolean): Slot | undefined {
  const {analysis, pair, key} = reading;
  const context = slotContext(reading, mention, questionWords);
  const entity = analysis.entities.get(mention.key)!;
  const named = isNameType(mention.type);
  if (named && !english) return undefined;
  // A product or title of unknown kind ("iOS 18", "ChatGPT") swaps into nonsense ("ChatGPT 18"): only
  // people, places and organisations are swapped in an answer.
  if (named && (entity.type === 'work' || entity.type === 'quote' || (entity.type === 'name' && kindOf(entity, analysis).strength < 0.9))) return undefined;
  // Dates, years and months are no fact question's key (see UNASKED_FACT_TYPES): swapped into the answer to
  // "What is the Humane AI Pin?", "launched in 2023" among 2022, 2024 and 2025 asks when, which the question
  // did not. ("When ...?" asks for one, and keeps it.)
  if (!focus && (mention.type === 'date' || mention.type === 'year' || mention.type === 'month')) return undefined;
  // "iOS 18" → "iOS 16": a version number is part of a product's name.
  // ("langchain-core>=0.1,<0.2": a version bound too.)
  if (!named && (PRODUCT_BEFORE.test(key.slice(0, mention.start)) || PRODUCT_AFTER.test(key.slice(mention.end)) || /[<>=~^]$/.test(key.slice(0, mention.start)))) return undefined;
  // "What is a 128K context window?" answered "up to 128,000 tokens": the question states the figure.
  if (!named && figuresIn(reading.question).has(valueOf(mention.text))) return undefined;
  // "through ___ methods: 1) ...": the list after the count says it; a swapped count would contradict it.
  if (countsItsList(key, mention)) return undefined;
  // A name's "the" goes with it, so each stand-in brings its own ("the Cherry MX Red", "Keychron").
  const start = named && /\b[Tt]he $/.test(key.slice(0, mention.start)) ? mention.start - 4 : mention.start;
  // Built-in stand-ins (never in the article) take the slot's own "the" or none: no "the Serie A".
  const withThe = start < mention.start;
  const standIns = named ? nameStandIns(analysis, entity, context) : [];
  const options = named ? standIns.map((e) => standInName(e, withThe)) : numberStandIns(analysis, mention, context, random);
  const certainties = named ? standIns.map((e) => standInCertainty(entity, e, analysis)) : options.map(() => CERTAIN);
  // The person the question is about ("the meetings between Kim Jong Un and ...") is a poor stand-in in
  // the answer about them ("agreements made with Kim Jong Un"): left out while two others remain.
  const subject = analysis.mentions[pair.question].find((m) => analysis.entities.get(m.key)?.type === 'person');
  const subjectName = subject && displayName(analysis.entities.get(subject.key)!);
  if (named && subjectName && options.length > 2 && options.includes(subjectName)) {
    const at = options.indexOf(subjectName);
    options.splice(at, 1);
    certainties.splice(at, 1);
  }
  // Only stand-ins the engine is sure of: a slot without them is skipped for the next one.
  const sure = options.map((_, i) => i).filter((i) => certainties[i] >= STAND_IN_FLOOR);
  if (!sure.length) return undefined;
  return {start, end: mention.end, text: key.slice(start, mention.end), options: sure.map((i) => options[i]), certainties: sure.map((i) => certainties[i]), focus};
}

/** A figure's value, with "K", "M", "B", "million" and "billion" read: "128K" and "128,000" are one figure. */
function valueOf(text: string): number {
  // ("the 3 main types" asked, "The three main types are ..." answered: a number word is its figure.)
  const word = NUMBER_WORDS.indexOf(text.trim().toLowerCase());
  if (word >= 0) return word;
  const match = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(k|m|b|bn|thousand|million|billion)?\b/i.exec(text);
  if (!match) return NaN;
  const scale = {k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9}[(match[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.round(Number(match[1].replace(/,/g, '')) * scale * 1000) / 1000;
}

/** The values of every figure a question states. */
function figuresIn(question: string): Set<number> {
  return new Set([...question.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?\s*(?:k|m|b|bn|thousand|million|billion)?\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi)].map((m) => valueOf(m[0])));
}

/** What the stand-in finders know of the statement around one mention. */
function slotContext({analysis, pair, key, keyMentions}: FaqReading, mention: Mention, questionWords: string[]): SlotContext {
  return {
    words: [...new Set([...questionWords, ...contentWords(key.slice(0, mention.start) + ' ' + key.slice(mention.end))])],
    // Names the question asks about may stand in (they are plausible), names already in the key may not.
    keys: new Set(keyMentions.map((m) => m.key)),
    near: keyMentions.filter((m) => m !== mention && isNameType(m.type)).map((m) => m.key),
    own: [pair.question, pair.key, pair.key + 1],
    text: key.toLowerCase(),
    nameWords: new Set(keyMentions.filter((m) => m !== mention).flatMap((m) => analysis.entities.get(m.key)!.words)),
  };
}

const EVALUATIVE = /^(?:better|worse|improved|weakened|strong|weak|enhanced|best|worst)$/i;

/** Slots for the key's contrast words ("rose" / "fell") that the question does not use, clear of `taken`. */
function contrastSlots(key: string, questionText: string, taken: Slot[]): Slot[] {
  const slots: Slot[] = [];
  for (const match of key.matchAll(/[\p{L}]+/gu)) {
    const options = contrastsOf(match[0]).filter((word) => !questionText.includes(word.toLowerCase()));
    const start = match.index!;
    // Praise turned to blame ("improved" / "weakened efficiency", "more" / "less powerful") reads as absurd
    // beside the rest of the answer: only measures and directions swap.
    if (EVALUATIVE.test(match[0]) || (/^(?:more|less)$/i.test(match[0]) && /^\s+[\p{L}-]+(?:ful|ive|ent|ant|able|ible|ous|ic|al|ed)\b/u.test(key.slice(start + match[0].length)))) continue;
    // Degree words ("significant / limited / minor") differ by shade: two of them say the same thing.
    const certainty = DEGREES.test(match[0]) ? 0.3 : 0.75;
    if (options.length && !questionText.includes(match[0].toLowerCase()) && ![...taken, ...slots].some((s) => s.start <= start && s.end > start))
      slots.push({start, end: start + match[0].length, text: match[0], options, certainties: options.map(() => certainty), focus: false});
  }
  return slots;
}

/** Whether the key holds the kind of value the question asks for, parsed or not. */
function keyHoldsAskedValue({question, key, keyMentions, asked, wanted}: FaqReading): boolean {
  // ("How long is the contract?" with "a five-year contract": the figure is the focus even unparsed.)
  return (
    (wanted.length > 0 && keyMentions.some((m) => wanted.includes(m.type) && !asked.has(m.key))) ||
    (/^how (long|much|many|old|far)\b/i.test(question) && /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred)\b/i.test(key))
  );
}

/** The slots the distractors swap: the first alone when it has two options or more (or stands alone). */
function usedSlots([first, second]: Slot[]): (Slot | undefined)[] {
  return (first && first.options.length >= 2) || !second ? [first] : [first, second];
}

/** The key with each used slot replaced by its value, capitalised. */
function fillSlots(key: string, values: string[], used: Slot[]): string {
  const order = used.map((s, i) => [s, values[i]] as const).sort((a, b) => b[0].start - a[0].start);
  let text = key;
  for (const [slot, value] of order) text = fixArticleBefore(text.slice(0, slot.start), value) + value + text.slice(slot.end);
  return capitaliseFirst(text);
}

/**
 * A slot with the words around it ("North Korea's satellite program", "made with Vladimir Putin"): the
 * phrase, not the bare name, is what another stem must not spell out.
 */
function slotPhrase(key: string, slot: Slot | undefined): string | undefined {
  if (!slot) return undefined;
  const after = /^(?:[\s,]*[\p{L}\p{N}'’-]+){1,2}/u.exec(key.slice(slot.end))?.[0];
  // The two words before, read by splitting: an end-anchored pattern would backtrack over the whole key.
  const head = key.slice(0, slot.start);
  const trimmed = head.trimEnd();
  const lastTwo = trimmed.split(' ').slice(-2).join(' ');
  const before = lastTwo ? head.slice(trimmed.length - lastTwo.length) : undefined;
  return after ? key.slice(slot.start, slot.end) + after : before ? before + key.slice(slot.start, slot.end) : undefined;
}

/** The key with its slots swapped: each option of the first slot, or the first two slots crossed. */
function swappedChoices(key: string, [first, second]: Slot[]): Choices {
  if (first && (first.options.length >= 2 || !second)) return {distractors: first.options.map((option) => fillSlots(key, [option], [first])), certainties: first.certainties};
  if (first && second && (second.start >= first.end || second.end <= first.start)) {
    // (a0,b0) is the key; (a1,b0), (a0,b1), (a1,b1) share as much with each other as with it.
    const a = first.options[0];
    const bAt = second.options.findIndex((option) => option !== a && option !== first.text);
    const b = second.options[bAt];
    if (b)
      return {
        distractors: [fillSlots(key, [a, second.text], [first, second]), fillSlots(key, [first.text, b], [first, second]), fillSlots(key, [a, b], [first, second])],
        certainties: [first.certainties[0], second.certainties[bAt], Math.min(first.certainties[0], second.certainties[bAt])],
      };
  }
  return {distractors: [], certainties: []};
}

/** The distractors: swapped slots, led by reversed names; a list's exclusions when fewer than two differ. */
function faqChoices({analysis, key, keyMentions}: FaqReading, slots: Slot[], english: boolean): Choices | undefined {
  let {distractors, certainties} = swappedChoices(key, slots);
  // "Barcelona is the favourite, with Elche the underdog": the two swapped say the opposite, in the
  // answer's own words; the best stand-ins there are.
  // They fill a short list only, and never where the question asks for one name: there only it changes.
  const reversed = english && distractors.length < 3 && !slots.some((slot) => slot.focus) ? reversals(analysis, key, keyMentions) : [];
  if (reversed.length) {
    distractors = [...reversed.map(capitaliseFirst), ...distractors];
    certainties = [...reversed.map(() => CERTAIN), ...certainties];
  }
  if (new Set(distractors).size >= 2) return {distractors, certainties};
  const listed = listExclusions(key, keyMentions);
  if (!listed) return undefined;
  return {distractors: listed.map(capitaliseFirst), certainties: listed.map(() => 0.75)};
}
