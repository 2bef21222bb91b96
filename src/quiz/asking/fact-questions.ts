/**
 * Body sentence → fill-in-the-blank questions: one named or numeric mention is blanked ("___"), with a
 * preceding "the", "a" or "an" so grammar gives nothing away; distractors are stand-ins of the same type.
 */
import {homeSides, isSide, lineOfWork, sameSideInStory, sideKey} from '../understanding/affiliations.js';
import {KINDS, NUMBER_WORDS, TITLES} from '../understanding/gazetteer.js';
import {CUT_OFF, FIRST_OR_SECOND_PERSON, IMPERATIVE, SUBJECTLESS, indefiniteArticle} from '../understanding/grammar.js';
import type {Candidate} from './candidate.js';
import {BLANK, DESCRIBED_SUBJECT, PART_OF_BEFORE, hasDanglingSubject} from '../choosing/checks.js';
import {titleAfter} from '../understanding/entities.js';
import {describedAs, descriptorOf} from './descriptors.js';
import {containerPlace, nameStandIns, standInName, sameThing, type SlotContext} from './distractors.js';
import {numberStandIns} from './figure-stand-ins.js';
import {isNameType, type Analysis, type Entity, type EntityType, type Mention} from '../understanding/mentions.js';
import type {Random} from '../random.js';
import {CERTAIN, CLUB, CLUBS, isMedia, isRegion, isSportsStory, kindOf, standInCertainty} from '../understanding/kinds.js';
import {latestYear as latestYearOf} from './figure-stand-ins.js';
import {mainPerson} from '../understanding/importance.js';
import {resolvePronouns} from '../understanding/coreference.js';
import {countsItsList, PRODUCT_AFTER, PRODUCT_BEFORE} from '../understanding/figures.js';
import {figureGivenAway} from './figure-giveaways.js';

/** How good an answer of each type makes a question: names and figures over generic terms. */
const TYPE_WEIGHT: Partial<Record<EntityType, number>> = {
  person: 3,
  place: 2.5,
  org: 2.5,
  work: 2.5,
  date: 2.5,
  year: 2.5,
  percent: 2.5,
  money: 2.5,
  number: 2,
  range: 2,
  score: 3,
  name: 1.5,
  month: 1.5,
  when: 1.5,
  quote: 1.5,
  count: 1,
};

/** A player's or a staff role, capitalised at a sentence's start, read as the first word of a name. */
const ROLE_FIRST =
  /^(?:Prop|Lock|Flanker|Hooker|Scrum-half|Fly-half|Centre|Wing|Winger|Full-back|Fullback|Striker|Midfielder|Defender|Goalkeeper|Keeper|Captain|Skipper|Coach|Manager|Forward|Back|Batsman|Bowler|Pitcher|Quarterback|Guard|Chairman|Spokesman|Spokeswoman)\s/;

/** A top office right before a name: its holder is general knowledge. */
const HIGH_OFFICE =
  /\b(?:Prime Minister|President|Chancellor|Vice[- ]President|(?:Tory|Labour|Conservative|Lib Dem|Liberal Democrat|Democratic|Republican|opposition|party|Ukip|SNP) leader|Foreign Secretary|Home Secretary|Secretary of State|King|Queen|Pope)\s+$/;

/** First and second person outside English, written in lower case (so "EU" and "Mon" are not "eu", "mon"). */
const FIRST_PERSON = /(?:^|\s)(?:mis?|yo|nosotros|nuestr[oa]s?|tus?|usted|eu|meu|minha|meus|minhas|nós|noss[oa]s?|você|je|mon|mes|nous|notre|vous|votre|ich|mein|meine|wir|unser|unsere|dein|deine)\s/;

/** Nouns a name often modifies ("the La Liga season", "the Champions League final"): "the" is theirs. */
const ATTRIBUTIVE_HEADS = new Set(
  'season seasons title final finals match matches game games campaign race clash fixture fixtures table standings summit meeting meetings talks deal agreement plan program programme team side squad club market markets economy government administration border region war conflict crisis election elections vote law bill case trial project festival tournament competition draw schedule stadium'.split(
    ' '
  )
);
const PROMO_IN_TEXT = /\b(?:leia também|lea también|lee también|read more|read also|see also|veja também|mehr zum thema|lesen sie auch|lire aussi|leggi anche|related:|recommended:)/i;
/** Figure types whose form is the same in every language. */
const FIGURES = new Set<EntityType>(['number', 'percent', 'money', 'year', 'range', 'score']);
/** Sentences beyond this many are not read for facts, so long inputs stay fast. */
const MAX_SENTENCES = 250;
const NON_ENGLISH_IMPORTANCE = 0.6;

/** Nouns that name a role ("businessman", "campaigner"), and look-alikes that do not. */
const ROLE_NOUN = /^[a-z]{3,}(?:man|woman|person|er|or|ist|ian)$/;
const NOT_ROLES = new Set('after over under other another either neither whether never ever rather together later former latter proper sooner member number order'.split(' '));
const withArticle = (text: string) => `${indefiniteArticle(text)} ${text}`;
// "iPhone" keeps its small letter even at the start of a sentence.
const capitaliseFirst = (text: string) => (/^\p{Ll}\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1));

interface Slot {
  index: number;
  mention: Mention;
  score: number;
  /** How central the sentence is (see importanceOf): ranks the slot and becomes the candidate's signal. */
  importance: number;
}

/** What fact questions are built from, besides the analysis. */
export interface FactSource {
  bodyCount: number;
  paragraphOf: (sentence: number) => number;
  random: Random;
  /** Most candidates to build. */
  limit: number;
  /** Keys other questions already name. */
  taken: Set<string>;
  importance: (sentence: number, key: string) => number;
  /** Only figures (numbers, shares, sums, years): for languages whose grammar the engine does not handle. */
  figuresOnly?: boolean;
}

/**
 * Fact candidates, best first: every blankable mention is scored cheaply, then distractors are built for
 * the best `limit` at most, and only as far as the selection reads, so long articles stay fast. `taken` holds keys other questions already name.
 */
export function* factCandidates(analysis: Analysis, source: FactSource): Generator<Candidate> {
  const {bodyCount, paragraphOf, random, taken, importance, figuresOnly} = source;
  // A paid promotion ("Benzinga has been compensated ... for publicizing this content", "not financial
  // advice") asks its reader to buy, not to understand: its figures are sales copy (m35, m40: 1 of 14 OK).
  if (analysis.sentences.slice(0, bodyCount).some((sentence) => ADVERTORIAL.test(sentence))) return;
  let limit = source.limit;
  const slots: Slot[] = [];
  // An answer named in many other stems would keep all of them out of the quiz: rank it lower.
  const named = new Map<string, number>();
  for (let index = 0; index < Math.min(bodyCount, MAX_SENTENCES); index++) {
    const sentence = analysis.sentences[index];
    let wordCount = 1;
    for (let at = sentence.indexOf(' '); at >= 0; at = sentence.indexOf(' ', at + 1)) wordCount++;
    // Questions, opinions in the first or second person and fragments make poor stems.
    // A quotation standing alone names its speaker in another sentence: blanks in it ask for guesses.
    if (/^["“][^"“”]*["”]$/.test(sentence.trim())) continue;
    // A promo line run into the prose ("Leia também: ...") is another story's headline.
    if (PROMO_IN_TEXT.test(sentence)) continue;
    if (brokenOrLeaning(sentence, !!figuresOnly)) continue;
    // A figure about "it" or "the number" means nothing without the sentence before.
    const dangling = hasDanglingSubject(sentence);
    // "30 de noviembre de 2021 - La época": a date line with a source, in any language.
    if (/^\d{1,2}\.? (?:de )?\p{L}+ (?:de )?\d{4}\b/u.test(sentence) && wordCount < 12) continue;
    if (wordCount < 8 || wordCount > 45 || /\?\s*$|\[|https?:|:\s*$/i.test(sentence) || FIRST_OR_SECOND_PERSON.test(sentence) || !/^[\p{Lu}\d"“]/u.test(sentence) || /^\p{Lu}{3,}[^.]{0,30} [-–—] /u.test(sentence))
      continue;
    // The writer's own anecdotes ("mis 128 seguidores", "eu tenho dito"): an opinion, not the story's facts.
    if (figuresOnly && FIRST_PERSON.test(sentence)) continue;
    // "Dudek, Finnan, Carragher, Hyypia, ...": a team sheet or a list of names is no statement of the story.
    if ((sentence.match(/,/g)?.length ?? 0) >= 5 && (sentence.match(/,/g)?.length ?? 0) * 4 > wordCount) continue;
    const mentions = analysis.mentions[index];
    for (const key of new Set(mentions.map((m) => m.key))) named.set(key, (named.get(key) ?? 0) + 1);
    for (const mention of mentions) {
      const entity = analysis.entities.get(mention.key)!;
      if (!blankable(analysis, mentions, sentence, mention, {dangling, taken, figuresOnly})) continue;
      // What the story is about comes first: the lead, the headline's words, the names it returns to.
      const central = importance(index, mention.key);
      // Outside English only figures are asked, and a side figure (an anecdote's price, an episode's
      // length) is the commonest trivia there: only figures central to the story.
      if (figuresOnly && central < NON_ENGLISH_IMPORTANCE) continue;
      const score = (TYPE_WEIGHT[entity.type] ?? 1) + Math.min(entity.sentences.length, 6) / 3 + Math.min(mentions.length, 4) / 4 - index / (bodyCount + 10) + 3 * central;
      slots.push({index, mention, score, importance: central});
    }
  }
  const rank = (slot: Slot) => slot.score - 0.25 * (named.get(slot.mention.key) ?? 0);
  slots.sort((a, b) => rank(b) - rank(a) || a.index - b.index || a.mention.start - b.mention.start);

  for (const {index, mention, importance: central} of slots) {
    if (limit <= 0) break;
    const candidate = buildFact(analysis, index, mention, paragraphOf(index), random, figuresOnly, taken);
    if (candidate) {
      candidate.signals!.importance = central;
      limit--;
      yield candidate;
    }
  }
}

/**
 * Whether a mention can be blanked in its sentence: a whole name or figure the stem does not give away by
 * itself, by its neighbours, by grammar or by arithmetic, and not page furniture or an aside.
 */
function blankable(analysis: Analysis, mentions: Mention[], sentence: string, mention: Mention, context: {dangling: boolean; taken: Set<string>; figuresOnly?: boolean}): boolean {
  const {dangling, taken, figuresOnly} = context;
  // Outside English, a name's article and case may give it away, and a number before a dot is a date
  // ("14. März"): only figures that stand alone are asked.
  if (figuresOnly && (isNameType(mention.type) || !FIGURES.has(mention.type) || /^\.\s*\p{L}/u.test(sentence.slice(mention.end)))) return false;
  // The answer must not show elsewhere in its own stem (by name, alias or demonym).
  // (An acronym of it, "DPRK", or its capital count as showing it.)
  // "two ___ outings" filled with "Championship", "League" or "Cup": a bare competition word is a category,
  // and the club's own league makes two of them true.
  if (COMPETITION_WORD.test(mention.text)) return false;
  // "Gordon Brown's Budget": a thing named by its owner is no name to offer people beside.
  if (isNameType(mention.type) && /\p{L}['’]s \p{Lu}/u.test(mention.text)) return false;
  // "the defeat of ___ champions England" (the World Cup): a competition's stand-ins are other competitions,
  // and which one a famous side won is general knowledge.
  const named = analysis.entities.get(mention.key);
  // (The leagues the lexicon lists, "La Liga" among "Serie A" and "Bundesliga", stay askable.)
  if (named && isNameType(named.type) && kindOf(named, analysis).kind === 'competition' && !KINDS.has(named.key)) return false;
  // "Real took the lead" beside Real Sociedad: a short name that starts another name may be either.
  if (isNameType(mention.type) && !mention.key.includes(' ') && firstWordsOf(analysis).has(mention.key)) return false;
  // A title or product of unknown kind ("integrate Siri and ___": ChatGPT among iOS and iPadOS) takes
  // stand-ins of any other kind of work; only "the film ___", "the album ___" name the kind.
  if (
    analysis.entities.get(mention.key)?.type === 'work' &&
    !/\b(?:film|movie|album|song|single|book|novel|play|series|show|opera|musical|documentary)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 20), mention.start))
  )
    return false;
  // Places as answers were the reviews' commonest give-aways: geography rules their stand-ins out ("the
  // chancellor is leaving ___ on a tour of Africa", "Tropic Air flies between ___ and the Bahamas"). So are
  // clubs in a match report ("victory over ___" beside the side itself and today's opponent). They stay in
  // stems and FAQ answers.
  const entity = analysis.entities.get(mention.key);
  // A bare year was background in the blind reviews (5 of 7 TRIVIAL or given away: "the year of her old
  // title", "the year the foundation was set up"); the year of the story itself is no question either.
  if (mention.type === 'year' && /^\d{4}$/.test(mention.text)) return false;
  // "rises in ___, August and September": the months around it give its place in the list away.
  // ("from £190,329 in November to £189,733 in ___": another month in the stem orders it too.)
  if (mention.type === 'month' && (MONTH_IN_LIST_AFTER.test(sentence.slice(mention.end)) || MONTH_IN_LIST_BEFORE.test(sentence.slice(0, mention.start)) || mentions.some((m) => m !== mention && m.type === 'month')))
    return false;
  // (Clubs in any story: which league a club plays in, whose stadium it is and who its players are is
  // what fans know without reading; m22 and the labelled rounds found 5 of 5 club keys given away.)
  // ("Arsenal" typed only as a name: the lexicon's clubs, and club-shaped names in a sports story.)
  const club = (entity?.type === 'org' || entity?.type === 'name') && (kindOf(entity, analysis).kind === 'club' || CLUBS.has(entity.key) || (isSportsStory(analysis) && CLUB.test(entity.key)));
  if (entity?.type === 'place' || club) return false;
  // "a new stadium in ___", "met him at ___": after such a word the blank is a place, whatever the name's shape.
  if (entity?.type === 'person' && /\b(?:in|at|near|into|outside|across|towards)\s$/i.test(sentence.slice(Math.max(0, mention.start - 12), mention.start))) return false;
  if (mention.fixed || taken.has(mention.key) || containerPlace(mentions, mention, sentence) || mentions.some((other) => other !== mention && (other.key === mention.key || sameThing(other.key, mention.key))))
    return false;
  return !asideOrUnclear(analysis, sentence, mention, dangling) && !figureGivenAway(analysis, sentence, mention, mentions) && !splitsText(sentence, mention, mentions) && !idiomOrPointer(sentence, mention);
}

/** The first words of the article's names of two words or more, worked out once per analysis. */
const firstWords = new WeakMap<Analysis, Set<string>>();
function firstWordsOf(analysis: Analysis): Set<string> {
  let words = firstWords.get(analysis);
  if (!words) firstWords.set(analysis, (words = new Set([...analysis.entities.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(0, key.indexOf(' '))))));
  return words;
}

/** Whether the stem does not say whose or what the blank is, or the blank holds an aside to the story. */
function asideOrUnclear(analysis: Analysis, sentence: string, mention: Mention, dangling: boolean): boolean {
  if (dangling && !isNameType(mention.type)) return true;
  // "YouGov polled ___ voters", "a survey of ___ critics": how many a survey asked is its method, not its
  // finding; reviewers marked such sample sizes trivial time and again.
  if (
    !isNameType(mention.type) &&
    /\b(?:survey(?:ed)?|poll(?:ed)?|interviewed|questioned|sample|study|studied|asked|canvassed|questionnaires?|respondents)\s+(?:of\s+|from\s+)?(?:a\s+(?:weighted\s+|representative\s+|random\s+)?sample\s+of\s+)?(?:more than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?$/i.test(
      sentence.slice(0, mention.start)
    )
  )
    return true;
  // "By 1650 GMT, the dollar was trading at ___": a market's price at an hour is a tick, not news.
  if (!isNameType(mention.type) && /\b\d{1,2}[:.]?\d{2}\s*(?:GMT|BST|CET|ET|EST|EDT|UTC)\b/.test(sentence)) return true;
  // "replay access code: ___", "call 0800 ...": a long run of digits is a code or a number to dial.
  if (mention.type === 'number' && /^\d{5,}$/.test(mention.text)) return true;
  // "The Northern Ireland athlete ... held off ___": whose race it was is in the sentence before.
  if (DESCRIBED_SUBJECT.test(sentence)) return true;
  // "Barry Everitt, who replaced ___ late in the game": who went off is line-up filler.
  if (analysis.entities.get(mention.key)?.type === 'person' && /\b(?:replaced|replacing|came on for|on for|in place of|substituted|substituting)\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "Tory leader ___", "Prime Minister ___": who holds a country's or a party's top office is what readers
  // know without the story (reviewers: "Tory leader ___" → Michael Howard, given away).
  if (analysis.entities.get(mention.key)?.type === 'person' && HIGH_OFFICE.test(sentence.slice(0, mention.start))) return true;
  // "Its managing director, ___": whose? The sentence before says, and the stem does not show it.
  if (/^(?:Its|Their)\b/.test(sentence) && isNameType(mention.type)) return true;
  // A passer-by quoted once ("Margaret Cole, a retired nurse from Derby, said ...") is no fact of the story.
  // (An expert is placed at a body: "an analyst at Norrow Capital" stays askable.)
  const apposition = sentence.slice(mention.end, mention.end + 60);
  if (
    analysis.entities.get(mention.key)!.type === 'person' &&
    analysis.entities.get(mention.key)!.sentences.length === 1 &&
    /^, (?:an?|the) (?:\p{Ll}[\p{L}-]* ){0,3}(?:from|in|who)\b/u.test(apposition) &&
    !/^, [^,]*\b(?:at|of) (?:the )?\p{Lu}/u.test(apposition)
  )
    return true;
  // "He had the captain, ___, caught": the "he" is a person the choices may hold.
  if (/^(?:He|She|His|Her)\b/.test(sentence) && analysis.entities.get(mention.key)!.type === 'person') return true;
  // "Saka, ___, has scored ...": an age between commas after a name asks nothing about the story.
  // So does "The veteran film-maker, ___, won ...", where the choices read as names until one sees numbers.
  if (mention.type === 'number' && /\p{L}+, $/u.test(sentence.slice(0, mention.start)) && /^,/.test(sentence.slice(mention.end)) && /^\d{1,3}$/.test(mention.text)) return true;
  // "According to ___, the season has been exciting": which outlet said a platitude is trivia.
  if (isNameType(mention.type) && /\b(?:according to|as noted by|as reported by|writing in|reports? from)\s+(?:the\s+)?$/i.test(sentence.slice(0, mention.start))) return true;
  // "Explainable AI (___)": an acronym glossed in brackets is spelled out right before the blank.
  return /\($/.test(sentence.slice(0, mention.start)) && /^\)/.test(sentence.slice(mention.end)) && /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(mention.text);
}

/** Whether the blank would split a word or a name, or sit glued to a sign or to a gloss that spells it out. */
function splitsText(sentence: string, mention: Mention, mentions: Mention[]): boolean {
  // "#1", "Gallas' follow-up": a blank glued to a sign or a bare apostrophe reads wrong with other choices.
  if (/(?:#|\b[Nn]o\.\s?|\bn[º°]\s?|\bdorsal\s)$/.test(sentence.slice(0, mention.start)) || /^['’](?!s)/.test(sentence.slice(mention.end))) return true;
  // "the ___ Rule", "the 4% Rule": a figure inside a rule's or a law's name is part of the name.
  if (!isNameType(mention.type) && /^ (?:Rule|Law|Act|Plan|Index|Principle|Club|Challenge)\b/.test(sentence.slice(mention.end))) return true;
  // "iPhone ___ Pro", "iOS ___", "Windows ___": a model number is part of a product's name.
  if (!isNameType(mention.type) && (PRODUCT_BEFORE.test(sentence.slice(0, mention.start)) || PRODUCT_AFTER.test(sentence.slice(mention.end)))) return true;
  // "beat Nadia Petrova ___ 6-2": one set of a scoreline is half an answer.
  if (!isNameType(mention.type) && (/^ \d{1,2}-\d{1,2}\b/.test(sentence.slice(mention.end)) || /\b\d{1,2}-\d{1,2} $/.test(sentence.slice(0, mention.start)))) return true;
  // Part of a compound ("California-based") is no answer: the blank would split a word.
  if (/^-\p{L}/u.test(sentence.slice(mention.end)) || /\p{L}-$/u.test(sentence.slice(0, mention.start))) return true;
  // "The Australian ___ welcomed ...": a demonym right before a name is part of it; the blank would
  // split the name, and only the answer would read without its own "the".
  if (isNameType(mention.type) && mentions.some((other) => other.fixed && other.end + 1 === mention.start)) return true;
  // "Police ___", "New ___": a capitalised word right before the blank that names nothing alone (and is
  // no title) is the first half of this name.
  if (isNameType(mention.type)) {
    const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(sentence.slice(Math.max(0, mention.start - 30), mention.start));
    if (before && !TITLES.has(before[1].toLowerCase()) && !opensSentence(sentence, mention.start - before[0].length) && !mentions.some((other) => other !== mention && other.end === mention.start - 1)) return true;
  }
  // "the Dutch Health and ___": a capitalised word and "and" that are no name of their own belong to
  // this one ("Health and Youth Care Inspectorate").
  if (isNameType(mention.type)) {
    const joined = /(\p{Lu}[\p{L}'’-]*) (?:and|&|of|for) $/u.exec(sentence.slice(Math.max(0, mention.start - 40), mention.start));
    if (joined && !mentions.some((other) => other !== mention && other.end === mention.start - joined[0].length + joined[1].length)) return true;
  }
  // "William Pitt the Younger", "Hopes and Fears": a name's epithet, or a capitalised word joined on by
  // "and", is the rest of this name.
  if (isNameType(mention.type) && /^ (?:the (?:Younger|Elder|Great|Lesser)|and \p{Lu}[\p{L}'’-]*(?! \p{Lu}))\b/u.test(sentence.slice(mention.end))) {
    const next = mentions.find((other) => other.start > mention.end);
    if (/^ the /.test(sentence.slice(mention.end)) || !next || next.start > mention.end + 5) return true;
  }
  // "___ (AfD)": an acronym spelled out right after the blank gives the answer away.
  return /^,? \(\p{Lu}/u.test(sentence.slice(mention.end));
}

/** Whether a sentence is garbled, cut short or leans on another for its subject: no stem in any case. */
function brokenOrLeaning(sentence: string, figuresOnly: boolean): boolean {
  return (
    // "$1,8923", "£135,00": a figure the source garbled would be copied into the stem as it stands.
    (!figuresOnly && /\d,(?:\d{1,2}|\d{4,})(?![\d,])/.test(sentence.replace(/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g, '0'))) ||
    // "Of that, £23 billion would go on ...": the whole it is a part of is in the sentence before.
    PART_OF_BEFORE.test(sentence) ||
    IMPERATIVE.test(sentence) ||
    (SUBJECTLESS.test(sentence) && !/^\p{Lu}\p{Ll}+ed\b[^,]{0,60},\s+(?:the|he|she|it|they|we|\p{Lu})/u.test(sentence)) ||
    // A line that ends on no full stop was cut by a hard wrap ("... AI for Education Accelerator has").
    CUT_OFF.test(sentence.trim()) ||
    // A caption's or a credit's words ("photo", "image", "credit", "copyright"): the quiz checker counts any
    // blank beside them as page furniture, and a tax credit or an image model is rarely the story's fact.
    /\b(?:credit|photo|image|getty|copyright)\b/i.test(sentence) ||
    // "About TORRAS Founded in 2012, TORRAS has ...": a boilerplate heading glued to its first sentence.
    /^About (?:\p{Lu}[\p{L}.&-]*\s+){1,4}(?:Founded|Headquartered|Based|Established|Since|Is|Was|Inc)\b/u.test(sentence) ||
    // "... was paid $1,500 for the production and publishing of this article": a sponsor's disclosure.
    /\b(?:was|were|has been|have been) paid\b[^.]{0,80}\b(?:article|publishing|production|coverage|content)\b|\b(?:sponsored by|on behalf of)\b[^.]{0,60}\b(?:article|content|release)\b/i.test(sentence) ||
    // "A $500 worth of APPA giveaway is ongoing on socials", "deposit a minimum of 100 APPA for a 10% rebate":
    // a promotion's fine print, not the news (m35: four such questions in one release, none passed).
    /\b(?:giveaways?|rebates?|airdrops?|prize pools?|reward pools?|promo codes?|coupons?|vouchers?|free trials?|trading pairs|sign[- ]ups?|deposit a minimum|presales?|pre-sales?|token sales?|price predictions?)\b/i.test(
      sentence
    ) ||
    // "$0.0000884", "$0.00002837": a coin's price to the eighth decimal tests digits, not the story (m38, m40).
    /\$\s?0\.0{3,}\d/.test(sentence) ||
    // "About 85% of this group", "managed this feat", "lose that extra ___": what it points at is in a sentence
    // the reader does not see (12 of 30 such stems OK over m15 to m36; "this year" and the like are kept).
    /\b(?:this|these|those)\s+(?!(?:year|week|month|season|morning|afternoon|evening|time|summer|winter|spring|autumn|weekend|quarter|decade|century|is|was|are|were|has|have|will|would|could)\b)\p{Ll}/u.test(sentence) ||
    /\bthat\s+(?:extra|feat|group|figure|number|gap|period|case|cost|level|rate|deal|plan|move|decision|amount|sum|total)\b/.test(sentence) ||
    // "Ethereum Could See ___ Again SoonEthereum (ETH) is currently priced ...": a subheading glued to the
    // sentence after it, where a space was lost with the markup (m38).
    /(?:\p{Lu}[\p{L}'’]*|\d[\d.,]*)\s+\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}{3,}/u.test(sentence) ||
    // "Solid bars show pass@1 accuracy and the shaded region shows ... with ___ samples": a chart's caption.
    /\b(?:solid|dashed|dotted|shaded|coloured|colored)\s+(?:bars?|lines?|regions?|areas?)\b|\b(?:x-axis|y-axis)\b|\b(?:the|this)\s+(?:chart|graph|plot)\s+(?:shows|below|above)\b/i.test(sentence) ||
    // "think of those ___ Indians": a demonstrative right before the blank points back as well.
    /\b(?:this|these|those)\s+\d/i.test(sentence) ||
    // "The comments came as it reported ...": the comments, the move, the news of a sentence not shown.
    /^The (?:comments?|remarks?|announcement|news|move|decision|warning|figures|results|data|deal|report|statement)\s+(?:came|come|comes)\b/.test(sentence) ||
    // "EBITDA decreased to £(0.2)M": an accountant's bracketed loss, which a stand-in "£0.2M" would turn into a trap.
    /[$£€]\s?\(\d/.test(sentence) ||
    // "dipped by 3% In the US last year, revenue grew ...": a full stop the source dropped glues two sentences.
    /\d%?\s+(?:In|The|It|But|He|She|They|This|That|These|However|Meanwhile|Analysts|Shares)\s+\p{Ll}/u.test(sentence) ||
    !/[.!?…"”'’)\]]\s*$/.test(sentence)
  );
}

/** Whether an idiom fills the blank ("two or ___ times"), or a count points back at names ("the two countries"). */
function idiomOrPointer(sentence: string, mention: Mention): boolean {
  // "two or ___ times", "twenty or ___ years": the idiom fills the blank by itself.
  if ((mention.type === 'count' || mention.type === 'number') && (/\b(?:\d+|[a-z]+) or $/i.test(sentence.slice(0, mention.start)) || /^ or (?:\d|[a-z]+\b)/i.test(sentence.slice(mention.end)))) {
    const other = /\b(\d+|[a-z]+) or $/i.exec(sentence.slice(0, mention.start))?.[1] ?? /^ or (\d+|[a-z]+)/i.exec(sentence.slice(mention.end))?.[1] ?? '';
    if (/^\d+$/.test(other) || NUMBER_WORDS.includes(other.toLowerCase())) return true;
  }
  // "Ireland continued to come ___ best": "come second best" is an idiom, and "come fourth best" no English.
  if (mention.type === 'ordinal' && /\b(?:come|comes|came|coming)\s+$/i.test(sentence.slice(0, mention.start)) && /^\s+best\b/.test(sentence.slice(mention.end))) return true;
  // "Mr Glazer's ___ sons, Avi and Joel", "in ___ styles: Animation, Sketch and Illustration": the list
  // that follows counts itself.
  if (countsItsList(sentence, mention)) return true;
  // "the two countries" points back at names already given: no question there.
  // ("two million pre-orders" counts things, whatever follows.)
  // ("three Grand Slams", "two other Russian firms": a plural a word or two on counts things too.)
  return mention.type === 'count' && !mention.text.includes(' ') && (/\bthe $/i.test(sentence.slice(0, mention.start)) || !/^ (?:[\p{L}-]+ ){0,2}?(?:\p{Ll}+-)?\p{L}\p{Ll}+s\b/u.test(sentence.slice(mention.end)));
}

/** Where a fact's blank goes: its start (before the "the", "a" or "an" it takes in), a bullet label left out, and the stem. */
interface FactBlank {
  start: number;
  article?: string;
  label: string;
  prompt: string;
}

/** A fact's correct choice and its distractors, each with its certainty. */
interface FactChoices {
  correct: string;
  distractors: string[];
  certainties: number[];
}

function buildFact(analysis: Analysis, index: number, mention: Mention, paragraph: number, random: Random, figuresOnly = false, taken: ReadonlySet<string> = new Set()): Candidate | undefined {
  const sentence = analysis.sentences[index];
  const mentions = analysis.mentions[index];
  const entity = analysis.entities.get(mention.key)!;
  const blank = factBlank(analysis, index, mention, figuresOnly);
  if (!blank) return undefined;
  const words = [...analysis.words[index]].filter((word) => !entity.words.includes(word));
  if (words.length < 5) return undefined;
  const context = factContext(analysis, index, mention, blank, words);
  const choices = isNameType(mention.type) ? nameChoices(analysis, index, mention, blank, context, taken) : figureChoices(analysis, mention, blank.article, context, random);
  if (!choices || choices.distractors.length < 2) return undefined;
  let {correct, distractors} = choices;
  // "He names ___ ..." → "Etzioni names ___ ...": the stem says who, where the article leaves no doubt.
  let prompt = resolvePronouns(analysis, index, standAlone(blank.prompt), mention.key);
  let opensOnBlank = blank.start === blank.label.length;
  // "A ___ win against Loko": an article every figure takes alike stays in the stem, not in each choice.
  if (blank.article && !isNameType(mention.type) && [correct, ...distractors].every((choice) => choice.toLowerCase().startsWith(`${blank.article} `))) {
    const cut = (choice: string) => choice.slice(blank.article!.length + 1);
    [correct, distractors] = [cut(correct), distractors.map(cut)];
    prompt = prompt.replace(BLANK, `${sentence.slice(blank.start, blank.start + blank.article.length)} ${BLANK}`);
    opensOnBlank = false;
  }
  // "selling ___ stake": "an 8%" among "a 6%", "a 7%" and "a 9%" is the one that reads differently.
  if (blank.article && !isNameType(mention.type) && new Set([correct, ...distractors].map((choice) => /^(?:an?|the)\s/i.exec(choice)?.[0].toLowerCase())).size > 1) return undefined;
  // "AMC) announced ...": a sentence cut inside brackets is a fragment.
  if ((prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length) return undefined;
  const rest = sentence.slice(mention.end);
  const who = asksWho(rest, entity, blank.start);
  if (opensOnBlank && !who) [correct, distractors] = [capitaliseFirst(correct), distractors.map(capitaliseFirst)];
  return {
    kind: 'fact',
    prompt: who ? `Who${rest.slice(0, -1)}?` : standAlone(prompt),
    correct,
    distractors,
    evidence: sentence,
    explanation: `Paragraph ${paragraph + 1} of the article gives the answer: ${correct.replace(/^(the|an?) /i, '')}.`,
    order: index,
    answerKey: mention.key,
    promptKeys: mentions.filter((m) => m !== mention).map((m) => m.key),
    figure: !isNameType(mention.type),
    person: entity.type === 'person',
    answerType: entity.type,
    paragraph,
    signals: {
      keyKind: kindOf(entity, analysis).strength,
      standIns: Object.fromEntries(distractors.map((text, i) => [text, choices.certainties[i]])),
      fit: stemFit(analysis, sentence, mention, entity, mentions, prompt),
      importance: 0.5,
    },
  };
}

/**
 * The stem without a connective that leans on the sentence before: "But Brown also said ___ ..." reads,
 * alone under a quiz, as "Brown also said ___ ...". (A stem that opens on its blank keeps it.)
 */
export function standAlone(prompt: string): string {
  const rest =
    /^(?:But|And|Yet|So(?! far| much| many| long| too)|Also|However|Meanwhile|Still|Indeed|Moreover|Furthermore|Besides|Now|Again|Instead|Nevertheless|Nonetheless|By comparison|In comparison|By contrast|In contrast|Similarly|Likewise|In addition|Additionally|For example|For instance|First|Second|Third|Secondly|Thirdly|Finally|Lastly|Crucially|Importantly|Notably|Interestingly|Essentially|Ultimately|Admittedly|Of course|In fact|In stark contrast|On the contrary|Conversely),?\s+(?!___)(?=[\p{L}\d"“])/u.exec(
      prompt
    );
  if (!rest) return prompt;
  const tail = prompt.slice(rest[0].length);
  // A lower-case word that is not a name ("inflation") takes the sentence's capital; "iPhone" keeps its case.
  // ("a spokesman said": a one-letter word too.)
  return /^\p{Ll}(?:\p{Ll}|\s)/u.test(tail) ? tail.charAt(0).toUpperCase() + tail.slice(1) : tail;
}

/** Where the blank goes and the stem it leaves, or undefined when the stem would give the answer away. */
function factBlank(analysis: Analysis, index: number, mention: Mention, figuresOnly: boolean): FactBlank | undefined {
  const sentence = analysis.sentences[index];
  const entity = analysis.entities.get(mention.key)!;
  let start = mention.start;
  // ("a" and "the" are English articles: in "entre 1988 a 2023" the "a" is a preposition.)
  let article = figuresOnly ? undefined : /\b(the|an?) $/i.exec(sentence.slice(0, start))?.[1].toLowerCase();
  // "the La Liga season": a name the article mostly writes without "the" is used as a modifier here, and
  // the "the" belongs to the noun after it; it stays in the stem ("in the ___ season"), never in a choice.
  const nextWord = /^ (\p{Ll}+)/u.exec(sentence.slice(mention.end))?.[1];
  if (article === 'the' && isNameType(mention.type) && nextWord && (entity.the * 2 < entity.sentences.length || ATTRIBUTIVE_HEADS.has(nextWord))) article = undefined;
  if (article) start -= article.length + 1;
  if (article && article !== 'the' && isNameType(mention.type)) return undefined;
  // A bullet's label ("Rates unchanged: The fed funds rate ...") heads no question: the stem starts after it.
  // So does a press release's dateline ("ARLINGTON, VA, March 21, 2024 /24-7PressRelease/ -- The ..."):
  // page furniture, never asked, and no part of the stem.
  // ("Agência Brasil - Pesquisa do Instituto ...": an agency's tag before a dash is a label too.)
  const label = ((/^\p{Lu}{2}/u.test(sentence) ? DATELINE.exec(sentence) : null) ?? /^[^:.!?"“]{3,60}: (?=[\p{Lu}\d])/u.exec(sentence) ?? SOURCE_TAG.exec(sentence))?.[0] ?? '';
  if (label && start < label.length) return undefined;
  // "Caballería: ___ horas 40 minutos para un ciclo completo": what is left after a bullet's label must be a
  // sentence, not a fragment of a list.
  if (label && sentence.slice(label.length).split(' ').length < 9) return undefined;
  const prompt = sentence.slice(label.length, start) + BLANK + sentence.slice(mention.end);
  // "A COP of ___ means three units of heat for every unit": the stem spells the answer out in words, or
  // in digits ("___ of them, all three ...").
  const spelled = /^\d+$/.test(mention.text) ? NUMBER_WORDS[Number(mention.text)] : NUMBER_WORDS.includes(mention.text.toLowerCase()) ? String(NUMBER_WORDS.indexOf(mention.text.toLowerCase())) : undefined;
  if (spelled && new RegExp(`\\b${spelled}\\b`, 'i').test(prompt)) return undefined;
  return {start, article, label, prompt};
}

/** What the stand-in finders know of the stem: its words, its names, and the blank's role and gender. */
function factContext(analysis: Analysis, index: number, mention: Mention, {start, prompt}: FactBlank, words: string[]): SlotContext {
  const sentence = analysis.sentences[index];
  const mentions = analysis.mentions[index];
  const entity = analysis.entities.get(mention.key)!;
  const context: SlotContext = {
    words,
    keys: new Set(mentions.map((m) => m.key)),
    near: mentions.filter((m) => m !== mention && Math.max(m.start - mention.end, mention.start - m.end) < 40).map((m) => m.key),
    own: [index],
    text: prompt.toLowerCase(),
    nameWords: new Set(mentions.filter((m) => m !== mention && isNameType(m.type)).flatMap((m) => analysis.entities.get(m.key)!.words)),
    title: entity.type === 'person' ? /(\p{L}+),? $/u.exec(sentence.slice(0, start))?.[1].toLowerCase() : undefined,
  };
  // A role noun the title list lacks ("businessman", "organiser") still names the slot's role.
  if (context.title && !TITLES.has(context.title) && !lineOfWork(context.title) && !(ROLE_NOUN.test(context.title) && !NOT_ROLES.has(context.title))) context.title = undefined;
  // "Mr ___", "Ms ___": an honorific is no role, but it tells the gender.
  if (context.title && /^(?:mr|mrs|ms|miss|dr)$/.test(context.title)) {
    if (context.title !== 'dr') context.gender = context.title === 'mr' ? 'm' : 'f';
    context.title = undefined;
  }
  // "said ___, an analyst at Norrow Capital": the title may follow the blank.
  if (entity.type === 'person' && !context.title) context.title = titleAfter(sentence, mention.end);
  // The stem's pronouns, when no other person is named in it, tell whose gender the blank has.
  if (entity.type === 'person' && !mentions.some((m) => m !== mention && analysis.entities.get(m.key)?.type === 'person')) {
    const vote =
      // (Kin words are left out: "whose first husband" is said of a woman, "his wife" of a man.)
      // ("the women's heptathlon", "the men's 100m": the event's sex is the blank's.)
      (/\b(she|her|hers|herself|\w*woman|\w*women|actress|widow|girl|female)\b/i.test(prompt) ? 1 : 0) - (/\b(he|his|him|himself|\w*(?<!wo)man|\w*(?<!wo)men|actor|widower|boy|male)\b/i.test(prompt) ? 1 : 0);
    if (vote) context.gender = vote > 0 ? 'f' : 'm';
  } else if (entity.type === 'person') {
    // "___ - best known for her television roles": a pronoun in the blank's own clause, before any other
    // name, is the blank's, whoever else the sentence names.
    const next = mentions.find((m) => m.start > mention.end && analysis.entities.get(m.key)?.type === 'person');
    const clause = /^[^.;:!?]*/.exec(sentence.slice(mention.end, next ? next.start : undefined))![0].slice(0, 80);
    const vote =
      // (Kin words name someone else: "whose first husband was killed ... she would vote" is a woman.)
      (/\b(?:she|her|herself|actress|\w+woman)\b/i.test(clause) ? 1 : 0) - (/\b(?:he|his|him|himself|actor|\w+(?<!wo)man)\b/i.test(clause) ? 1 : 0);
    if (vote) context.gender = vote > 0 ? 'f' : 'm';
  }
  // "the men's Masters Cup", "el torneo femenino": every player in it, whoever else the stem names.
  if (entity.type === 'person') {
    const women = /\b(?:women['’]s|ladies['’]|femenin[oa]|feminin[oa])\b/i.test(prompt);
    const men = /(?<!wo)\bmen['’]s\b|\b(?:masculin[oa])\b/i.test(prompt);
    if (women !== men) context.gender = women ? 'f' : 'm';
  }
  return context;
}

/** A name's choices: the name and its stand-ins, each with the blank's "the" or none. */
/** Whether a name sits in a list of names: the mention before or after it is a name, with only ", " or "and" between. */
function inNameList(analysis: Analysis, index: number, mention: Mention): boolean {
  const sentence = analysis.sentences[index];
  const mentions = analysis.mentions[index];
  const named = (m: Mention | undefined): m is Mention => !!m && m !== mention && isNameType(analysis.entities.get(m.key)?.type ?? 'number');
  const before = mentions.filter((m) => m.end <= mention.start).pop();
  const after = mentions.find((m) => m.start >= mention.end);
  const joins = (gap: string) => /^(?:,\s+|\s+and\s+|,\s+and\s+|\s+&\s+)$/.test(gap);
  return (named(before) && joins(sentence.slice(before.end, mention.start))) || (named(after) && joins(sentence.slice(mention.end, after.start)));
}

function nameChoices(analysis: Analysis, index: number, mention: Mention, {start, article}: FactBlank, context: SlotContext, subjects: ReadonlySet<string>): FactChoices | undefined {
  const sentence = analysis.sentences[index];
  const entity = analysis.entities.get(mention.key)!;
  const correct = (article ? 'the ' : '') + (mention.type === 'person' ? entity.key : mention.text);
  // "Alicia Keys, Velvet Revolver and ___", "Norah Jones, ___, Stevie Wonder": one of a list of names, whose
  // stand-ins the article's other lists (of the same show, the same guests) may well hold too. Twice a
  // reviewer found such a stand-in true (m26, label6).
  if (entity.type === 'person' && inNameList(analysis, index, mention)) return undefined;
  // "Prop Phil Vickery and lock Simon Shaw": a role that opens the sentence is read into the name, and only
  // the key would carry one.
  if (entity.type === 'person' && ROLE_FIRST.test(correct)) return undefined;
  // Built-in stand-ins take the slot's "the" or none, so grammar points nowhere.
  // "Her son, ___": the person the story is about is no kin of their own.
  const kin = entity.type === 'person' && /\b(?:son|daughter|husband|wife|mother|father|brother|sister|partner|widow|widower|grandson|granddaughter)\b[^.]{0,25}$/i.test(sentence.slice(0, start));
  const subject = kin ? mainPerson(analysis) : undefined;
  // "His brother, Erik Lindqvist": kin share a surname, and only the answer would carry it.
  const surname = entity.key.split(' ').pop()!;
  if (kin && entity.key.includes(' ') && [...analysis.entities.values()].some((other) => other !== entity && other.type === 'person' && other.key.endsWith(' ' + surname))) return undefined;
  // "Chelsea lost to ___": the team the story is about is never its own opponent, nor a rival's.
  // "an England loose-forward trio of ___": a Wales story's players, named with no side, are Wales's.
  const home = entity.type === 'person' ? homeSides(analysis.entities, subjects) : undefined;
  // "Who was inches away from giving Newcastle the lead?": the stem itself puts the blank on a side.
  const stemSide = entity.type === 'person' ? sideInStem(analysis, index, mention) : undefined;
  const blankSides = stemSide ? new Set([...(entity.sides ?? []), stemSide]) : entity.sides;
  // "the first Australian man to win": only people the article makes Australian may stand in.
  const nationality = entity.type === 'person' || mention.type === 'person' ? nationalityInStem(analysis, index, mention) : undefined;
  // "US operator ___", "Pop stars ___": only names the article describes alike may stand in.
  const descriptor = descriptorOf(sentence, start, mention.end);
  // "other musicians including ___ and Benny Goodman": a name the next sentences mention may be in the list
  // too (the article's "a vibraphone which belonged to Lionel Hampton"), so none of them stands in.
  const inList = /\b(?:including|such as|like|among them)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(sentence.slice(0, start)) || /\b(?:including|such as)\s+(?:[\p{L}'’-]+,?\s+){0,6}(?:and\s+)?$/u.test(sentence.slice(0, start));
  const nearby = (e: Entity) => e.sentences.some((s) => Math.abs(s - index) <= 2 && s !== index);
  const standIns = nameStandIns(analysis, entity, context, 5)
    .filter((e) => !(inList && nearby(e)))
    .filter(
      (e) =>
        e !== subject &&
        !(e.type === 'org' && subjects.has(e.key)) &&
        !(e.type === 'person' && entity.type === 'person' && !sameSideInStory({...entity, sides: blankSides}, e, home)) &&
        (!nationality || !!e.sides?.has(nationality)) &&
        (!descriptor || describedAs(analysis, e, descriptor))
    );
  // Stand-ins none of which the article names ("Serie A" and "Premier League" for Real Madrid's league,
  // "Manchester" for MacWorld's city) make the question one of general knowledge.
  if (!standIns.some((e) => e.sentences.length)) return undefined;
  const stemHasThe = !article && /\bthe $/i.test(sentence.slice(0, start));
  // "Mr ___ said": after an honorific every choice is a surname ("Mr Blair", never "Mr Tony Blair").
  if (entity.type === 'person' && /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s$/.test(sentence.slice(0, start))) {
    const surname = (name: string) => name.split(' ').pop()!;
    const people = standIns.filter((e) => e.type === 'person' && surname(e.key) !== surname(entity.key));
    return {
      correct: surname(entity.key),
      distractors: people.map((e) => surname(e.key)),
      certainties: people.map((e) => standInCertainty(entity, e, analysis) * (context.title && !e.titles?.has(context.title) ? 0.5 : 1)),
    };
  }
  const distractors = standIns.map((e) => standInName(e, !!article, stemHasThe));
  // "Blues boss ___": a stand-in the article never gives that role is a player among managers.
  const role = context.title;
  const certainties = standIns.map((e) => standInCertainty(entity, e, analysis) * (role && !e.titles?.has(role) ? 0.5 : 1));
  return {correct, distractors, certainties};
}

/**
 * The nationality a stem gives its blank ("the first Australian man to win", "a British rider"): a demonym
 * that describes no other name in the stem. Undefined when the answer is known to be of another.
 */
function nationalityInStem(analysis: Analysis, index: number, mention: Mention): string | undefined {
  const sentence = analysis.sentences[index];
  const answer = analysis.entities.get(mention.key)!;
  for (const other of analysis.mentions[index]) {
    if (other === mention || !other.fixed || other.type !== 'place') continue;
    // "Frenchwoman Camille Pin", "Italian flanker Aaron Persico": the demonym belongs to that name.
    const before = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?=\p{Lu})/u.exec(sentence.slice(other.end));
    if (before && other.end + before[0].length !== mention.start) continue;
    const side = `place:${other.key}`;
    if (answer.sides && !answer.sides.has(side)) return undefined;
    return side;
  }
  return undefined;
}

/** The side a stem puts a person's blank on: "___ gave Chelsea the lead", "giving Newcastle the lead". */
function sideInStem(analysis: Analysis, index: number, mention: Mention): string | undefined {
  const sentence = analysis.sentences[index];
  for (const other of analysis.mentions[index]) {
    const side = analysis.entities.get(other.key);
    if (other === mention || !isSide(side)) continue;
    const around = sentence.slice(Math.max(0, other.start - 12), other.end + 24);
    if (
      /\b(?:gave|give|gives|giving|put|puts|putting|handed|hand|fired|firing|sent|sending)\s+\S+(?:\s\S+)*?\s+(?:the lead|ahead|in front)\b/i.test(around) &&
      /\b(?:the lead|ahead|in front)\b/.test(sentence.slice(other.end, other.end + 24))
    )
      return sideKey(side);
  }
  return undefined;
}

/** A figure's choices: the figure and its stand-ins, each with the blank's article. */
function figureChoices(analysis: Analysis, mention: Mention, article: string | undefined, context: SlotContext, random: Random): FactChoices {
  let correct = mention.text;
  let distractors = numberStandIns(analysis, mention, context, random);
  const certainties = distractors.map(() => CERTAIN);
  if (article === 'the') [correct, distractors] = ['the ' + correct, distractors.map((d) => 'the ' + d)];
  else if (article) [correct, distractors] = [withArticle(correct), distractors.map(withArticle)];
  return {correct, distractors, certainties};
}

/** Whether the blank is a person opening a plain statement ("Kim expressed ..."), asked for with "Who ...?". */
function asksWho(rest: string, entity: Entity, start: number): boolean {
  // Only over one clause: "Who gave Chelsea the lead, but Saka equalised ...?" asks two things.
  // "Who of the Met Office said ...?" is no question: the name must be followed by its verb.
  return (
    start === 0 &&
    entity.type === 'person' &&
    /^ (?!of\b|in\b|at\b|from\b|for\b|with\b|and\b|or\b)\p{Ll}+\b[^"“”]*\.$/u.test(rest) &&
    !/,\s*(?:but|and|while|whereas|as)\s|\b(?:but|while|whereas)\s|\band\s+\p{Lu}|;/u.test(rest)
  );
}

/** The disclosure of a paid promotion. */
const ADVERTORIAL =
  /\b(?:has|have|was|were) been (?:compensated|paid)\b[^.]{0,80}\b(?:publici[sz]|promot|content|article)|\bnot (?:intended as )?(?:financial|investment) advice\b|\bthis (?:is a )?(?:sponsored|paid) (?:article|post|content|press release)\b|\bsponsored content\b/i;

/** Discourse markers that lean on the sentence before ("Meanwhile, ...", "On the other hand, ..."). */
const LEANING =
  /^(?:Meanwhile|However|Additionally|In addition|Also|Moreover|Furthermore|On the other hand|Instead|Still|Yet|Similarly|Likewise|Nevertheless|As a result|Because of this|For instance|For example|Then|First|Second|Third|Fourth|Finally|Lastly|Next)\b/;
const CAPITALISED = "\\p{Lu}[\\p{L}'’-]*";
const LINK_TITLE = new RegExp(
  `(?:${CAPITALISED}\\s+){1,}(?:Amid|To|In|For|With|And|As|After|Before|Vs|Over|On|At|By|Is|Are|Of|The|Make|Makes|How|Why|What|Set|Eye|Eyes|Beat|Beats)\\s+(?:${CAPITALISED}\\s*){2,}|(?:${CAPITALISED}\\s+){8,}${CAPITALISED}`,
  'u'
);
/** Verbs of a source reporting the story: its name in the blank asks who wrote, not what happened. */
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro';
const DAY_BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:(?:de|of)\\s+)?(?:${MONTH_NAMES})\\b`, 'i');
const SOURCE_TAG = /^(?:Agência|Agencia|Agence|Agenzia)\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?\s+[-–—]\s+(?=\p{Lu})/u;
const MONTH_IN_LIST_AFTER = new RegExp(`^,?\\s+(?:and\\s+|or\\s+|to\\s+)?(?:${MONTH_NAMES})\\b`);
const MONTH_IN_LIST_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES}),?\\s+(?:and\\s+|or\\s+|to\\s+)?$`);
const MONTH_BEFORE_DAY = new RegExp(`\\b(?:${MONTH_NAMES})\\s+$`, 'i');
const REPORTS =
  /^,? (?:reports?|reported|notes?|noted|writes?|wrote|says|said|told|adds?|added|stated|confirmed|revealed|claims?|claimed)\b|^,? (?:has|have) (?:also )?(?:reported|noted|weighed in|written|been praising)\b/;

const matchReports = new WeakMap<Analysis, boolean>();
/** Whether the article reports a game: a result in it, or talk of goals, halves and keepers. */
function isMatchReport(analysis: Analysis): boolean {
  let known = matchReports.get(analysis);
  if (known === undefined) {
    const sporty = analysis.sentences.filter((sentence) => /\b(?:goal|goals|half-time|half time|kick-off|striker|keeper|goalkeeper|midfield|penalty|extra time|extra-time|full-time)\b/i.test(sentence)).length;
    known = sporty >= 3 || analysis.mentions.some((mentions) => mentions.some((m) => m.type === 'score'));
    matchReports.set(analysis, known);
  }
  return known;
}
const INCIDENT = /\b(?:shot|shots|save|saved|saves|chance|chances|tackle|break|blocked|cleared|clearance|missed|header|headed wide|corner|free-kick|cross|crossbar|post|fired wide|dragged wide|drive)\b/i;
const OUTCOME = /\b(?:goal|goals|scored|scores|scoring|score|winner|equaliser|equalizer|own goal|sent off|red card|penalty|won|win|beat|lead|title|trophy|final whistle|result|victory|defeat)\b/i;
/** A dateline: a city in capitals, maybe a state, a date and a wire, then a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,\s*[\p{L}.\s]{2,20})?,\s*(?:[^\n]{0,60}?\s(?:--|–|—)\s+|[^\n]{0,30}?--\(?\p{Lu}[\p{Lu}\s]+\)?--\s*)(?=\p{Lu})/u;
const COMPETITION_WORD = /^(?:the\s+)?(?:Cup|League|Championship|Premiership|Conference|Division|Trophy|Shield|Series|Open|Masters|Games|Tour|Bowl|Final|Finals)$/;
const MATCH_CLOCK =
  /\b(?:on|after|in|by) (?:the )?___(?:th|st|nd|rd)? minutes?\b|\b___ (?:minutes?|seconds?) (?:into|from time|from the end|before (?:half-time|full-time|the break|the end))\b|\bwith (?:just |only )?___ (?:minutes?|seconds?) (?:remaining|left|to go|to play)\b/i;

const SPEAKS = /^,? (?:says|said|told|added|adds|stated|argued|argues|explained|recalled|wrote|writes)\b/;

/** Whether resolvePronouns() named a person in the stem: a word of their name the sentence does not hold. */
function resolvedIn(analysis: Analysis, stem: string, sentence: string): boolean {
  if (stem === sentence) return false;
  for (const entity of analysis.entities.values()) if (entity.type === 'person' && entity.key.split(' ').some((word) => word.length > 2 && stem.includes(word) && !sentence.includes(word))) return true;
  return false;
}

/** How well a sentence serves as a stem for this blank: it stands alone and asks about the story. */
function stemFit(analysis: Analysis, sentence: string, mention: Mention, entity: Entity, mentions: Mention[] = [], stem = sentence): number {
  let fit = 1;
  // "In ___, he ordered a review": a person the stem never names, unless the blank or a name in it is them.
  // (`stem` is the sentence as shown, with the pronouns resolvePronouns() could resolve named.)
  if (/\b(?:he|she|his|him|her)\b/i.test(stem) && entity.type !== 'person' && !mentions.some((m) => analysis.entities.get(m.key)?.type === 'person') && !resolvedIn(analysis, stem, sentence)) fit *= 0.6;
  const before = sentence.slice(0, mention.start);
  const after = sentence.slice(mention.end);
  if (LEANING.test(sentence)) fit *= 0.85;
  // "Elsewhere, Abebe Dinkessa won the Brussels race": a side item the story turns to, not the story.
  if (/^(?:Elsewhere|In other news|Separately|In other results)\b/.test(sentence)) fit *= 0.5;
  // A year long before the story's own (Napoleon's 1806, a film of 1984) is background or general knowledge.
  if (mention.type === 'year' && Number(mention.text) < latestYearOf(analysis) - 10) fit *= 0.5;
  // The year the article keeps naming is the story's setting ("the last three months of ___"), not a fact in it.
  else if (mention.type === 'year' && entity.sentences.length >= 3) fit *= 0.5;
  // "... set out to change that.": the stem ends on something the reader never sees.
  if (/\b(?:that|this|it|them|these|those)[.!]?["”]?$/i.test(sentence.trim())) fit *= 0.6;
  // "He said ...", "This issue ...": shown alone, the stem does not say who or what.
  if (/^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its)\b/.test(stem)) fit *= 0.6;
  if (sentence.split(' ').length > 38) fit *= 0.8;
  // A run of capitalised words holding a capitalised small word ("... Title Hurdle Amid Jeremy Doku
  // Concern"), or a very long run, is a linked headline, not prose.
  if (LINK_TITLE.test(before + ' ' + after)) fit *= 0.4;
  if (isNameType(entity.type)) {
    // Who reported it, which outlet noted it: a source line, not the story.
    if (isMedia(entity.key)) fit *= 0.3;
    else if (entity.type !== 'person' && REPORTS.test(after)) fit *= 0.4;
    // "..., ___ said.", "said ___": who spoke is attribution; what was said is the story.
    // ("said Mr ___", "said analyst ___" too.)
    else if (entity.type === 'person' && (SPEAKS.test(after) || /\b(?:said|says|told|added|writes|wrote|reports|reported|according to)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+|(?:\p{Ll}+\s+){1,2})?$/iu.test(before)))
      fit *= 0.4;
    // "a survey conducted by security firm ___": who ran the study is its source line, not its finding.
    else if (entity.type !== 'person' && /\b(?:survey|study|poll|report|research|analysis)\b[^.;]{0,40}\b(?:by|from)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.test(before)) fit *= 0.4;
    if (isRegion(entity.key)) fit *= 0.6;
    // The place the whole story is set in answers itself: every sentence points at it.
    if (entity.type === 'place' && entity.sentences.length >= 3 && mainPlace(analysis) === entity) fit *= 0.4;
  }
  // Which weekday a release came out, "last week" or "next month", "another 90 minutes": trivia, or a
  // stock phrase whose neighbours are as true.
  if (mention.type === 'when') fit *= 0.5;
  // "on ___ minutes", "___ minutes into extra-time", "with ___ minutes remaining": the clock of a match's
  // passing moments is play-by-play, not the story.
  if (!isNameType(entity.type) && MATCH_CLOCK.test(`${before}___${after}`)) fit *= 0.4;
  // "a promising ___ break was halted by a good tackle": a chance, a save or a tackle that changed nothing
  // is play-by-play; goals, results and sendings-off are the story.
  if (isMatchReport(analysis) && INCIDENT.test(sentence) && !OUTCOME.test(sentence)) fit *= 0.5;
  // "a frantic ___ minutes": a match lasts 90 (80 in rugby, 120 with extra time); everyone knows it.
  // (Any story: "Most of the ___ minutes were spent chasing the ball" in a club's own match report too.)
  if (/^(?:80|90|120)$/.test(mention.text) && /^\s+minutes?\b/.test(after) && isSportsStory(analysis)) fit *= 0.4;
  // "completing the course in ___": a race time to the second is a result sheet's line, and its stand-ins
  // must keep seconds under 60.
  if (/^\d{1,3}\.\d\d$/.test(mention.text) && isSportsStory(analysis)) fit *= 0.4;
  // "it employs ___ staff worldwide": a company's profile line, not the story.
  if (/\b(?:employs|employing|employed)\s+$/i.test(before) || /^\s+(?:staff|employees|people|workers)\s+(?:worldwide|globally)\b/i.test(after)) fit *= 0.5;
  // "Patty Schnyder from ___": a player's country is a side detail a fan knows without the story.
  if (entity.type === 'place' && mentions.some((m) => m.end < mention.start && analysis.entities.get(m.key)?.type === 'person' && /^,? (?:of|from) (?:the )?$/.test(sentence.slice(m.end, mention.start)))) fit *= 0.5;
  // "beat compatriot ___", "fellow Belgian ___": the nationality the stem asks for is general knowledge.
  if (entity.type === 'person' && /\b(?:compatriot|countryman|countrywoman|fellow\s+\p{Lu}\p{Ll}+)\s+$/u.test(before)) fit *= 0.3;
  // "at ___ GMT", "___ days ago": the hour of a meeting and a match nine days ago are scheduling, not news.
  if (!isNameType(entity.type) && /^\s*(?:GMT|BST|CET|UTC|[ECMP][SD]?T|am|pm|a\.m\.|p\.m\.|hrs|local time|(?:days|weeks) ago)\b/.test(after)) fit *= 0.4;
  // "Depreciation and amortization expense ... was ___": a line item of the accounts, not the results.
  if (!isNameType(entity.type) && /\b(?:depreciation|amorti[sz]ation|general and administrative|research and development expenses?|interest expense|other income)\b/i.test(before)) fit *= 0.5;
  // "his target for overseas aid - spending ___", "commonly defined as ___", "the ___ allowed under the
  // pact": a standing rule or definition is general knowledge, not the story's news.
  if (!isNameType(entity.type) && /\b(?:target|targets|defined as|definition|allowed under|ceiling|commonly)\b[^.;]{0,60}$/i.test(before)) fit *= 0.5;
  // "Davenport, the ___ Australian Open champion": a year worn as a label is background, not the news.
  if (mention.type === 'year' && /\bthe\s+$/i.test(before) && /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:champion|winner|runner-up|finalist|title|season|edition|champions)\b/u.test(after)) fit *= 0.5;
  // "toward the ___ target" (2% inflation, 0.7% of income for aid): a standing target is general knowledge.
  if ((mention.type === 'percent' || mention.type === 'number') && /^\s+(?:inflation\s+|aid\s+|spending\s+)?(?:target|goal|ceiling|threshold)\b/i.test(after)) fit *= 0.5;
  // "suggested such a move could save ___ lives": the move was named in another sentence.
  if (/\b(?:such an?|this|these|that)\s+(?:move|plan|step|change|decision|deal|cut|cuts|rise|policy|proposal|scheme|idea|system|approach|measure|measures)\b/i.test(sentence)) fit *= 0.6;
  // "Instead of a whirlwind tour of ___ cities ...", "Imagine ...": a made-up example, not a fact.
  if (/^(?:Imagine|Instead of|Suppose|Picture|Say you)\b/.test(sentence)) fit *= 0.4;
  // "Nikolai Nolan, who has run the awards for the past ___ years, ...": a bio in passing.
  if (before.includes(', who ') && /, who (?:has|had|is|was)\b[^,]*$/.test(before) && /^[^,]*,/.test(after)) fit *= 0.5;
  // "In ___ it was named album of the year": the month of a prize, the day of a talk ("on ___ December",
  // "el ___ de abril") asks the calendar, not the story.
  if (mention.type === 'number' && (DAY_BEFORE_MONTH.test(after) || MONTH_BEFORE_DAY.test(before))) fit *= 0.5;
  else if (mention.type === 'month') fit *= 0.75;
  // "questioning by prosecutors in Parma on ___": the day of a passing event is a diary entry, not news.
  else if (mention.type === 'date' && /^\d{1,2} \p{L}+$|^\p{L}+\.? \d{1,2}$/u.test(mention.text)) fit *= 0.6;
  if (!isNameType(entity.type) && /\banother\s+$/i.test(before)) fit *= 0.5;
  // "(Figure 2)", "EMBARGOED until": the page's furniture, not the story's words.
  if (/\((?:see )?(?:figure|fig\.|chart|table|graph)\s*\d*\)|\bembargo/i.test(sentence)) fit *= 0.3;
  // A blank inside a quotation asks for the speaker's words, which the reader rarely recalls.
  if ((before.match(/["“”]/g) ?? []).length % 2 === 1) fit *= 0.7;
  // "agrotóxicos.Outro lado Segundo": a heading glued to the paragraph after it, not one sentence.
  if (/\p{Ll}{2}[.!?]\p{Lu}\p{Ll}/u.test(sentence)) fit *= 0.3;
  // An aside in brackets ("(Norma, 2010)", "(~10€/year)") is rarely the story.
  if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) fit *= 0.5;
  // A line without a full stop is a list item or a label, not a statement that stands alone.
  if (!/[.!?]["”’)]?$/.test(sentence.trim())) fit *= 0.7;
  // A bare small number with no noun after it ("should have been ___", "a back ___") is a score or a
  // formation: trivia, or general knowledge.
  if (mention.type === 'number' && Number(mention.text) <= 12 && !/^\s+\p{L}{3,}/u.test(after.replace(/^\s+(?:more|new|other|extra|straight|consecutive)\b/, ''))) fit *= 0.5;
  else if (mention.type === 'number' && /^\s+(?:with|and|or|in|at|on|to|for|of|by|from|but)\b/.test(after)) fit *= 0.6;
  return fit;
}

/** Whether only spaces, quotes or nothing stand before `index`, or a sentence mark. */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return !before || /[.!?:"“]$/.test(before);
}

/** The place the article names most often: the story's setting. */
function mainPlace(analysis: Analysis) {
  let best: Entity | undefined;
  for (const entity of analysis.entities.values()) if (entity.type === 'place' && (!best || entity.sentences.length > best.sentences.length)) best = entity;
  return best;
}
