/**
 * Key terms → fill-in-the-blank questions for articles with few names or figures (analysis, law, policy):
 * a two-word noun phrase the article leans on ("retail investors", "immigration policies") is blanked, and
 * its stand-ins are other such phrases of the article, those with the same head noun first
 * ("institutional investors"). These rank below the named and numeric facts: they fill a quiz, never lead it.
 */
import type {Candidate} from './candidate.js';
import {BLANK, hasDanglingSubject} from '../choosing/checks.js';
import {STOP} from '../understanding/gazetteer.js';
import {FIRST_OR_SECOND_PERSON, IMPERATIVE, indefiniteArticle} from '../understanding/grammar.js';
import type {Analysis} from '../understanding/mentions.js';

/** Modifiers that say how much or how new, not what: "several issues", "recent surge" are no key terms. */
const VAGUE = new Set(
  'every each latest coming upcoming comprehensive final deep fewest new recent several various different certain further additional important significant major key potential own same last first next current many such whole clear real main particular possible likely overall broader broad greater great large small big high low long short good bad better best top full little much less least'.split(
    ' '
  )
);
/** Heads that name who acts: a person or a body stands in only for another such. */
const ACTOR =
  /(?:ers|ors|ists|ians|ees|ants|people|officials|citizens|residents|groups?|governments?|agency|agencies|compan(?:y|ies)|court|committee|council|administration|authority|authorities|department|ministry|board|union|team|club|part(?:y|ies)|experts|leaders|fans|members|businesses|firms|communities|families|students|savers|sponsors|professionals|agents|parents|workers|owners)$/;
/** Common verbs of news prose that the context rules may miss ("Experts recommend investors ..."). */
const VERBS = new Set(
  'recommend recommends warn warns urge urges argue argues emphasize emphasizes expect expects believe believes suggest suggests claim claims note notes raise raises make makes take takes give gives remain remains continue continues include includes seek seeks need needs help helps allow allows require requires face faces lack lacks see sees become becomes keep keeps hold holds show shows call calls push pushes say says tell tells mean means reflect reflects represent represents please said told get gets got fall falls worry worries deserve deserves leave leaves own owns buy buys sell sells pay pays lose loses want wants grow grows rise rises join joins warn warned spend spends'.split(
    ' '
  )
);
/** Words that read as verbs or adverbs where a noun phrase is wanted. */
const NOT_NOUN = /(?:ly|ed)$|-/;
/** Words after which a two-word run is a noun phrase. */
const GOVERNORS = new Set('to the a an its their his her our of for in on at with about into by from among many some these those such'.split(' '));
/** Endings of nouns, plurals and adjectives: a word after "to" with one of these is no verb. */
const NOUN_OR_ADJECTIVE = /(?:[^s]s|tion|sion|ment|ness|ity|ship|ism|al|ic|ive|ous|ful|ary|ant|ent)$/;
/** Endings of adjectives: a phrase said once stands in only with one of these ("formidable opponent"). */
const ADJECTIVE = /(?:al|ic|ive|ous|ful|ary|ant|ent|able|ible|ing|ish|less)$/;
/** Endings of nouns that take no "a"/"an" ("prowess", "resilience", "dominance"). */
const MASS = /(?:ess|ness|ity|ism|ance|ence|ship|ment|ion|ing)$/;
/** Words that are neither nouns nor adjectives, though they look like them. */
const NOT_WORDS = new Set(
  'one ones them him me itself themselves whom whose live alone together ahead away again back well even still ago two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half'.split(
    ' '
  )
);
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const ASCII_WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** Words after which the next one is a verb ("may lack", "it makes"). */
const VERB_CUES = new Set('will would can could may might must should not it he she they which who'.split(' '));

/** Whether only spaces stand between `index` and the start, or a sentence-ending mark or colon. */
function opensClause(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && text[at] === ' ') at--;
  return at < 0 || '.!?:'.includes(text[at]);
}
/** Sentences beyond this many are not read for terms, so long inputs stay fast. */
const MAX_SENTENCES = 120;

interface Occurrence {
  sentence: number;
  start: number;
  end: number;
}

interface Term {
  phrase: string;
  head: string;
  modifier: string;
  /** Every sentence it occurs in, and the occurrences that stand alone (neither word part of a longer run). */
  sentences: Set<number>;
  alone: Occurrence[];
  /** Seen as a noun and its verb ("the season heats up"). */
  verbal: boolean;
  /** Seen right after a determiner or preposition ("the coming weeks"): surely a noun phrase. */
  governed: boolean;
}

const isPlural = (word: string) => /[^su]s$/.test(word) || word === 'people';
const withArticle = (text: string) => `${indefiniteArticle(text)} ${text}`;

/** A lowercase content word that can sit in a noun phrase ("401(k)" and names are not read here). */
function nounish(word: string): boolean {
  return word.length >= 3 && word === word.toLowerCase() && !STOP.has(word) && !NOT_WORDS.has(word) && !NOT_NOUN.test(word) && !/['’]/.test(word);
}

/** Two-word noun phrases of the body, with where each stands alone; verbs are told by "to"/modals before them. */
export function findTerms(sentences: string[], bodyCount: number): Map<string, Term> {
  const terms = new Map<string, Term>();
  const verbs = new Set<string>();
  const read = Math.min(bodyCount, MAX_SENTENCES);
  const tokens: {word: string; start: number; end: number}[][] = [];
  for (let index = 0; index < read; index++) {
    const sentence = sentences[index];
    const list: {word: string; start: number; end: number}[] = [];
    // Plain ASCII takes a much faster pattern than the Unicode one.
    for (const match of sentence.matchAll(/[^\x00-\x7f]/.test(sentence) ? WORD : ASCII_WORD)) {
      let word = match[0];
      // A word that opens the sentence or a clause after a colon may be capitalised only for that.
      if (opensClause(sentence, match.index!)) word = word.toLowerCase();
      list.push({word, start: match.index!, end: match.index! + match[0].length});
    }
    tokens.push(list);
    // After "to", a modal, a subject pronoun or an adverb ("carefully evaluate") a word is a verb.
    // "to" also leads to nouns ("to investors", "to immigration policies"): only a bare, verb-like word counts.
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1].word.toLowerCase();
      if (VERB_CUES.has(before) || before.endsWith('ly') || (before === 'to' && !NOUN_OR_ADJECTIVE.test(list[i].word))) verbs.add(list[i].word);
    }
  }
  // A verb's "-s" form is a verb too: "to continue" makes "the debate continues" no noun phrase.
  const verb = (word: string) => VERBS.has(word) || verbs.has(word) || verbs.has(word.replace(/e?s$/, '')) || verbs.has(word.replace(/s$/, ''));
  tokens.forEach((list, index) => {
    const sentence = sentences[index];
    const joined = (i: number) => i > 0 && i < list.length && sentence.slice(list[i - 1].end, list[i].start) === ' ';
    for (let i = 0; i + 1 < list.length; i++) {
      const [a, b] = [list[i], list[i + 1]];
      if (!joined(i + 1) || !nounish(a.word) || !nounish(b.word) || verbs.has(a.word) || VAGUE.has(a.word)) continue;
      // A plural or third-person "-s" word rarely modifies a noun ("raises questions"); "business owners" does.
      if (/[^s]s$/.test(a.word) && !/(?:ss|us|is)$/.test(a.word)) continue;
      const phrase = `${a.word} ${b.word}`;
      let term = terms.get(phrase);
      if (!term) terms.set(phrase, (term = {phrase, head: b.word, modifier: a.word, sentences: new Set(), alone: [], governed: false, verbal: false}));
      term.sentences.add(index);
      const longer = (joined(i) && nounish(list[i - 1].word) && !VAGUE.has(list[i - 1].word) && !verb(list[i - 1].word)) || (joined(i + 2) && nounish(list[i + 2].word) && !verb(list[i + 2].word));
      // "this match promises to", "the season heats up": a noun and a verb, not a noun phrase.
      const determined = i > 0 && /^(?:the|this|that|its|his|her|their)$/i.test(list[i - 1].word);
      const verbLike =
        /[^s]s$/.test(b.word) && !/s$/.test(a.word) && (/^ (?:up|down|out|off|to|a|an|the|its|their|his|her|that|it)\b/.test(sentence.slice(b.end)) || (/(?:ss|sh|ch|x|z)es$/.test(b.word) && !ADJECTIVE.test(a.word)));
      if (determined && verbLike) term.verbal = true;
      // "most ___" asks for an adjective's partner, not for a term.
      if (!longer && !(i > 0 && /^(?:most|more|very|less)$/i.test(list[i - 1].word))) term.alone.push({sentence: index, start: a.start, end: b.end});
      if (!longer && i > 0 && joined(i) && GOVERNORS.has(list[i - 1].word.toLowerCase())) term.governed = true;
    }
  });
  for (const [phrase, term] of terms) if (term.verbal || verb(term.modifier) || verb(term.head)) terms.delete(phrase);
  return terms;
}

/** Endings of adjectives and participles, which make a phrase a quality rather than a kind. */
const ADJECTIVE_LIKE = /(?:ing|ed|ive|al|ful|ous|ic|less|able|ible|ent|ant|ary|ory|ish|weight|wide|like|free|based)$/;

/** Where a term is blanked: its sentence, the stem, and the "a"/"an" the blank takes in. */
interface BlankSite {
  index: number;
  sentence: string;
  /** The term's own span, and where the blank starts (before its "a"/"an", if any). */
  from: number;
  end: number;
  start: number;
  article?: string;
  stem: string;
  /** The stem's content words, without the term's. */
  stemWords: string[];
}

/** The stand-in phrases, and the key's siblings (other terms of its head noun) among them. */
interface TermChoices {
  standIns: string[];
  siblings: Term[];
}

/** How the caller places a sentence: its paragraph, the base of the order, its importance. */
interface Placement {
  paragraphOf: (sentence: number) => number;
  order: number;
  importance: (sentence: number) => number;
}

/**
 * Term candidates, in article order: a phrase is asked where it stands alone, once in its sentence, when
 * the article uses it twice or more or it has a sibling with the same head. Stand-ins are recurring phrases
 * or siblings, alike in number and in naming actors or not, and never said with most of the stem elsewhere.
 */
export function* termCandidates(analysis: Analysis, bodyCount: number, paragraphOf: (sentence: number) => number, order: number, importance: (sentence: number) => number): Generator<Candidate> {
  const terms = findTerms(analysis.sentences, bodyCount);
  const heads = new Map<string, Term[]>();
  for (const term of terms.values()) heads.set(term.head, [...(heads.get(term.head) ?? []), term]);
  const known = new Set([...terms.values()].filter((term) => term.sentences.size >= 2 || heads.get(term.head)!.length >= 2));
  // Stand-ins must stand alone somewhere: "equity funds" is only ever part of "private equity funds". A
  // phrase said once must follow a determiner or preposition, so "strike aims" (a verb) is none.
  // ("the season progresses": a noun and a verb in "-es" need an adjective-like first word to pass).
  const pool = [...terms.values()].filter((term) => term.alone.length > 0 && (known.has(term) || (term.governed && (ADJECTIVE.test(term.modifier) || !/(?:ss|sh|ch|x|z)es$/.test(term.head)))));
  const asked = new Set<number>();
  for (const term of pool) {
    if (!known.has(term)) continue;
    for (const occurrence of term.alone) {
      if (asked.has(occurrence.sentence)) continue;
      const site = blankSite(analysis, term, occurrence);
      const choices = site && termChoices(analysis, pool, known, term, site);
      if (!site || !choices) continue;
      asked.add(site.index);
      yield termQuestion(analysis, term, site, choices, {paragraphOf, order, importance});
      break;
    }
  }
}

/** Where the term may be blanked at this occurrence, or undefined when the sentence makes no fair stem. */
function blankSite(analysis: Analysis, term: Term, {sentence: index, start: from, end}: Occurrence): BlankSite | undefined {
  const sentence = analysis.sentences[index];
  const lower = sentence.toLowerCase();
  // The answer, or its head, must not show elsewhere in its own stem.
  if (lower.indexOf(term.head) !== lower.lastIndexOf(term.head) || lower.indexOf(term.modifier) !== lower.lastIndexOf(term.modifier)) return undefined;
  const wordCount = sentence.split(' ').length;
  if (hasDanglingSubject(sentence)) return undefined;
  if (wordCount < 8 || wordCount > 40 || /\?\s*$|\[|https?:/i.test(sentence) || FIRST_OR_SECOND_PERSON.test(sentence) || IMPERATIVE.test(sentence) || !/^[\p{Lu}\d"“]/u.test(sentence)) return undefined;
  const article = /\b(an?) $/i.exec(sentence.slice(0, from))?.[1];
  // A singular noun with no determiner before it ("take necessary action") reads oddly with most
  // stand-ins ("take aircraft carrier"): only a determiner, or a plural, makes every choice grammatical.
  // After "a"/"an" every choice must be countable: "an attacking prowess" is no English.
  if (article && MASS.test(term.head)) return undefined;
  if (!isPlural(term.head) && !article && !/\b(?:the|its|their|his|her|this|that|our)\s+$/i.test(sentence.slice(0, from))) return undefined;
  const start = article ? from - article.length - 1 : from;
  // "For real ___" splits "real estate investors": only a function word, a comma or the start may
  // stand before the term, so the blank is a whole noun phrase.
  const wordBefore = /(\p{L}+)\s+$/u.exec(sentence.slice(0, start))?.[1].toLowerCase();
  if (wordBefore && !STOP.has(wordBefore)) return undefined;
  // A label ("Deep Personalization: ...") or a line with no full stop is no statement to ask about.
  if (/^[^.!?]{0,40}: /.test(sentence) || !/[.!?]["”’)]?$/.test(sentence.trim())) return undefined;
  const stem = sentence.slice(0, start) + BLANK + sentence.slice(end);
  // "the most competitive and ___" wants an adjective's partner, not a term.
  if (/\b(?:most|more|less)\s+\S+\s+(?:and|or)\s+$/i.test(sentence.slice(0, start))) return undefined;
  const stemWords = [...analysis.words[index]].filter((word) => word !== term.head && word !== term.modifier);
  if (stemWords.length < 5) return undefined;
  return {index, sentence, from, end, start, article, stem, stemWords};
}

/** The term's stand-ins from the pool, siblings first, or undefined when fewer than two fit the stem. */
function termChoices(analysis: Analysis, pool: Term[], known: Set<Term>, term: Term, {index, article, stem, stemWords}: BlankSite): TermChoices | undefined {
  const actor = ACTOR.test(term.head);
  // Singular forms too: "evaluate fees" already speaks of "fee structures".
  const stemWordSet = new Set((stem.toLowerCase().match(WORD) ?? []).flatMap((word) => [word, word.replace(/s$/, '')]));
  const ranked = pool
    .filter(
      (other) =>
        other !== term &&
        isPlural(other.head) === isPlural(term.head) &&
        ACTOR.test(other.head) === actor &&
        other.modifier !== term.modifier &&
        !(article && MASS.test(other.head)) &&
        // Neither word of a stand-in may show in the stem already.
        !stemWordSet.has(other.head) &&
        !stemWordSet.has(other.modifier) &&
        !saidElsewhere(analysis, other, index, stemWords)
    )
    .map((other) => ({other, rank: (other.head === term.head ? 0 : 2) - Math.min(other.sentences.size, 3) / 4}))
    .sort((a, b) => a.rank - b.rank || (a.other.phrase < b.other.phrase ? -1 : 1))
    .map(({other}) => other);
  // With two or more of the same head ("third quarter", "second quarter"), only they stand in: an
  // "ankle injury" is no quarter of a match.
  // One sibling may take one other key term beside it, never a phrase said once ("an ankle injury").
  const siblings = ranked.filter((other) => other.head === term.head);
  const standIns = (siblings.length >= 2 ? siblings : siblings.length === 1 ? [...siblings, ...ranked.filter((other) => other.head !== term.head && known.has(other)).slice(0, 1)] : ranked).map((other) => other.phrase);
  return standIns.length < 2 ? undefined : {standIns, siblings};
}

/** The question for a term blanked at its site, its choices shaped to fit the blank. */
function termQuestion(analysis: Analysis, term: Term, site: BlankSite, {standIns, siblings}: TermChoices, {paragraphOf, order, importance}: Placement): Candidate {
  const {index, sentence, from, end, article} = site;
  const atStart = site.start === 0;
  const shape = (text: string) => {
    const full = article ? withArticle(text) : text;
    return atStart ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  };
  const correct = shape(sentence.slice(from, end).toLowerCase() === term.phrase ? sentence.slice(from, end) : term.phrase);
  return {
    kind: 'fact',
    prompt: site.stem,
    correct: atStart ? correct : correct.charAt(0).toLowerCase() + correct.slice(1),
    distractors: standIns.slice(0, 5).map(shape),
    evidence: sentence,
    explanation: `Paragraph ${paragraphOf(index) + 1} of the article gives the answer: ${term.phrase}.`,
    order: order + index,
    answerKey: term.phrase,
    promptKeys: analysis.mentions[index].map((m) => m.key),
    family: term.head,
    // A key term's kind is a guess from its words: trusted only with siblings of the same head noun.
    // Trusted only when every stand-in shares the key's head noun and the modifiers are nouns too
    // ("interest / crime / conversion rates"), not qualities ("reusable / lightweight containers").
    signals: {
      keyKind: siblings.length >= 2 && [term, ...siblings].every((t) => !ADJECTIVE_LIKE.test(t.modifier)) ? 0.8 : 0.45,
      standIns: Object.fromEntries(standIns.slice(0, 5).map((phrase) => [shape(phrase), phrase.endsWith(term.head) ? 1 : 0.7])),
      fit: 1,
      importance: importance(index),
    },
  };
}

/** Whether another sentence says the stand-in together with half or more of the stem's words. */
function saidElsewhere(analysis: Analysis, term: Term, own: number, stemWords: string[]): boolean {
  for (const index of term.sentences) {
    if (index === own) continue;
    const other = analysis.words[index];
    if (stemWords.filter((word) => other.has(word)).length >= stemWords.length / 2) return true;
  }
  return false;
}
