/**
 * Plain text or markdown -> Article: title, dateline, body paragraphs and sentences, FAQ pairs. Structure
 * that is not prose (headings, tables, link lists, captions, credits) is left out of the body. Never throws.
 *
 * The text-only entry point: it imports no HTML code. parseArticle (article.ts) also reads HTML strings.
 */
import type {Article, Sentence} from '../types.js';
import {findFaqSection} from './faq.js';
import {detectLanguage} from './language.js';
import {splitSentences} from './sentences.js';
import {countWords, hasWordChar, inlineText, isBoilerplateLine, plainTextLines} from './text.js';

/** The article in plain or markdown text, such as the element reads from the DOM. */
export function parseArticleText(text: string): Article {
  try {
    return parseLines(plainTextLines(typeof text === 'string' ? text : String(text ?? '')));
  } catch {
    // A parsing bug must not take the page's widget down with it; an empty article yields no quiz.
    return {paragraphs: [], sentences: [], faq: []};
  }
}

/** An article from normalised lines (see plainTextLines; html-article.ts passes lines of HTML). */
export function parseLines(allLines: readonly string[]): Article {
  const frontMatter = readFrontMatter(allLines);
  const lines = frontMatter ? allLines.slice(frontMatter.length) : allLines;
  const faq = findFaqSection(lines);
  const bodyLines = faq ? [...lines.slice(0, faq.start), '', ...lines.slice(faq.end)] : lines;
  const headline = readTitle(bodyLines);
  const title = frontMatter?.title ?? headline;
  const paragraphs = readParagraphs(headline === undefined ? bodyLines : bodyLines.slice(1));
  // A byline or a standfirst may come first; a dateline opens the story's first paragraph.
  let dateline: {dateline: string; rest: string} | undefined;
  for (let i = 0; i < Math.min(paragraphs.length, 3) && !dateline; i++) {
    dateline = splitDateline(paragraphs[i] as string);
    if (dateline) paragraphs[i] = dateline.rest;
  }

  const article: Article = {paragraphs, sentences: sentencesOf(paragraphs), faq: faq?.pairs ?? [], language: detectLanguage(paragraphs.join('\n'))};
  if (title !== undefined) article.title = title;
  if (dateline) article.dateline = dateline.dateline;
  return article;
}

function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const text of splitSentences(paragraph)) sentences.push({text, paragraph: index});
  });
  return sentences;
}

/**
 * YAML (`---`) or TOML (`+++`) front matter at the top of a markdown file: its line count and its title.
 * Only a block of `key: value` lines counts, so an article that opens with a rule is left alone.
 */
function readFrontMatter(lines: readonly string[]): {length: number; title?: string} | undefined {
  const fence = lines[0];
  if (fence !== '---' && fence !== '+++') return undefined;
  const close = lines.indexOf(fence, 1);
  if (close < 2 || close > 100) return undefined;
  const block = lines.slice(1, close);
  if (!/^[\w-]+\s*[:=]/.test(block[0] as string)) return undefined;
  const titleLine = block.find((line) => /^title\s*[:=]/i.test(line));
  const title = titleLine ? inlineText(titleLine.replace(/^title\s*[:=]\s*/i, '').replace(/^(["'])(.*)\1$/, '$2')) : '';
  return title ? {length: close + 1, title} : {length: close + 1};
}

/** Section labels that open many articles but are not their title. */
const SECTION_LABEL = /^(?:(?:key )?takeaways|(?:table of )?contents|intro(?:duction)?|summary|overview|background|highlights|in this article|advertisement|breaking news|latest|updated?)\b/i;

/** The first line when it reads as a headline: short, not a sentence, not a list item or table. */
function readTitle(lines: readonly string[]): string | undefined {
  const first = lines[0];
  // A lone line is the whole text, not a headline over it.
  if (first === undefined || !lines.some((line, index) => index > 0 && line !== '')) return undefined;
  if (/^(?:#{3,}\s|[-*•+]\s|[>|]|\d{1,3}[.)]\s|!\[|(?:[-*_]\s*){3,}$)/.test(first)) return undefined;
  const title = inlineText(first.replace(/^#{1,2}\s+/, '').replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1'));
  if (!title || title.length > 200 || countWords(title, 26) > 25) return undefined;
  if (/[.,;:]$/.test(title) && !/\.\.\.$|…$/.test(title)) return undefined;
  if (SECTION_LABEL.test(title) || isBoilerplateLine(first)) return undefined;
  return title;
}

type BodyLine = {kind: 'break'} | {kind: 'prose'; text: string} | {kind: 'item'; text: string};
const BREAK: BodyLine = {kind: 'break'};

/** Body paragraphs: runs of prose lines joined, list items that read as prose on their own. */
function readParagraphs(lines: readonly string[]): string[] {
  // Text without any blank line has one paragraph per line; otherwise single newlines are soft wraps.
  const linePerParagraph = !lines.includes('');
  const paragraphs: string[] = [];
  let current = '';
  // A press release's "About the American Heart Association" section is boilerplate, not the story:
  // skipped up to the next heading.
  let boilerplate = false;
  for (const raw of lines) {
    // ("About AMC Entertainment Holdings, Inc." ends on an abbreviation, not a sentence.)
    if (
      /^\s*(?:#{1,6}\s+|\*\*)?(?:About (?:the |us\b|\p{Lu})|Media [Cc]ontacts?\b|Contacto de prensa|Sobre (?:a |o |el |la )?\p{Lu})/u.test(raw) &&
      !/[.!?]\W*$/.test(raw.replace(/\b(?:Inc|Ltd|Corp|Co|LLC|plc|S\.A|N\.V|AG|GmbH)\.\W*$/, '')) &&
      raw.trim().split(' ').length <= 10
    ) {
      boilerplate = true;
      if (current) addParagraph(paragraphs, current);
      current = '';
      continue;
    }
    if (boilerplate && /^#{1,6}\s/.test(raw)) boilerplate = false;
    if (boilerplate) continue;
    const line = classifyBodyLine(raw);
    if (line.kind === 'prose') {
      if (linePerParagraph) addParagraph(paragraphs, line.text);
      else current = current ? `${current} ${line.text}` : line.text;
      continue;
    }
    if (current) addParagraph(paragraphs, current);
    current = '';
    if (line.kind === 'item') addParagraph(paragraphs, line.text);
  }
  if (current) addParagraph(paragraphs, current);
  return paragraphs;
}

function addParagraph(paragraphs: string[], raw: string): void {
  const text = inlineText(raw);
  // Short lines without a sentence ending are labels ("Table of contents", "Advertisement", a kicker).
  if (!text || (countWords(text, 7) <= 6 && !/[.!?…"”’)]$/.test(text))) return;
  if (!hasWordChar(text)) return;
  paragraphs.push(text);
}

const BULLET = /^(?:[-*•+▪◦‣]|\d{1,3}[.)])\s+/;

/** What a normalised (trimmed) line is; the first character decides which patterns can apply. */
function classifyBodyLine(raw: string): BodyLine {
  let line = raw;
  if (!line) return BREAK;
  // Block quotes hold prose (quotations) as often as link boxes: read what is inside.
  if (line.startsWith('>')) {
    line = line.replace(/^(?:>\s?)+/, '').trim();
    if (!line) return BREAK;
  }
  const first = line[0] as string;
  if (first === '|') return BREAK;
  if (first === '#' && /^#{1,6}(?:\s|$)/.test(line)) return BREAK;
  if ('-*_='.includes(first) && /^(?:[-*_=]\s*){3,}$/.test(line)) return BREAK;
  if (isBoilerplateLine(line)) return BREAK;
  if ('-*•+▪◦‣0123456789'.includes(first) && BULLET.test(line)) {
    const item = line.replace(BULLET, '');
    if (isBoilerplateLine(item) || countWords(inlineText(item), 6) < 6) return BREAK;
    return {kind: 'item', text: item};
  }
  if (first === '*' || first === '_') {
    // A line wholly in bold or italics is a label, caption or credit unless it reads as a full sentence.
    if (/^(?:\*\*|__)[^*_].*(?:\*\*|__):?$/.test(line) && !/[.!?]["”’]?(?:\*\*|__)$/.test(line)) return BREAK;
    if (/^[*_][^*_\s].*[*_]$/.test(line) && !/^(\*\*|__)/.test(line)) return BREAK;
  }
  return {kind: 'prose', text: line};
}

/** Month names and abbreviations a dateline may carry ("Oct 20", "Jan. 5, 2026"). */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = `${MONTH}\\.? \\d{1,2}(?:, \\d{4})?`;
const AGENCY = '\\((?:[A-Z][A-Za-z.&/ ]{0,30})\\)';
const CAPS_PLACE = "[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]*){0,3}";
const PLACE = "[A-Z][\\p{L}.'’\\-]+(?: [A-Z][\\p{L}.'’\\-]+){0,3}";
const DASH = '\\s?[-–—]{1,2}\\s+';
const DATELINE_PATTERNS = [
  // "SEOUL, Oct 20 –", "WASHINGTON (Reuters) -", "LONDON, Jan. 5, 2026 —", "KYIV, Ukraine (AP) —"
  new RegExp(`^(${CAPS_PLACE}(?:, (?:${DATE}|${PLACE}))*(?: ${AGENCY})?)(?:${DASH})`, 'u'),
  // Mixed case needs a date or an agency to be told apart from a sentence: "Seoul, Oct 20 (Reuters) -"
  new RegExp(`^(${PLACE}(?:, ${PLACE})?(?:, ${DATE}(?: ${AGENCY})?| ${AGENCY}))(?:${DASH})`, 'u'),
  // "CHICAGO–(BUSINESS WIRE)–Press Ganey ...": a wire's dashes, unspaced, around its name.
  new RegExp(`^(${CAPS_PLACE}(?:, (?:${DATE}|${PLACE}))*\\s?[-–—]{1,2}\\s?${AGENCY})\\s?[-–—]{1,2}\\s?`, 'u'),
  // A wire's own stamp after the agency: "Jacksons Point, Ontario, Canada (Newsworthy.ai) Friday Apr 11, 2025
  // @ 8:00 AM America/Toronto —"
  new RegExp(`^(${PLACE}(?:, ${PLACE}){0,3} ${AGENCY} [^\\n—–]{0,60}?\\d{1,2}:\\d\\d\\s*(?:AM|PM|am|pm)[^\\n—–]{0,30}?)(?:${DASH})`, 'u'),
];
const KICKERS = /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITORIAL|NOTE|FACT CHECK|PHOTOS?|VIDEO)\b/;

/** The dateline at the start of a paragraph ("SEOUL, Oct 20 –"), and the paragraph without it. */
export function splitDateline(paragraph: string): {dateline: string; rest: string} | undefined {
  const head = paragraph.slice(0, 160);
  for (const pattern of DATELINE_PATTERNS) {
    const match = pattern.exec(head);
    if (!match) continue;
    const dateline = (match[1] as string).trim();
    const rest = paragraph.slice(match[0].length).trim();
    if (KICKERS.test(dateline) || !/^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) continue;
    return {dateline, rest};
  }
  return undefined;
}
