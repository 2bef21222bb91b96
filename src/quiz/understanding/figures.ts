/**
 * Figures and quoted terms by pattern: dates, money, ranges, percentages, years, plain numbers, counted
 * words, months, weekdays and relative dates ("last month"), and short phrases in quotation marks.
 */
import {MONTHS, STOP, WEEKDAYS} from './gazetteer.js';
import type {EntityType, Mention} from './mentions.js';

/** A product name a model number belongs to ("iPhone 15", "iOS 18", "Windows 11"), or its tier after it ("15 Pro"). */
export const PRODUCT_BEFORE = /(?:\b\p{Ll}+\p{Lu}\p{L}*|\b(?:Windows|Galaxy|Pixel|PlayStation|Xbox|Android|Series|Model|Version|Gen|Llama|GPT|Claude|Gemini))[ \-\u2010\u2011]$/u;
export const PRODUCT_AFTER = /^ (?:Pro|Max|Plus|Ultra|Mini|Air|SE|Lite)\b/;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const NUM = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const SCALE = '(?: ?(?:million|billion|trillion|bn|m)\\b)?';
// Alternatives in priority order; the group that matched names the type.
const NUMERIC_PARTS = [
  `(${MONTH}\\.? \\d{1,2}(?:[-–]\\d{1,2})?(?:, \\d{4})?\\b|\\d{1,2} ${MONTH}(?: \\d{4})?\\b|${MONTH} (?:19|20)\\d\\d\\b)`,
  `([$€£]${NUM}${SCALE})`,
  `(${NUM}%? ?[-–] ?${NUM}%|(?:19|20)\\d\\d ?[-–/] ?(?:19|20)?\\d\\d\\b)`,
  `(${NUM}(?:%| percent\\b))`,
  // "6GB", "382m tall" is a length only with its unit: measures glued to a unit are quantities too.
  `(${NUM} ?(?:GB|MB|TB|GHz|MHz|kg|km|mph|mm|cm|MW|GW|kW|kWh|mg|ml)\\b)`,
  `(\\b(?:1[89]|20)\\d\\d\\b(?![.,]\\d))`,
  `(${NUM}${SCALE})`,
  '(\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?: (?:million|billion|trillion))?\\b)',
  `(\\b(?:${MONTHS.join('|')})\\b)`,
  `(\\b(?:(?:last|next) (?:week|month|year)|${WEEKDAYS.join('|')})\\b)`,
];
const NUMERIC = new RegExp(NUMERIC_PARTS.join('|'), 'gi');
// The same groups with the digit patterns made impossible, for sentences without digits.
const NUMBER_WORDS = new RegExp(NUMERIC_PARTS.map((part, i) => (i < 7 ? '((?!x)x)' : part)).join('|'), 'gi');
const NUMERIC_TYPES: EntityType[] = ['date', 'money', 'range', 'percent', 'number', 'year', 'number', 'count', 'month', 'when'];

/** Short quoted phrases ("data dependent", "ICE Out"): terms the article coins or cites. */
function findQuotes(sentence: string): Mention[] {
  const found: Mention[] = [];
  if (!/[“"]/.test(sentence)) return found;
  for (const match of sentence.matchAll(/[“"]([^“”"]{3,40})[”"]/g)) {
    const text = match[1].replace(/[\s.,;:!?]+$/, '');
    const start = match.index! + 1;
    if (/^\p{L}/u.test(text) && text.split(' ').length <= 4) found.push({start, end: start + text.length, text, key: text, type: 'quote'});
  }
  return found;
}

function findNumbers(sentence: string): Mention[] {
  const found: Mention[] = [];
  // Most sentences hold no digit: the words-only pattern is much cheaper to run.
  const pattern = /\d/.test(sentence) ? NUMERIC : NUMBER_WORDS;
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(sentence));) {
    const start = match.index;
    const text = match[0];
    const end = start + text.length;
    const type = NUMERIC_TYPES[match.slice(1).findIndex((group) => group !== undefined)];
    const before = sentence.slice(Math.max(0, start - 30), start);
    // Model names and codes are not quantities: "AirTag 2", "401(k)", "10-year", "COVID-19".
    // Scores, times and codes ("2-1", "3:30", "10/4") are not quantities either.
    // A counted span in words ("a five-year contract") is a quantity all the same; "a 10-year plan" is a name.
    const span = type === 'count' && /^-(?:year|month|week|day|hour|minute|game|match|season|mile|kilometre|km)s?\b/i.test(sentence.slice(end));
    if (/[\p{L}\d.]$|\d[-–:/.,]$/u.test(before) || (!span && /^(?:[\p{L}(]|-\p{L}|[-–:/.,]\d)/u.test(sentence.slice(end)))) continue;
    if ((type === 'number' || type === 'year') && /\b\p{Lu}[\p{L}]*\s$/u.test(before) && !/(?:^|[.:!?]\s*)\p{Lu}\p{Ll}*\s$/u.test((start > 30 ? 'x' : '') + before)) {
      const previous = /(\p{L}+)\s$/u.exec(before)![1];
      if (!STOP.has(previous.toLowerCase()) && !MONTHS.includes(previous)) continue;
    }
    // "The Three Wise Men", "the Big Four": a capitalised number word inside a name is part of it, and
    // the name fills the blank by itself.
    if (type === 'count' && /^\p{Lu}/u.test(text) && (/^ \p{Lu}/u.test(sentence.slice(end)) || /\p{Lu}\p{L}* $/u.test(before)) && !/(?:^|[.:!?"“]\s*)$/.test(sentence.slice(0, start))) continue;
    // "The 3 Wise Men", "The 7 Sisters": a figure between a capital "The" and a capitalised word is a name's.
    if ((type === 'number' || type === 'count') && /(?:^|\s)The\s$/.test(before) && /^\s\p{Lu}\p{Ll}/u.test(sentence.slice(end))) continue;
    if ((type === 'month' && text === 'May') || ((type === 'month' || (type === 'when' && !/ /.test(text))) && !/^\p{Lu}/u.test(text))) continue;
    const key = type === 'count' || type === 'month' || type === 'when' ? text.toLowerCase() : text;
    found.push({start, end, text, key, type});
  }
  return found;
}

/** A result beside the word that makes it one: "beat Liverpool 3-2", "a 2-1 win", "ganó 2-0", "ruled 5-4". */
const RESULT_BEFORE =
  /(?<!\p{L})(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|drawn|defeated|defeating|thrashed|edged|hammered|trailed|led|leading|ruled|voted|vote|scoreline|score|final score|ganó|ganaron|gana|perdió|perdieron|empató|empataron|venció|venceu|ganhou|perdeu|empatou|goleó|goleou)(?!\p{L})[^.;:!?]{0,40}$/iu;
const RESULT_AFTER = /^\s(?:win|victory|defeat|loss|draw|home win|away win|thrashing|lead|scoreline|ruling|vote|decision|triunfo|victoria|vitória|derrota|empate|goleada)(?!\p{L})/iu;
const SCORE = /(?<![\d.,:/-])(\d{1,2})([-–])(\d{1,2})(?![\d.,:/%-]|\s?(?:%|percent|years?|months?|days?|hours?|minutes?)\b|\p{L})/gu;

function findScores(sentence: string): Mention[] {
  const found: Mention[] = [];
  if (!/\d[-–]\d/.test(sentence)) return found;
  for (const match of sentence.matchAll(SCORE)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (RESULT_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || RESULT_AFTER.test(sentence.slice(end))) found.push({start, end, text: match[0], key: match[0], type: 'score'});
  }
  return found;
}

const ORDINAL = '(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:[2-9]|1[0-9])(?:nd|rd|th))';
// Only where the rank is the news: a repeat ("for the fourth time", "a third straight title"), a ranking
// ("the second-largest", "finished third", "in fifth place"). "The second half" or "a third of" are not.
const ORDINAL_FACTS = [
  new RegExp(`\\b(?:the|a|its|his|her|their) ${ORDINAL}(?= (?:time|consecutive|straight|successive|year in a row|term)\\b)`, 'gi'),
  new RegExp(`\\b${ORDINAL}(?=[- ](?:largest|biggest|highest|lowest|most|best|worst|richest|busiest|oldest|fastest|smallest)\\b)`, 'gi'),
  new RegExp(`\\b(?:finished|finishing|came|coming|placed|ranked|ranks|is ranked|was ranked) ${ORDINAL}\\b(?!-\\p{L})`, 'giu'),
  new RegExp(`\\b(?:in|into|to) ${ORDINAL}(?= place\\b)`, 'gi'),
];

/** Any ordinal at all: most sentences hold none, and then the four patterns below are not run. */
const ORDINAL_WORD = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:nd|rd|th))\b/i;

function findOrdinals(sentence: string): Mention[] {
  const found: Mention[] = [];
  if (!ORDINAL_WORD.test(sentence)) return found;
  for (const pattern of ORDINAL_FACTS)
    for (const match of sentence.matchAll(pattern)) {
      const text = match[1];
      const start = match.index! + match[0].length - text.length;
      if (!found.some((m) => m.start === start)) found.push({start, end: start + text.length, text, key: text.toLowerCase(), type: 'ordinal'});
    }
  return found;
}

/** Every figure and quoted term in a sentence. */
export function findFigures(sentence: string): Mention[] {
  const scores = findScores(sentence);
  const numbers = findNumbers(sentence).filter((number) => !scores.some((score) => number.start < score.end && score.start < number.end));
  return [...numbers, ...scores, ...findOrdinals(sentence), ...findQuotes(sentence)].sort((a, b) => a.start - b.start);
}

/** After a count: its noun, then the things counted, named ("sons, Avi and Joel") or listed after a colon. */
// ("___ companies, Bharti Televentures (Airtel), Essar, the Sterling group and the Tata group": an item may
// carry a bracket or a "the".)
const ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|group|\([^()]{1,30}\)))*`;
const ENUMERATED = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+(?:,\s+${ITEM}(?:,\s+${ITEM})*,?\s+and\s+(?:the\s+)?\p{Lu}|:\s+\S)`, 'u');

/**
 * Whether a small count is spelled out by the list after it: "Mr Glazer's ___ sons, Avi and Joel", "___
 * main styles: Animation, Sketch and Illustration". Blanked, or swapped in an FAQ answer, the list gives
 * the number away (or contradicts the swap).
 */
export function countsItsList(text: string, mention: Mention): boolean {
  if ((mention.type !== 'count' && mention.type !== 'number') || mention.text.length > 9 || !/^(?:\d{1,2}|[a-z]+)$/i.test(mention.text)) return false;
  // (Called for every small number: a cheap look for a list's comma or colon first.)
  const after = text.slice(mention.end, mention.end + 120);
  return (after.includes(':') || (after.includes(', ') && after.includes(' and '))) && ENUMERATED.test(after);
}
