/**
 * When a figure's neighbours give it away: a bound, a convention, a stock phrase, a span the stem bounds, a
 * sentence before it leans on, or arithmetic on the stem's other figures. Pure string tests on one sentence;
 * fact-questions.ts asks them before it builds a blank.
 */
import {latestYear as latestYearOf, valueOf} from './figure-stand-ins.js';
import {isNameType, type Analysis, type Mention} from '../understanding/mentions.js';

/** Words before a figure that make it a bound rather than a value, in the languages the engine reads. */
const BOUND_BEFORE =
  /\b(?:more than|over|at least|less than|under|up to|fewer than|below|above|in excess of|nearly|almost|upwards of|as many as|as much as|by the end of|before|until|passing|passed|surpassed|exceeded|topped|superó|supera|ultrapassou|ultrapassa|década de|decade of|page|página|pág\.|p\.|más de|menos de|hasta|mais de|até|plus de|moins de|jusqu'à|mehr als|weniger als|über|unter|bis|oltre|fino a|meno di|più di|menos que|mais que|más que|moins que|plus que)\s+(?:the\s+|a\s+|\$|€|£)?$/i;

/** Words that make the stem's other figures an equation with the blank ("a rise of", "in total", "times"). */
const RELATION =
  /\b(?:points?|pontos?|puntos?|percentage points?|increase of|incremento de|aumento de|rise of|drop of|fall of|queda de|caída de|in total|a total of|combined|times|veces|vezes|fois|divided|dividid[oa]s?|multiplied|multiplicad[oa]s?|plus|minus|elevação|ou seja|es decir|c'est-à-dire|das heißt|that is|in other words)\b/i;

/** Whether the stem's other figures give the blank by arithmetic: an equation, or a change of some points. */
function computable(sentence: string, mention: Mention, mentions: Mention[]): boolean {
  // "creditors holding ___ - or 40% of the total debt": a share of a total the story gives is arithmetic.
  if (/^\s*[-–—,(]?\s*or\s+(?:about\s+|around\s+|nearly\s+)?\d+(?:\.\d+)?%\s+of\b/i.test(sentence.slice(mention.end))) return true;
  // "up ___ pence, or 7.6%, at 797p": a per cent and the level give the move.
  if (/^\s*(?:p|pence|cents?|points?)?\s*,\s+or\s+[\d.]+%\s*,?\s+(?:at|to)\s+[$€£]?[\d.,]+/i.test(sentence.slice(mention.end))) return true;
  // "up 8 pence, or 1.3%, at ___ pence": a move and its per cent give the price.
  if (/\b(?:at|to)\s+$/i.test(sentence.slice(0, mention.start)) && /\b[\d.]+\s*(?:p|pence|cents?|points)\s*,\s+or\s+[\d.]+%/i.test(sentence.slice(0, mention.start))) return true;
  // "issued ___ units at a price of C$6.50 per Unit, for gross proceeds of C$439,000": a count a price and a total give.
  if (mention.type === 'number' && /\bper\s+\p{L}+/iu.test(sentence) && /\b(?:proceeds|total|worth|raising|raised|value)\b[^.]{0,30}?[$€£]\s?[\d.,]+/i.test(sentence)) return true;
  // "a 52% rise in profits for the year to ___ from the £130m seen a year earlier": a change and its base give the sum.
  if (
    (mention.type === 'money' || mention.type === 'number') &&
    /\b\d+(?:\.\d+)?%/.test(sentence) &&
    /^[^.]{0,40}?\bfrom\s+(?:the\s+)?[$€£]?\d/i.test(sentence.slice(mention.end)) &&
    /\b(?:rise|rose|fall|fell|increase|increased|decrease|decreased|drop|dropped|jump|jumped|up|down|growth|grew|climb|climbed|slump|slumped)\b/i.test(sentence)
  )
    return true;
  // "sank ___ - or $1.83 - to close at $10.48": a move in money and the level give the per cent.
  if (mention.type === 'percent' && /^\s*[-–—,(]?\s*or\s+[$€£]?[\d.]+\s*(?:p|pence|cents?)?\b[^.]{0,40}?\b(?:at|to)\s+[$€£]?[\d.,]+/i.test(sentence.slice(mention.end))) return true;
  // "closed down 0.89 points, or ___, at 10,385.48": a move in points and the level give the per cent.
  if (mention.type === 'percent' && /\b[\d.,]+\s+(?:points?|pts|pence|p|cents?)\s*,?\s+or\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "shares closed up 8 pence at 605 pence, a rise of ___": a move and a price give the change.
  if (mention.type === 'percent' && /\b(?:up|down|rose|fell|gained|lost|added|shed)\s+[\d.]+\s*(?:p|pence|cents?|points|pts)\b[^.]{0,30}?\b(?:at|to)\s+[\d.,]+/i.test(sentence)) return true;
  // "moved up ___ places from number eight to number one": the move is the difference of the two.
  if (/^\s+(?:places?|spots?|positions?|rungs?|seats?|points?)\b/i.test(sentence.slice(mention.end)) && /\bfrom\s+(?:number\s+|no\.?\s*)?[\w.,]+\s+to\s+(?:number\s+|no\.?\s*)?[\w.,]+/i.test(sentence)) return true;
  // "830bn rupees ($19bn)": a sum beside its conversion in brackets.
  // ("3 trillion yen ($29bn)", "70 euros (£50)": a currency word may sit between.)
  if (
    // ("___ euros (US$13 million)", "(about US$10.6 million)": a country's letters and "about" may lead.)
    /^\s*(?:(?:yen|euros?|pounds?|dollars?|rupees?|yuan|won|francs?|kronor|krona|kroner|pesos?|reais|rand|roubles?|rubles?|lira)\s*)?\(\s*(?:(?:about|around|some|roughly|approximately|nearly|almost)\s+)?(?:US|A|C|NZ|HK|S|R)?[$€£¥]?\d/i.test(
      sentence.slice(mention.end)
    ) ||
    /\d[^()]{0,12}\(\s*$/.test(sentence.slice(0, mention.start))
  )
    return true;
  const others = mentions.filter((m) => m !== mention && !isNameType(m.type) && m.type !== 'when' && m.type !== 'month');
  if (!others.length) return false;
  if (/[=×÷*]|\d\s*[x+\/]\s*\d/.test(sentence)) return true;
  if (RELATION.test(sentence) && others.some((m) => m.type === mention.type)) return true;
  // "187,000 jobs, 93,000 in roads and 94,000 in rail": the key is the sum or the difference of two others.
  const value = valueOf(mention.text);
  const values = others.filter((m) => m.type === mention.type).flatMap((m) => valueOf(m.text) ?? []);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
  if (value === undefined) return false;
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (near(values[i] + values[j], value) || near(Math.abs(values[i] - values[j]), value)) return true;
  // "___ in November, down from $19.7bn the month before": a figure within a tenth of another in the stem is
  // that one a little changed, and every stand-in is further off.
  if (values.some((other) => Math.abs(other - value) < 0.1 * Math.max(Math.abs(other), Math.abs(value)))) return true;
  // "___ are men compared to 41% of women": a share and its complement make a whole.
  if (mention.type === 'percent' && values.some((other) => near(other + value, 100))) return true;
  // "sales rose ___ to $11.1bn from $10.9bn": a change in per cent that the two sums give, to a rounding.
  if (mention.type === 'percent' && /\bfrom\b/i.test(sentence)) {
    const sums = others.filter((m) => m.type === 'money' || m.type === 'number').flatMap((m) => valueOf(m.text) ?? []);
    const changeOf = (to: number, from: number) => (100 * Math.abs(to - from)) / from;
    for (const to of sums) for (const from of sums) if (from > 0 && to !== from && Math.abs(changeOf(to, from) - value) <= Math.max(0.6, 0.1 * value)) return true;
  }
  return false;
}

/** A capitalised word after a number that makes it part of a title: not a month, a day or a people ("Britons"). */
const TITLE_NUMBER =
  /^ (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|BST|AM|PM)\b)\p{Lu}\p{Ll}+(?<!(?:ans|ons|ese|ish|ers|ists|ats|ites|ards|ies|men|ees|ots|ics|ids))\b(?![-'’])/u;

/** A maker's name, its model, then the things counted: "70 Boeing 737-800 planes". */
const MADE_THINGS =
  /^ (?:\p{Lu}[\p{L}-]*\s+){1,2}(?:[\p{Lu}\d][\p{L}\d-]*\s+)?(?:planes|aircraft|jets|cars|vehicles|trucks|lorries|buses|trains|ships|phones|handsets|computers|laptops|tablets|consoles|robots|satellites|tanks|engines|turbines|stores|shops)\b/u;

/** Whether a figure's neighbours give it away: a bound, a singular, letters glued on, or arithmetic. */
export function figureGivenAway(analysis: Analysis, sentence: string, mention: Mention, mentions: Mention[]): boolean {
  return (
    boundOrConvention(analysis, sentence, mention, mentions) ||
    stockPhrase(sentence, mention) ||
    boundedOrLeaning(sentence, mention) ||
    givenElsewhere(sentence, mention, mentions) ||
    givenByRatio(sentence, mention, mentions) ||
    yearsAgesAndSigns(sentence, mention)
  );
}

/** A figure the stem's other figures give by a ratio: half or double, a multiple ("5X"), a rank's whole. */
function givenByRatio(sentence: string, mention: Mention, mentions: Mention[]): boolean {
  // "The ___ limit on mortgage debt ($375,000 for single filers)": a figure of the key's unit in the stem that
  // is exactly half or double it points at the key (m36).
  const key = valueOf(mention.text);
  const unit = (text: string) => text.replace(/[\d.,]+/g, '#');
  if (key && (mention.type === 'money' || mention.type === 'percent' || mention.type === 'number'))
    for (const other of mentions) {
      const value = other !== mention && other.type === mention.type && unit(other.text) === unit(mention.text) ? valueOf(other.text) : undefined;
      if (value && (Math.abs(value * 2 - key) < key * 0.005 || Math.abs(value - key * 2) < key * 0.01)) return true;
    }
  // "reduced by 5X ..., from $0.0001 to ___", "... a 15x speedup": a multiple and its base in the stem give the
  // key by arithmetic (m40).
  if (
    /(?:\b\d+(?:\.\d+)?\s?[xX×](?![\w])|\b\d+-fold\b|\b(?:twice|doubled|tripled|trebled|halved|quadrupled|tenfold)\b)/.test(sentence) &&
    mentions.some((other) => other !== mention && other.type === mention.type && valueOf(other.text) !== undefined)
  )
    return true;
  // "India ranks 101st out of ___ countries": the rank bounds the whole.
  if (/\b\d+(?:st|nd|rd|th)\s+(?:out\s+)?of\s+$/i.test(sentence.slice(0, mention.start))) return true;
  return false;
}

/** A year, a span of years or an age read as a plain number, and a figure whose sign the stem keeps. */
function yearsAgesAndSigns(sentence: string, mention: Mention): boolean {
  // "made British citizens ..., including Handel in ___", "all acts passed since ___": a year before 1800 read as
  // a plain number, whose stand-ins ("2127") run into the future (m39). Years are not asked.
  if (mention.type === 'number' && /^1\d{3}$/.test(mention.text) && /\b(?:in|since|from|until|till|by|of|before|after|around|circa|c\.)\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "___ years previously", "launched ___ years ago": a span the story's dates (or the headline's year) give.
  if (/^\s+years?\s+(?:ago|previously|earlier|before|later|on)\b/i.test(sentence.slice(mention.end))) return true;
  // "until the child turns ___", "over the age of ___": 18 and 21 are the ages of majority anyone guesses.
  if (/^(?:18|21|eighteen|twenty-one)$/i.test(mention.text) && /\b(?:turns?|turned|age of|aged|over|under|reach(?:es)?)\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "improved from −0.75 to −___": a negative figure whose sign the blank would leave in the stem (m40).
  if (/[−–-]$/.test(sentence.slice(0, mention.start))) return true;
  return false;
}

/** A bound, a year the story or another year places, an address, the end of a reporting period, a singular. */
function boundOrConvention(analysis: Analysis, sentence: string, mention: Mention, mentions: Mention[]): boolean {
  // "more than ___ cities", "por menos de ___ €": a bound is true of every figure on its far side, so
  // stand-ins could be true too. "by the end of ___": only a future year fits a plan.
  if (!isNameType(mention.type) && (BOUND_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start)) || /^\s*\+/.test(sentence.slice(mention.end)))) return true;
  if (mention.type === 'year' && /\bby\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "a temporary softness in ___, ... a rebound in 2024": a later year in the stem orders the choices, and
  // only the years before it fit.
  // (An earlier one orders them too: "in ___ - up from 6% in 1994".)
  if (mention.type === 'year' && mentions.some((m) => m !== mention && m.type === 'year')) return true;
  // "about 8,500 thousand vehicles": a figure the source garbled with a second scale word.
  if (/,\d{3}$/.test(mention.text) && /^\s+(?:thousand|hundred)\b/i.test(sentence.slice(mention.end))) return true;
  // "___ Holly Avenue": a street number is an address.
  if ((mention.type === 'number' || mention.type === 'year') && /^ (?:\p{Lu}[\p{L}'’-]* ){1,3}(?:Avenue|Street|Road|Lane|Drive|Boulevard|Way|Place|Court|Square|Ave|St|Rd|Blvd)\b/u.test(sentence.slice(mention.end)))
    return true;
  // "the quarter to ___", "full year results to ___", "ended 31 December": the end of a reporting period is
  // a calendar convention (a quarter ends on the 31st, a fiscal year in March), not news.
  if ((mention.type === 'date' || mention.type === 'month') && /\b(?:ended|ending|ends|end of|to|until|through)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 12), mention.start))) return true;
  // The story's own year (the latest it names) is the guess anyone makes, and its stand-ins could only be
  // earlier years, so the key would always be the latest choice.
  if (mention.type === 'year' && Number(mention.text) >= latestYearOf(analysis)) return true;
  // "between 1988 and ___", "entre 1988 a ___": the end of a span is the latest year, a guess, and trivia.
  if (mention.type === 'year' && /\b(?:between|from|entre|de|desde|von|du)\s+\d{4}\s+(?:and|to|a|e|y|et|bis|au|-|–)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 30), mention.start))) return true;
  // "R$ ___ bilhão", "___ year": a key of one shows by the singular after it; "70o", "2x": a figure glued
  // to letters is no whole figure.
  if (!isNameType(mention.type) && (/^(?:1|one|uno|una|um|uma|un|une|ein|eine)$/i.test(mention.text) || /^\p{L}/u.test(sentence.slice(mention.end)))) return true;
  // "having ___ pilots" after "single pilot operations", "a conversation in ___ languages": two is the
  // pair anyone guesses (the reviews marked five of seven "two" keys give-aways); "___ thirds" is a fraction.
  if ((mention.type === 'count' || mention.type === 'number') && (/^(?:two|2)$/i.test(mention.text) || /^ (?:thirds|quarters|halves|fifths|tenths)\b/.test(sentence.slice(mention.end)))) return true;
  return false;
}

/**
 * Whether the blank completes a stock phrase, a label or a count anyone says by ear: "one in ten", "the top
 * ten", "three out of four", "Figure 3", "all 50 states". A reader guesses it without the story.
 */
function stockPhrase(sentence: string, mention: Mention): boolean {
  // "one in ___ users", "the last ___ months of 2004": a stock phrase ("one in ten", a quarter's three
  // months) is guessed without the story.
  return (
    /\bone in\s+$/i.test(sentence.slice(0, mention.start)) ||
    (/^(?:three|3|six|6|twelve|12)$/i.test(mention.text) && /\b(?:last|first|past|next|final)\s+$/i.test(sentence.slice(0, mention.start)) && /^\s+months\b/.test(sentence.slice(mention.end))) ||
    // ("in the final ___ metres" of a race.)
    (/^(?:50|100|200)$/.test(mention.text) && /\b(?:final|last|closing)\s+$/i.test(sentence.slice(0, mention.start)) && /^\s*(?:m|metres|meters|yards)\b/.test(sentence.slice(mention.end))) ||
    // "Eight out of ___ voters", "the top ___", "a ___ hour rental", "7p on ___ cigarettes": a poll's ten, a
    // chart's top ten, a day's hours and a packet's cigarettes are what anyone guesses.
    (/^(?:10|ten|100)$/i.test(mention.text) && /\b(?:out of|in every)\s+$/i.test(sentence.slice(0, mention.start))) ||
    // "Rounding out the top ___", "the top ___ ranking pages", "Nine of the ___ biggest-selling games": a
    // chart's size is a stock number, and a place in it holds in any larger chart too (m31's WRONG).
    /\btop\s+$/i.test(sentence.slice(0, mention.start)) ||
    (/\b(?:of|in) the\s+$/i.test(sentence.slice(0, mention.start)) && /^\s+(?:biggest|largest|best|most|highest|top)\b/i.test(sentence.slice(mention.end))) ||
    // "expected to sell five million by ___": a target date's stand-ins before the story's time are past.
    ((mention.type === 'date' || mention.type === 'year') && /\bby\s+$/i.test(sentence.slice(0, mention.start)) && /\b(?:expect\w*|will|forecast\w*|target\w*|aim\w*|plan\w*|predict\w*)\b/i.test(sentence)) ||
    // "Ocean's ___ was directed by ...": a number after a possessive name is a title's.
    /\p{Lu}[\p{L}-]*['’]s\s+$/u.test(sentence.slice(0, mention.start)) ||
    // "Nearly three out of ___ girls": a fraction said in words is guessed by ear ("three out of four").
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:out of|in)\s+$/i.test(sentence.slice(0, mention.start)) ||
    // "Figure ___ depicts ...", "Table ___": the number of a figure is the page's, not the story's.
    // ("Measure ___", "Unit ___", "Route ___": a label's number names it; "___ degrees" turns a full circle.)
    /\b(?:Figure|Fig\.|Table|Chart|Exhibit|Appendix|Section|Chapter|Step|Slide|Page|Measure|Proposition|Prop|Unit|Suite|Room|Route|Highway|Interstate|Flight|Gate|Platform|Amendment|Article|Clause|Level|Phase|Stage|Season|Episode|Volume|Series)\s+$/.test(
      sentence.slice(0, mention.start)
    ) ||
    (/^(?:360|180)$/.test(mention.text) && /^[\s-]+degrees?\b/i.test(sentence.slice(mention.end))) ||
    // "in the 12 months through June": a year's accounts.
    (/^(?:12|twelve)$/i.test(mention.text) && /^\s+months\s+(?:to|through|ending|ended|until)\b/i.test(sentence.slice(mention.end))) ||
    // "in the next two to ___ months": "two to three" is said by ear.
    ((mention.type === 'count' || mention.type === 'number') &&
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+to\s+$/i.test(sentence.slice(0, mention.start)) &&
      !/\bfrom\s+\S+\s+to\s+$/i.test(sentence.slice(0, mention.start))) ||
    // "2.000 tokens", "50.000 euros": a figure grouped with points is read in two ways, and its stand-ins go wrong.
    /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(mention.text) ||
    // "On ___, Military Metals announced ...": the day a release went out is its dateline, not its news.
    ((mention.type === 'date' || mention.type === 'when') && /^On\s+$/.test(sentence.slice(0, mention.start)) && /\b(?:announced|said|reported|released|unveiled|launched)\b/i.test(sentence)) ||
    // "a statutory hold period of ___ months": the boilerplate of a securities notice.
    /\bhold period of\s+$/i.test(sentence.slice(0, mention.start)) ||
    // "in all ___ states": the 50 states of the US.
    (/^(?:50|fifty)$/i.test(mention.text) && /^\s+(?:US\s+|U\.S\.\s+)?states\b/i.test(sentence.slice(mention.end))) ||
    // "There are ___ main takeaways": how many points an article makes is its layout; ask the points.
    /^\s+(?:main|key|major|big|biggest|important|core|essential|simple|top)\s+(?:takeaways|reasons|ways|things|points|steps|tips|lessons|trends|factors|pillars|questions|benefits|features|areas|changes|findings|principles|strategies|rules|types|categories)\b/i.test(
      sentence.slice(mention.end)
    ) ||
    (/^(?:24|twenty-four)$/i.test(mention.text) && /^[\s-]+hours?\b/i.test(sentence.slice(mention.end))) ||
    (/^(?:20|twenty)$/i.test(mention.text) && /^\s+cigarettes\b/i.test(sentence.slice(mention.end))) ||
    // "the world's ___ largest companies" (Fortune 500, FTSE 100), "the bottom ___ of households" (50%).
    (/^(?:100|500)$/.test(mention.text) && /^\s+(?:largest|biggest)\b/i.test(sentence.slice(mention.end))) ||
    (/^(?:1|10|20|50)%$/.test(mention.text) && /\b(?:top|bottom|richest|poorest|wealthiest)\s+$/i.test(sentence.slice(0, mention.start))) ||
    // "Since the ___ attacks": the date of 9/11 is known to all.
    (mention.type === 'date' && /^(?:11 September(?: 2001)?|September 11(?:, 2001)?)$/.test(mention.text))
  );
}

/** Whether a span, a part or a word in the stem bounds the key, or the stem leans on a sentence before it. */
function boundedOrLeaning(sentence: string, mention: Mention): boolean {
  // "___ months later US Customs raided ...": a time after or before what the stem does not say.
  if (/^\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:later|earlier|before|after|on)\b(?!\s+(?:the|his|her|their|its|a|an)\b)/i.test(sentence.slice(mention.end))) return true;
  // "between three and ___ requests", "a 2% to ___ rise": the far end of a span the stem opens is bounded by
  // it on one side, so the key is the nearest choice.
  if (/\b(?:between\s+(?:[\d.,]+%?|\p{L}+)\s*(?:\p{L}+\s+)?and|an?\s+[\d.,]+%?\s+to)\s+$/iu.test(sentence.slice(0, mention.start))) return true;
  // "hit every ___ to five days": the start of a span the stem ends bounds the key from above.
  if (
    (mention.type === 'count' || mention.type === 'number') &&
    /^\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/i.test(sentence.slice(mention.end)) &&
    !/\bfrom\s+$/i.test(sentence.slice(0, mention.start))
  )
    return true;
  // "for ___ to 17-year-olds": the start of an age span the stem ends.
  if (/^\s+to\s+\d+-year-olds\b/i.test(sentence.slice(mention.end))) return true;
  // "Inside the last ___ minutes, England poured forward": a match's closing minutes are play-by-play.
  if (/\b(?:last|final|closing|first|opening)\s+$/i.test(sentence.slice(0, mention.start)) && /^\s+(?:minutes|seconds|mins)\b/i.test(sentence.slice(mention.end))) return true;
  // "a loss in five of the last ___ years": the whole is bounded by the part the stem gives.
  if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the|their|its|his|her)\s+(?:last|past|first|next|previous)\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "all ___ modalities (text, audio, vision)": a count the bracket after it spells out.
  // ("Only ___ states—Alaska, Delaware, and West Virginia—": dashes as well as brackets.)
  if ((mention.type === 'count' || mention.type === 'number') && /^\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*(?:\([^()]*,[^()]*\)|[—–]\s*[^—–]*,[^—–]*[—–]|\s[-—–]\s+[^—–.]*,[^—–.]*\band\b)/u.test(sentence.slice(mention.end)))
    return true;
  // "spread across 42 to ___ states": the far end of a span the stem opens.
  if (/\b(?:across|spanning|aged|ages|from)\s+[\d.,]+\s+to\s+$/i.test(sentence.slice(0, mention.start)) && /^\s+(?:states|countries|nations|people|years|members|teams|sites)\b/i.test(sentence.slice(mention.end)))
    return true;
  // "will be ___ times faster.": faster than what, the sentence before says.
  if (
    /^\s+times\s+(?:faster|slower|bigger|larger|smaller|higher|lower|greater|more|less|cheaper|better|as)\b/i.test(sentence.slice(mention.end)) &&
    !/\bthan\b/i.test(sentence.slice(mention.end)) &&
    !/^\s+times\s+as\b[^.]*\bas\b/i.test(sentence.slice(mention.end))
  )
    return true;
  // "At ___, inflation remains within the Bank's 2-3% target range": the range the stem names bounds the key.
  if (/\b(?:within|inside|in line with)\b[^.;]{0,40}\d+(?:\.\d+)?%?\s*(?:-|–|to)\s*\d+(?:\.\d+)?%/i.test(sentence.slice(mention.end))) return true;
  // "The Dublin dates on June 24 and ___": a day of a list of dates, which the calendar orders.
  if (mention.type === 'number' && /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|to|or|-|–)\s*$/.test(sentence.slice(0, mention.start)))
    return true;
  // "More than two-thirds of those questioned, ___, said": a share the stem puts in words bounds the key.
  if (mention.type === 'percent' && /\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|a tenth|one in \w+)\b[^.]{0,40}$/i.test(sentence.slice(0, mention.start))) return true;
  // "broadband users per ___ people": a rate's base (100, 1,000) is a convention, not news.
  if (/^(?:10|100|1,000|10,000|100,000|1,000,000|a hundred|a thousand)$/i.test(mention.text) && /\bper\s+$/i.test(sentence.slice(0, mention.start))) return true;
  // "Only ___ of them say ...": whom "them" means is in the sentence before.
  if (!isNameType(mention.type) && /^\s+of\s+(?:them|those)\b(?!\s+\p{Ll}+ed\b)/u.test(sentence.slice(mention.end))) return true;
  // "IBM has received ___ patents in that period": a time the stem points to without saying which.
  // ("compared that new cost with the ___ needed", "With that record, ...": a figure of the sentence before.)
  if (
    !isNameType(mention.type) &&
    /\b(?:(?:in|over|during|for|since)\s+(?:that|this|the same)\s+(?:period|time|span|year|month|quarter|week|day|decade)|(?:that|this)\s+(?:new\s+)?(?:cost|figure|sum|amount|number|level|record|total|price))\b/i.test(
      sentence
    )
  )
    return true;
  return false;
}

/** Whether the stem gives the key another way: a title, another unit, another month, or arithmetic. */
function givenElsewhere(sentence: string, mention: Mention, mentions: Mention[]): boolean {
  // "1956-87": a span of years is background, like the years themselves, and its stand-ins run backwards or
  // into the future.
  if (mention.type === 'range' && /^(?:1[5-9]|20)\d\d\s*[-–\/]/.test(mention.text)) return true;
  // "Eternal Sunshine and ___ Grams", "___ First Dates": a number before a capitalised word that names no
  // people ("300 Britons", "40 Democrats") is part of a title.
  // ("70 Boeing 737-800 planes", "500 Nissan cars": a maker's name before the things counted is a count.)
  if (mention.type === 'number' && TITLE_NUMBER.test(sentence.slice(mention.end)) && !MADE_THINGS.test(sentence.slice(mention.end))) return true;
  // "The IMF has ___ tonnes of gold, or about 113.5m ounces": the same amount in other units gives it (and
  // the other way round: "3,217 tonnes of gold, or about ___ ounces").
  // (A share after "5,000 jobs, or ___ of staff" is no other unit: its whole is not given.)
  if (
    !isNameType(mention.type) &&
    mention.type !== 'percent' &&
    /\d[\d.,]*\s*(?:m|bn|million|billion|thousand)?\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2},?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/u.test(sentence.slice(0, mention.start))
  )
    return true;
  if (
    !isNameType(mention.type) &&
    /^(?:\s+[\p{L}-]+){0,3},?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:m|bn|million|billion|thousand)?\s+\p{L}/u.test(sentence.slice(mention.end)) &&
    !/^\s*,?\s+or\s+[\d.]+%/.test(sentence.slice(mention.end))
  )
    return true;
  // "in ___ ... in the first month of the year": the stem names the month another way.
  if (mention.type === 'month' && /\b(?:first|last|final) month of the year\b|\bmonth before\b|\bprevious month\b/i.test(sentence)) return true;
  // "20€ × 5 años = ___€", "from ___ to 29%, a rise of four points": the stem's other figures give the
  // answer by arithmetic.
  return !isNameType(mention.type) && computable(sentence, mention, mentions);
}
