/**
 * Typed mentions in sentences: people, places, organisations, other names, numbers and dates. Rules, not a
 * model: runs of capitalised words with titles and demonyms peeled off, aliases merged into full names, and
 * numbers by pattern. One pass over the article builds indexes so later steps never rescan it.
 */
import {findAffiliations} from './affiliations.js';
import {CLUB} from './kinds.js';
import {finish, forEachInSteps, mapInSteps} from '../steps.js';
import {initials, shape} from './name-shapes.js';
import {findFigures} from './figures.js';
import {COMPANIES, COMPASS, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, PLACE_FIRST, PLACE_KINDS, PLACE_LAST, PLACES, PLACE_WORDS, STOP, TITLES} from './gazetteer.js';
import {groupListedNames, typeListsByTheirNoun} from './lists.js';
import {isNameType, type Analysis, type Entity, type EntityType, type Mention} from './mentions.js';

const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// The same for text without letters beyond ASCII, several times faster.
const ASCII_TOKEN = /[A-Z](?:\.[A-Z])+\.?|[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
const NON_ASCII_LETTER = /[^\x00-\x7f‘’“”–—…]/;
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'di', 'la', 'le', 'von', 'van', 'der', 'bin', 'al', 'el', 'y']);
// Contractions ("I'm", "Don't") start with a capital but are not names.
// "iPhone" and "eBay" count as capitalised too.
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();
const isCapital = (token: string) => (isUpper(token[0]) || (token[0] !== token[0].toUpperCase() && isUpper(token[1]))) && !(/['’]/.test(token) && /['’](?:m|re|ve|ll|d|t)$/i.test(token));
const isAcronym = (token: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(token);
const dropPossessive = (token: string) => token.replace(/['’]s$/, '');

/** Last words that make an organisation of a name that starts with a place ("UK Power Networks"). */
const ORG_TAILS = new Set('networks airways railways rail energy water telecom mail post gas electric power bank airlines'.split(' '));

/** Nouns for works and products just before a name, or right after it in an apposition. */
const WORKS =
  'albums?|books?|novels?|films?|movies?|singles?|songs?|memoirs?|documentar(?:y|ies)|series|shows?|plays?|operas?|paintings?|apps?|games?|assistants?|products?|drugs?|vaccines?|treatments?|injections?|pills?|therap(?:y|ies)|medicines?|devices?|models?';
const WORK_BEFORE = new RegExp(`\\b(?:${WORKS}),?\\s+(?:called\\s+|titled\\s+|named\\s+)?$`, 'i');
const WORK_AFTER = new RegExp(`^, (?:an?|the) (?:[\\p{L}-]+ ){0,3}(?:${WORKS})\\b`, 'iu');

/** Fields a body's name joins with "and" ("Food and Drug Administration"). */
const FIELDS = new Set(
  'fire rescue police crime food health emergency safety science technology research education culture environment trade industry energy transport youth care family social justice security defence defense agriculture fisheries sport sports media housing labour labor employment finance economic'.split(
    ' '
  )
);

/** Words that open sentences and never start a name ("Today Kinfolk is stocked ...", "Extra Northern trains"). */
const OPENERS = new Set(
  'under over across through despite without within against amid following including like unlike today yesterday tomorrow tonight extra now meanwhile still also only last next earlier later some many most every each other several further additional another overall instead however'.split(
    ' '
  )
);

/** Last words of linked headlines ("... Team News", "... Perfect Record"); "Sky News" keeps its "News". */
const HEADLINE_TAIL = new Set('news updates update record history revealed analysis predictions insights guide preview highlights lineups results standings report live stream'.split(' '));

/** The title in an apposition right after a name: ", an analyst at ..." → "analyst". */
export function titleAfter(sentence: string, end: number): string | undefined {
  if (sentence[end] !== ',') return undefined;
  // ("___, United's chief executive": a possessive names whose role it is.)
  const match = /^, (?:an?|the|its|their|his|her|\p{Lu}[\p{L}.&-]*['’]s) (?:[\p{L}-]+ ){0,2}?([\p{L}-]+)\b/u.exec(sentence.slice(end, end + 60));
  const word = match?.[1].toLowerCase();
  return word && TITLES.has(word) ? word : undefined;
}

/** The last character before `index` that is not a space ("" at the start): read backwards, not by regex. */
function charBefore(text: string, index: number): string {
  while (index > 0 && text[index - 1] === ' ') index--;
  return text[index - 1] ?? '';
}
/** Whether a word at `index` opens a sentence, a quote or a clause after a colon. */
const opensAt = (text: string, index: number) => !/[\p{L}\d,;]/u.test(charBefore(text, index));

/** A token as a comparable word: lowercased, straight apostrophe, no possessive or final dot. */
const wordsOf = new Map<string, string>();

function wordOf(token: string): string {
  // Articles repeat their words: a remembered answer is cheaper than lowering the case again.
  const known = wordsOf.get(token);
  if (known !== undefined) return known;
  if (wordsOf.size > 20000) wordsOf.clear();
  const word = wordOfToken(token);
  wordsOf.set(token, word);
  return word;
}

function wordOfToken(token: string): string {
  const lower = token.toLowerCase();
  const end = lower.length;
  const last = lower[end - 1];
  // Most words end in neither a dot nor "'s" and hold no curly apostrophe: nothing to change.
  if (last !== '.' && last !== 's' && !lower.includes('’')) return lower;
  const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return last === '.' ? word.slice(0, -1) : word[end - 2] === "'" ? word.slice(0, -2) : word;
}

/** Lowercased words without the stop words, the way quiz-check counts overlap. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const {word} of tokensOf(text)) if (!STOP.has(word)) words.push(word);
  return words;
}

/** Demonym suffix → endings that may turn its stem back into the place ("Ukrain|ian" → "Ukrain|e"). */
const DEMONYM_RULES: [string, string[]][] = [
  ['n', ['']],
  ['an', ['', 'o', 'a']],
  ['ian', ['', 'a', 'e', 'y']],
  ['ese', ['', 'a']],
  ['ish', ['', 'and', 'land']],
  ['i', ['']],
];

/** The place a demonym points at ("Russian" → "Russia", "North Korean" → "North Korea"), if known. */
export function placeOfDemonym(phrase: string, isKnown: (place: string) => boolean): string | undefined {
  if (!/[nhie]$/.test(phrase) && !PLACES.has(phrase)) return undefined;
  const parts = phrase.split(' ');
  const last = parts.pop()!;
  const prefix = parts.length ? parts.join(' ') + ' ' : '';
  if (parts.some((part) => !COMPASS.has(part.toLowerCase()))) return undefined;
  const irregular = PLACES.get(last);
  if (irregular && irregular !== last) return prefix + irregular;
  for (const [suffix, endings] of DEMONYM_RULES) {
    if (!last.endsWith(suffix)) continue;
    for (const ending of endings) {
      const place = last.slice(0, -suffix.length) + ending;
      if (place.length > 2 && (PLACES.has(place) || isKnown(prefix + place))) return prefix + place;
    }
  }
  return undefined;
}

interface Token {
  text: string;
  index: number;
  /** The token as a comparable word (see wordOf). */
  word: string;
  cap: boolean;
}

/** A name found in a run: its text and its guessed type. */
interface Named {
  run: Run;
  text: string;
  type: EntityType;
}

interface Run {
  sentence: number;
  tokens: Token[];
  titled: boolean;
  /** The title word before the name ("coach", "minister"), if any. */
  title?: string;
  the: boolean;
  /** After "the", "a" or "an" (or with one peeled off the front). */
  determined: boolean;
}

function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = [];
  // The shared patterns are reused, not copied: each scan starts from the top.
  const pattern = NON_ASCII_LETTER.test(sentence) ? TOKEN : ASCII_TOKEN;
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(sentence));) tokens.push({text: match[0], index: match.index, word: wordOf(match[0]), cap: isCapital(match[0])});
  return tokens;
}

/** What the phases of analyze share: the sentences, their mentions so far, and how words are written. */
interface Reading {
  sentences: string[];
  mentions: Mention[][];
  /** Whether a word is mostly written in lower case: an everyday word, not a name. */
  everydayWord: (token: string) => boolean;
  /** Words written with a capital inside a sentence somewhere. */
  capitalisedInside: {has: (word: string) => boolean};
}

/**
 * Finds typed mentions in every sentence and indexes them by canonical key: figures by pattern, then runs
 * of capitalised words, peeled and typed, merged by alias, and typed again by what the article says of them.
 */
export function analyze(sentences: string[]): Analysis {
  return finish(analyzeInSteps(sentences));
}

/** The same analysis, pausing between its phases (see generateQuizInSteps). */
export function* analyzeInSteps(sentences: string[]): Generator<void, Analysis> {
  // The passes over every sentence or name pause every few items: a long article is read in short slices.
  const tokenLists = yield* mapInSteps(sentences, tokensOf);
  const {words, everydayWord, capitalisedInside} = readWords(sentences, tokenLists);
  yield;
  const reading: Reading = {sentences, mentions: yield* mapInSteps(sentences, findFigures), everydayWord, capitalisedInside};
  const runs = yield* capitalisedRuns(reading, tokenLists);
  joinFieldNames(sentences, runs);
  yield;
  const entities = yield* indexMentions(reading, yield* namesOf(reading, runs));
  yield;
  placesBeforeTheirCountry(reading, entities);
  kindsFromAppositions(reading, entities);
  companiesFromLexicon(reading, entities);
  yield;
  confirmPeople(reading, entities);
  yield;
  placesByPreposition(reading, entities);
  gendersFromPronouns(reading, entities);
  findAffiliations(sentences, reading.mentions, entities);
  yield;
  typeListsByTheirNoun(sentences, reading.mentions, entities);
  groupListedNames(sentences, reading.mentions, entities);
  return {sentences, mentions: reading.mentions, words, entities};
}

/** The content words of each sentence, and how often each word is written in lower case or capitalised. */
function readWords(sentences: string[], tokenLists: Token[][]) {
  // How often each word is written in lower case, and capitalised inside a sentence: a word mostly
  // written in lower case ("Transparency" opening a sentence) is an everyday word, not a name.
  const lowerCount = new Map<string, number>();
  const capitalCount = new Map<string, number>();
  const bump = (map: Map<string, number>, word: string) => map.set(word, (map.get(word) ?? 0) + 1);
  const words = tokenLists.map((tokens, index) => {
    const bag = new Set<string>();
    tokens.forEach(({word, cap, index: at}, i) => {
      // Stop words are never names: neither counted nor kept.
      if (STOP.has(word)) return;
      if (!cap) bump(lowerCount, word);
      else if (i && !/[:"“(]/.test(charBefore(sentences[index], at))) bump(capitalCount, word);
      bag.add(word);
    });
    return bag;
  });
  const everydayWord = (token: string) => {
    const word = wordOf(token);
    return (lowerCount.get(word) ?? 0) >= (capitalCount.get(word) ?? 1);
  };
  const capitalisedInside = {has: (word: string) => capitalCount.has(wordOf(word))};
  return {words, everydayWord, capitalisedInside};
}

/** Runs of capitalised words (with "of", "de" and the like inside), figures left out. */
function* capitalisedRuns(reading: Reading, tokenLists: Token[][]): Generator<void, Run[]> {
  const {sentences, mentions} = reading;
  const runs: Run[] = [];
  yield* forEachInSteps(sentences, (text, sentence) => {
    const tokens = tokenLists[sentence];
    const spans = mentions[sentence];
    let current: Token[] = [];
    let before = '';
    let tokenBefore = '';
    const flush = () => {
      while (current.length && (CONNECTORS.has(current[current.length - 1].text) || current[current.length - 1].text === 'the')) current.pop();
      if (current.length) runs.push(makeRun(before, sentence, current));
      current = [];
    };
    for (const token of tokens) {
      const previous = current[current.length - 1];
      // The gap since the previous token: one space or one hyphen joins, read without slicing.
      const end = previous ? previous.index + previous.text.length : 0;
      // "Transport Workers' Federation": a plural possessive inside a name joins like a space.
      const gap =
        previous && token.index === end + 1
          ? text[end]
          : previous && token.index === end + 2 && /^['’] $/.test(text.slice(end, end + 2)) && /s$/.test(previous.text) && token.cap
            ? ' '
            : previous && token.index === end + 2 && text[end] === '.'
              ? '.'
              : '';
      const joinable =
        !previous ||
        (gap === ' ' && (current.length > 1 || !/['’]s$/.test(previous.text) || ORG_WORDS.has(token.word))) ||
        (gap === '-' && token.cap && ((!PLACES.has(token.text) && !PLACES.has(previous.text) && !isAcronym(previous.text)) || /^(Mid|Trans|Pan|Sub|Inter)$/.test(previous.text))) ||
        // "Bodo/Glimt": a slash between capitalised words joins one name.
        (gap === '/' && token.cap && previous.cap) ||
        // "St. Marys", "Mt. Kenya": a saint's or a mountain's abbreviation keeps its name.
        (token.cap && /^(St|Mt|Ft)$/.test(previous.text) && text.slice(end, token.index) === '. ');
      const inNumber = spans.length > 0 && spans.some((m) => token.index >= m.start && token.index < m.end);
      if (inNumber || !joinable) flush();
      if (!inNumber) {
        // A model number belongs to its name: "AirTag 2", "Windows 11".
        const modelNumber = previous && gap === ' ' && previous.cap && /^\d{1,3}$/.test(token.text) && !/^[-–:/]\d/.test(text.slice(token.index + token.text.length));
        // "Kyrsten Sinema of Arizona" is a person and a place; "Bank of England" stays one name.
        const ofPlace = token.text === 'of' && current.length > 1 && !ORG_WORDS.has(previous!.word) && !PLACE_WORDS.has(previous!.word);
        if (ofPlace) flush();
        // "University of the Azores", "Bank of the West": "the" after "of" stays inside a name.
        const ofThe = token.text === 'the' && previous?.text === 'of' && current.length > 1;
        if (token.cap || modelNumber || ofThe || (current.length && CONNECTORS.has(token.text) && !ofPlace)) {
          if (!current.length) before = tokenBefore;
          current.push(token);
        } else flush();
      }
      tokenBefore = token.text;
    }
    flush();
  });
  return runs;
}

function joinFieldNames(sentences: string[], runs: Run[]): void {
  // "Food and Drug Administration", "Emergency and Civil Protection": a field's name, "and", then a run
  // that ends like a body are one name.
  for (let i = runs.length - 1; i > 0; i--) {
    const [a, b] = [runs[i - 1], runs[i]];
    if (a.sentence !== b.sentence) continue;
    const last = a.tokens[a.tokens.length - 1];
    const between = sentences[a.sentence].slice(last.index + last.text.length, b.tokens[0].index);
    if ((between === ' and ' || between === ' & ') && FIELDS.has(last.word) && ORG_WORDS.has(b.tokens[b.tokens.length - 1].word)) {
      const and = {text: between.trim(), index: last.index + last.text.length + 1, word: between.trim(), cap: false};
      a.tokens.push(and, ...b.tokens);
      runs.splice(i, 1);
    }
  }
}

/** Each run's name and type, with sentence-opening words, demonyms (made mentions of their places) and titles peeled off. */
function* namesOf(reading: Reading, runs: Run[]): Generator<void, Named[]> {
  // Peel sentence-opening words, demonyms and titles off each run.
  const known = new Set(runs.map((run) => run.tokens.map((t) => t.text).join(' ')));
  const isKnownPlace = (place: string) => known.has(place);
  const named: Named[] = [];
  yield* forEachInSteps(runs, (run) => {
    peelRun(reading, run, isKnownPlace);
    if (!trimHeadlineTail(reading, run, known)) return;
    const name = nameOfRun(reading, run);
    if (name) named.push(name);
  });
  return named;
}

/** Peels sentence-opening words, demonyms (made mentions of their places) and titles off the front of a run. */
function peelRun(reading: Reading, run: Run, isKnownPlace: (place: string) => boolean): void {
  const tokens = run.tokens;
  while (tokens.length) {
    // "Chancellor Gordon Brown" opening a sentence: the title is a title even where the article also writes
    // "shadow chancellor" in lower case.
    if (tokens.length > 1 && TITLES.has(tokens[0].word) && peelTitle(run)) continue;
    if (peelOpener(reading, run)) continue;
    const first = tokens[0].text;
    // A demonym (one or two words) becomes a fixed mention of its place.
    const two = tokens.length > 1 ? first + ' ' + tokens[1].text : '';
    const demonym = two && placeOfDemonym(two, isKnownPlace) ? two : placeOfDemonym(first, isKnownPlace) ? first : '';
    // ... unless the rest is an organisation's name that holds it ("UK Power Networks", "British Airways").
    const lastWord = tokens[tokens.length - 1].word;
    if (demonym && tokens.length > demonym.split(' ').length && (ORG_WORDS.has(lastWord) || ORG_TAILS.has(lastWord))) break;
    if (demonym) {
      // "the Italian Renato Galli": the "the" went with the demonym, not with the name.
      run.the = false;
      const start = tokens[0].index;
      reading.mentions[run.sentence].push({start, end: start + demonym.length, text: demonym, key: placeOfDemonym(demonym, isKnownPlace)!, type: 'place', fixed: true});
      tokens.splice(0, demonym.includes(' ') ? 2 : 1);
      continue;
    }
    if (!peelTitle(run)) break;
  }
}

/** Peels a stop word, connector or sentence-opening everyday word off the front of a run; whether it did. */
function peelOpener({sentences, everydayWord, capitalisedInside}: Reading, run: Run): boolean {
  const tokens = run.tokens;
  const first = tokens[0].text;
  const lower = first.toLowerCase();
  // "Apple has expanded ...": a company the lexicon knows is a name, even opening a sentence.
  if (COMPANIES.has(first)) return false;
  const opening = opensAt(sentences[run.sentence], tokens[0].index);
  const openerBeforeOf = opening && CONNECTORS.has(tokens[1]?.text ?? '') && !capitalisedInside.has(first);
  // ("Police Scotland", "Bank Negara": an organisation word opening a longer run stays in it.)
  const bodyWord = ORG_WORDS.has(lower) && tokens.length > 1 && !CONNECTORS.has(tokens[1].text);
  if (isAcronym(first) || !(STOP.has(lower) || (opening && (everydayWord(lower) || OPENERS.has(lower)) && !COMPASS.has(lower) && !bodyWord) || CONNECTORS.has(first) || openerBeforeOf)) return false;
  if (lower === 'the') run.the = true;
  if (/^(the|an?)$/.test(lower)) run.determined = true;
  // "CEO of Google": a title followed by "of" names an employer, not a person.
  if (CONNECTORS.has(first)) run.titled = false;
  tokens.shift();
  return true;
}

/** Peels a title off the front of a run, recording it on the run; whether there was one. */
function peelTitle(run: Run): boolean {
  const tokens = run.tokens;
  // Titles: everything up to the last title word goes ("Finance Minister", "NATO Secretary General").
  let title = -1;
  // ("King's College London": a possessive is part of the name, not a title.)
  tokens.forEach((t, i) => TITLES.has(t.word) && !/['’]s$/.test(t.text) && (title = i));
  if (title < 0 || title >= tokens.length - 1 || ORG_WORDS.has(tokens[tokens.length - 1].text.toLowerCase())) return false;
  run.titled = true;
  run.title = tokens[title].word;
  run.the = false;
  // "Minister for Finance Conor Whelan": the portfolio after "for"/"of" belongs to the title.
  const portfolio = /^(for|of)$/.test(tokens[title + 1]?.text ?? '') && tokens.length > title + 4 ? 2 : 0;
  tokens.splice(0, title + 1 + portfolio);
  return true;
}

/** Trims trailing connectors and a linked headline's everyday words off a run; whether a name is left. */
function trimHeadlineTail({everydayWord}: Reading, run: Run, known: Set<string>): boolean {
  const tokens = run.tokens;
  while (tokens.length && CONNECTORS.has(tokens[tokens.length - 1].text)) tokens.pop();
  // Headlines of linked pages end in everyday words ("Chelsea FC Transfer Updates", "Perfect Record"):
  // those go, and what is left stays only if the article names it on its own too ("Chelsea FC").
  let trimmed = false;
  const headlineTail = (token: Token) =>
    !isAcronym(token.text) && !/^\d/.test(token.text) && ((!ORG_WORDS.has(token.word) && everydayWord(token.text)) || (HEADLINE_TAIL.has(token.word) && (tokens.length > 2 || !ORG_WORDS.has(token.word))));
  while (tokens.length > 1 && headlineTail(tokens[tokens.length - 1])) {
    tokens.pop();
    trimmed = true;
  }
  while (tokens.length && CONNECTORS.has(tokens[tokens.length - 1].text)) tokens.pop();
  return tokens.length > 0 && (!trimmed || known.has(tokens.map((t) => t.text).join(' ')));
}

/** The name a peeled run spells and its type, or undefined when it is an everyday word, a unit or a heading. */
function nameOfRun({sentences, everydayWord, capitalisedInside}: Reading, run: Run): Named | undefined {
  const {tokens} = run;
  const sentence = sentences[run.sentence];
  const words = tokens.map((t) => t.text);
  const last = tokens[tokens.length - 1];
  const text = dropPossessive(sentence.slice(tokens[0].index, last.index + last.text.length));
  const single = words.length === 1;
  const lower = text.toLowerCase();
  if (single && !isAcronym(text) && (STOP.has(lower) || COMPASS.has(lower) || TITLES.has(lower))) return undefined;
  // Everyday abbreviations name no one: "AI", "CEO", "GDP".
  // Nor do units ("44 degrees Celsius").
  if (/^(AI|CEO|CFO|CTO|GDP|TV|PC|FAQ|OK|AM|PM|ID|Q|A|UK|US|Celsius|Fahrenheit)$/.test(text) && !PLACES.has(text)) return undefined;
  // A lone demonym of a place we do not know ("Senegalese forward", "Kenyan runner") describes, not names.
  if (single && /(?:ese|ian|ean|ish|ian)$/.test(text) && /^ \p{Ll}/u.test(sentence.slice(last.index + last.text.length))) return undefined;
  // A lone capitalised word that opens a sentence is a name only if it is capitalised elsewhere too.
  const opening = opensAt(sentence, tokens[0].index);
  // (A place or company the lexicons know is a name wherever it stands: "Apple has expanded ...".)
  const known = PLACES.has(text) || COMPANIES.has(text);
  if (single && opening && !capitalisedInside.has(text) && !known) return undefined;
  // A lone word written in lower case as often as not ("Updates", "Analysis") is a heading word.
  if (single && !isAcronym(text) && !known && everydayWord(text)) return undefined;
  // Title Case phrases made of everyday words ("Key Takeaways") are headings, not names.
  const everyday = words.filter((word) => everydayWord(word) || CONNECTORS.has(word)).length;
  const lastIsOrg = ORG_WORDS.has(words[words.length - 1].toLowerCase());
  if (!single && !PLACES.has(text) && (everyday === words.length || (everyday * 2 > words.length && !lastIsOrg) || words.length > 5)) return undefined;
  return {run, text, type: typeOf(words.map(dropPossessive), run.titled, everyday > 0)};
}

/** What the name mentions tell of their entities besides type: which are surely typed, and their titles. */
interface NameFacts {
  sure: Set<string>;
  titlesOf: Map<string, Set<string>>;
}

/** The full names a lone word may be an alias of: people's multi-word names, and the first words of all such names. */
interface Aliases {
  people: string[];
  firstWords: Set<string>;
}

/** Mentions of names added to each sentence, aliases merged into full names; the entities they name. */
function* indexMentions(reading: Reading, named: Named[]): Generator<void, Map<string, Entity>> {
  const entities = new Map<string, Entity>();
  const facts: NameFacts = {sure: new Set(), titlesOf: new Map()};
  const aliases = aliasesOf(named);
  yield* forEachInSteps(named, (name) => addNameMention(reading, name, aliases, entities, facts));
  yield;
  addEntities(reading, entities);
  // (A name spelled out before its acronym, "President Donald Trump (DT)", is filed under the acronym:
  // what its run told of the spelled-out key has no entity of its own then.)
  for (const key of facts.sure) {
    const entity = entities.get(key);
    if (entity) entity.sure = true;
  }
  addAppositionTitles(reading, facts.titlesOf);
  for (const [key, titles] of facts.titlesOf) {
    const entity = entities.get(key);
    if (entity) entity.titles = titles;
  }
  return entities;
}

/** The names aliases are looked for in. */
function aliasesOf(named: Named[]): Aliases {
  // Aliases: a lone word that is the last (or else first) word of exactly one full name.
  const people = [...new Set(named.filter((n) => n.type === 'person' && n.run.tokens.length > 1).map((n) => n.text))];
  // First words of the multi-word names, read once: long articles ask for thousands of aliases.
  const firstWords = new Set(named.filter((n) => n.run.tokens.length > 1).map((n) => n.text.slice(0, n.text.indexOf(' '))));
  return {people, firstWords};
}

/** The full name a lone word stands for, and whether it is that name's last word (a surname). */
function aliasOf({people, firstWords}: Aliases, word: string): [string, boolean] | undefined {
  if (ORG_WORDS.has(word.toLowerCase())) return undefined;
  const byLast = people.filter((p) => p.endsWith(' ' + word));
  const byFirst = people.filter((p) => p.startsWith(word + ' '));
  // A surname that also starts another name ("Brennan" of Thomas Brennan and of Brennan Appliances) is
  // either: no alias then.
  if (byLast.length && firstWords.has(word)) return undefined;
  // A club's first word is no alias: "Real took the lead" is Real Madrid's short name, not Real
  // Sociedad's (a given name, "Jamie", always may be); and a place ("Madrid") is no one's surname.
  const given = FEMALE_NAMES.has(word.toLowerCase()) || MALE_NAMES.has(word.toLowerCase());
  if (byLast.length === 1) return PLACES.has(word) || CLUB.test(byLast[0]) ? undefined : [byLast[0], true];
  // ("Ulster finished runners-up" is the province's side, not the Ulster Schools' Cup.)
  const thing = (name: string) =>
    CLUB.test(name) || /['’]|\b(?:Cup|League|Championship|Trophy|Shield|Series|Open|Games|Tour|Awards?|Festival|Prize)\b/.test(name) || name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()));
  // ("Labour's manifesto" is the party's, not Labour MPs': only a name of three words or more, "Kim Jong
  // Un", is known by its first word without a given name.)
  return !byLast.length && byFirst.length === 1 && (given || (!thing(byFirst[0]) && byFirst[0].split(' ').length >= 3)) ? [byFirst[0], false] : undefined;
}

const addTitle = (titlesOf: Map<string, Set<string>>, key: string, title: string) => (titlesOf.get(key) ?? titlesOf.set(key, new Set()).get(key)!).add(title);

/** Adds a name's mention to its sentence, under its alias's full name if it is one, noting what the run tells. */
function addNameMention({sentences, mentions}: Reading, {run, text, type}: Named, aliases: Aliases, entities: Map<string, Entity>, facts: NameFacts): void {
  let key = text;
  let finalType = type;
  // "from Ljubljana" names a place even when a guessed person ("Ljubljana Energija") starts with it.
  const placeLike = /\b(from|in|at|near|to|into|across|outside|via)\s+$/i.test(sentences[run.sentence].slice(Math.max(0, run.tokens[0].index - 10), run.tokens[0].index));
  // "Hartwell, which is based in Leeds": a company, however its chair is called.
  const thing = /^,? (?:which|that)\b/.test(sentences[run.sentence].slice(run.tokens[0].index + text.length));
  // "introduced by his son Nick": kin named by a first name are family, not the article's other Nick.
  const kin = /\b(?:son|daughter|wife|husband|brother|sister|mother|father|partner|grandson|granddaughter|widow|nephew|niece|cousin),? $/i.test(
    sentences[run.sentence].slice(Math.max(0, run.tokens[0].index - 14), run.tokens[0].index)
  );
  const alias = run.tokens.length === 1 && !placeLike && !thing && !kin ? aliasOf(aliases, text) : undefined;
  if (alias) {
    // A surname used alone ("Lavrov") marks a person; a first word alone ("Kim") only merges.
    [key, finalType] = [alias[0], 'person'];
    // ("the Storm", "a Storm turnover", "Storm coach Renee Walsh" use a team's short name: a surname
    // takes no article and heads no title.)
    const after = /^ (\p{L}+)/u.exec(sentences[run.sentence].slice(run.tokens[0].index + text.length))?.[1].toLowerCase() ?? '';
    if (alias[1] && !run.determined && !TITLES.has(after)) facts.sure.add(key);
  }
  if (run.titled) facts.sure.add(key);
  if (run.title) addTitle(facts.titlesOf, key, run.title);
  else if (PLACES.get(text) && PLACES.get(text) !== text) key = PLACES.get(text)!;
  const start = run.tokens[0].index;
  mentions[run.sentence].push({start, end: start + text.length, text, key, type: finalType});
  if (run.the) addEntity(entities, key, finalType, run.sentence).the++;
}

/** Sorts each sentence's mentions and adds the entities they name, a spelled-out name under its acronym's. */
function addEntities({sentences, mentions}: Reading, entities: Map<string, Entity>): void {
  mentions.forEach((list, sentence) => {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    list.forEach((mention, i) => {
      // "Immigration and Customs Enforcement (ICE)": a name spelled out before its acronym is the acronym's
      // entity (the run may have lost its first words at "and"), never a stand-in for it.
      const next = list[i + 1];
      const letters = initials(mention.text);
      if (next && letters.length > 1 && isAcronym(next.text) && next.text.endsWith(letters) && sentences[sentence].slice(mention.end, next.start) === ' (') [mention.key, mention.type] = [next.key, next.type];
    });
    for (const mention of list) {
      const entity = addEntity(entities, mention.key, mention.type, sentence);
      if (isNameType(entity.type) && entity.type === 'name' && mention.type !== 'name') entity.type = mention.type;
    }
  });
}

/** A title in apposition counts too: "Gail Henderson, an analyst at Norrow Capital". */
function addAppositionTitles({sentences, mentions}: Reading, titlesOf: Map<string, Set<string>>): void {
  mentions.forEach((list, index) => {
    for (const mention of list) {
      if (mention.type !== 'person' || sentences[index][mention.end] !== ',') continue;
      const title = titleAfter(sentences[index], mention.end);
      if (title) addTitle(titlesOf, mention.key, title);
    }
  });
}

function placesBeforeTheirCountry(reading: Reading, entities: Map<string, Entity>): void {
  const {sentences, mentions} = reading;
  // "Lausanne, Switzerland", "Boca Chica, Texas": a name followed by a country or state is a place in it.
  mentions.forEach((list, index) =>
    list.forEach((mention, i) => {
      const next = list[i + 1];
      const entity = entities.get(mention.key)!;
      const kind = next && PLACE_KINDS.get(next.key);
      if (kind && kind !== PLACE_KINDS.get('Europe') && !entity.sure && sentences[index].slice(mention.end, next.start) === ', ') entity.type = 'place';
    })
  );
}

function kindsFromAppositions(reading: Reading, entities: Map<string, Entity>): void {
  const {sentences, mentions} = reading;
  // An apposition says what a name is: "Acme Robotics, a Boston-based startup", "Grindavik, a fishing town".
  mentions.forEach((list, index) =>
    list.forEach((mention) => {
      const entity = entities.get(mention.key)!;
      // Only a guessed name can learn its kind (and most mentions are figures or sure already).
      if (entity.sure || !isNameType(entity.type)) return;
      const sentence = sentences[index];
      // ... or the noun just before it: "her company, Kinfolk Naturals", "consumer electronics company Novatek".
      const before =
        /\b(company|firm|brand|startup|start-up|business|label|maker|retailer|club|team|party|band|agency|charity|operator|airline|carmaker|broadcaster|publisher|chain|bank|insurer|lender|fund|university|school|hospital|charity|newspaper)\s*,?\s*$/i.exec(
          sentence.slice(Math.max(0, mention.start - 30), mention.start)
        );
      if (before) {
        [entity.type, entity.sure] = ['org', true];
        return;
      }
      // "the previous album, Weather Vane", "an assistant called Loop Copilot": a work, not a person.
      if (WORK_BEFORE.test(sentence.slice(Math.max(0, mention.start - 30), mention.start))) {
        [entity.type, entity.sure] = ['work', true];
        return;
      }
      if (sentence[mention.end] !== ',') return;
      const apposition = /^, (?:an?|the) [^,]{0,40}?\b(town|city|village|country|region|island|province|port|company|startup|firm|maker|group|brand|retailer|bank|club|team|agency|band|operator)\b/.exec(
        sentence.slice(mention.end, mention.end + 60)
      );
      if (apposition) [entity.type, entity.sure] = [/^(town|city|village|country|region|island|province|port)$/.test(apposition[1]) ? 'place' : 'org', true];
      // "Velora, an injection given ...", "The Quiet Valley, a film by ...".
      else if (WORK_AFTER.test(sentence.slice(mention.end, mention.end + 50))) [entity.type, entity.sure] = ['work', true];
    })
  );
}

/** A name the company lexicon knows ("Hitachi", "Goldman Sachs") is an organisation, whatever its shape suggested. */
function companiesFromLexicon({mentions}: Reading, entities: Map<string, Entity>): void {
  const known = [...entities.values()].filter((entity) => COMPANIES.has(entity.key) && isNameType(entity.type) && !(entity.type === 'org' && entity.sure));
  if (!known.length) return;
  for (const entity of known) [entity.type, entity.sure] = ['org', true];
  const keys = new Set(known.map((entity) => entity.key));
  for (const list of mentions) for (const mention of list) if (keys.has(mention.key)) mention.type = 'org';
}

/** Whether a two-word "person" is a sentence's opening word and a given name: every full mention opens its sentence. */
function sentenceWordBeforeName({mentions}: Reading, entity: Entity): boolean {
  const words = entity.key.split(' ');
  const named = (word: string) => FEMALE_NAMES.has(word.toLowerCase()) || MALE_NAMES.has(word.toLowerCase());
  if (words.length !== 2 || named(words[0]) || !named(words[1])) return false;
  const full = entity.sentences.flatMap((index) => mentions[index].filter((m) => m.key === entity.key && m.text === entity.key));
  return full.length > 0 && full.every((m) => m.start === 0);
}

function confirmPeople(reading: Reading, entities: Map<string, Entity>): void {
  const {sentences, mentions} = reading;
  // A guessed person must be written about as one: "he", "she", "said"; a team is "their" or "its".
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    // "Enter Ryan and Jacob ...": a sentence's first word run into a given name is no one's first name.
    if (sentenceWordBeforeName(reading, entity)) {
      entity.type = 'name';
      continue;
    }
    if (entity.sure) continue;
    // A common given name ("Laura Benning") settles it.
    const given = entity.key.split(' ')[0].toLowerCase();
    if (entity.key.includes(' ') && (FEMALE_NAMES.has(given) || MALE_NAMES.has(given))) {
      entity.sure = true;
      continue;
    }

    let votes = 0;
    for (const index of entity.sentences.slice(0, 6)) {
      const sentence = sentences[index];
      // A plural verb right after the name ("Reactive Machines are") is no person either.
      // So is one after an article or "in" ("an Academy Award", "in Los Angeles").
      // (A name inside a list, "A, B and C are ... their", shares its plural with the others.)
      const listed = (m: Mention) => /(, |\band |\bor )$/.test(sentence.slice(Math.max(0, m.start - 4), m.start)) || /^(,| and\b| or\b)/.test(sentence.slice(m.end));
      const plural = mentions[index].some(
        (m) =>
          m.key === entity.key &&
          ((!listed(m) && /^ (are|were|have)\b/.test(sentence.slice(m.end))) ||
            /\b(the|an?|in|at|from|near|into|across|outside|via) $/i.test(sentence.slice(Math.max(0, m.start - 8), m.start)) ||
            // "beat Dinamo Zagreb", "knocked out by ... against Lakeview": sides of a match, not people.
            /\b(beat|beats|against|face|faces|facing|host|hosts|hosted|versus|vs\.?|lost to|drew with) $|\b(knocked out|eliminated|beaten|defeated)\b[^.]{0,20}\bby $/i.test(
              sentence.slice(Math.max(0, m.start - 40), m.start)
            ) ||
            // "the nationalist Homeland Front", "the governing Civic Union": a party or a body, not a person.
            /\bthe (?:[\p{Ll}-]+(?:ist|al|ive|ic|ing|left|right|wing) )+$/iu.test(sentence.slice(Math.max(0, m.start - 40), m.start)) ||
            /^ (party|alliance|coalition|movement|bloc)\b/i.test(sentence.slice(m.end)))
      );
      // "their" counts only after the name, where it can refer back to it.
      // (Only before the next name: in "Eriksen scored for Castleford, and their fans ..." it is the club's.)
      const team = mentions[index].some((m) => {
        if (m.key !== entity.key || listed(m)) return false;
        const after = sentence.slice(m.end, m.end + 80);
        const nextName = after.search(/\s\p{Lu}/u);
        return /\b(their|club|team)\b/i.test(nextName >= 0 ? after.slice(0, nextName) : after);
      });
      votes += (/\b(he|his|him|she|her|said|says|told)\b/i.test(sentence) ? 1 : 0) - (team || plural ? 3 : 0);
    }
    // Without a known given name, a guess needs the article to speak of a person ("said", "she").
    if (votes <= 0) entity.type = 'name';
  }
}

function placesByPreposition(reading: Reading, entities: Map<string, Entity>): void {
  const {sentences, mentions} = reading;
  // An untyped name the article puts "in" ("in Andalusia", "in Seville") is a place; a league or an
  // outlet ("in La Liga") keeps its own kind.
  for (const entity of entities.values()) {
    if (entity.type !== 'name' || entity.sure || /[cmd]$/.test(shape(entity.key))) continue;
    const inPlace = entity.sentences.filter((index) => mentions[index].some((m) => m.key === entity.key && /\b(in|near|outside|across) $/i.test(sentences[index].slice(Math.max(0, m.start - 8), m.start))));
    if (inPlace.length * 2 > entity.sentences.length) entity.type = 'place';
  }
}

function gendersFromPronouns(reading: Reading, entities: Map<string, Entity>): void {
  const {sentences, mentions} = reading;
  // Pronouns in sentences that name one person only: "she ... her life" tells a stand-in's gender.
  // (A sentence naming no one, '"We need more data," he said.', speaks of the one person named just before.)
  const votes = new Map<string, number>();
  let previous: string | undefined;
  mentions.forEach((list, index) => {
    const people = new Set(list.filter((m) => entities.get(m.key)?.type === 'person').map((m) => m.key));
    const sentence = sentences[index];
    const subject = people.size === 1 ? [...people][0] : people.size === 0 ? previous : undefined;
    previous = people.size === 1 ? subject : people.size ? undefined : previous;
    if (!subject) return;
    const vote = (/\b(she|her|hers|herself)\b/i.test(sentence) ? 1 : 0) - (/\b(he|his|him|himself)\b/i.test(sentence) ? 1 : 0);
    if (vote) votes.set(subject, (votes.get(subject) ?? 0) + vote);
  });
  for (const [key, vote] of votes) entities.get(key)!.gender = vote > 0 ? 'f' : 'm';
  // No pronoun? A common given name tells it.
  for (const entity of entities.values()) {
    if (entity.type !== 'person' || entity.gender) continue;
    const given = entity.key.split(' ')[0].toLowerCase();
    if (FEMALE_NAMES.has(given) !== MALE_NAMES.has(given)) entity.gender = FEMALE_NAMES.has(given) ? 'f' : 'm';
  }
}

function makeRun(previousToken: string, sentence: number, tokens: Token[]): Run {
  const previousWord = previousToken.toLowerCase().replace(/\.$/, '');
  const titled = TITLES.has(previousWord);
  return {sentence, tokens, titled, title: titled ? previousWord : undefined, the: previousWord === 'the', determined: /^(the|an?)$/.test(previousWord)};
}

/** Platforms and standards: products, never makers or people ("Android", "Bluetooth"). */
const PLATFORMS = new Set('Android iOS iPadOS macOS Windows Linux Bluetooth Wi-Fi USB-C ChatGPT Gemini Copilot'.split(' '));

function typeOf(tokens: string[], titled: boolean, hasEverydayWord: boolean): EntityType {
  const text = tokens.join(' ');
  if (PLATFORMS.has(text)) return 'work';
  const last = tokens[tokens.length - 1].toLowerCase();
  if (PLACES.has(text)) return 'place';
  if (COMPASS.has(tokens[0].toLowerCase()) && PLACES.has(tokens.slice(1).join(' '))) return 'place';
  if (tokens.length > 1 && (PLACE_WORDS.has(tokens[0].toLowerCase()) || PLACE_FIRST.has(tokens[0].toLowerCase()) || PLACE_LAST.has(last))) return 'place';
  if (tokens.some((t) => PLACE_WORDS.has(t.toLowerCase()))) return 'place';
  if (ORG_WORDS.has(last) || (tokens.length > 1 && tokens.some((t) => PLACES.has(t) || ORG_WORDS.has(t.toLowerCase())))) return 'org';
  if (tokens.length === 1 && isAcronym(text)) return 'org';
  if (titled && tokens.length <= 4) return 'person';
  const plainName = !hasEverydayWord && !tokens.some((t) => CONNECTORS.has(t.toLowerCase())) && tokens.every((t) => /^\p{Lu}[\p{L}'’]*\p{Ll}$/u.test(t));
  return tokens.length >= 2 && tokens.length <= 3 && plainName ? 'person' : 'name';
}

function addEntity(entities: Map<string, Entity>, key: string, type: EntityType, sentence: number): Entity {
  let entity = entities.get(key);
  if (!entity) entities.set(key, (entity = {key, type, sentences: [], the: 0, group: entities.size, sure: type !== 'person' && type !== 'name', words: contentWords(key)}));
  if (entity.sentences[entity.sentences.length - 1] !== sentence) entity.sentences.push(sentence);
  return entity;
}
