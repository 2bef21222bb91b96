/**
 * Finds an article's FAQ section and reads its question-and-answer pairs. Works on normalised lines (see
 * text.ts); every pattern is anchored and bounded, so a huge input stays linear.
 */
import type {FaqPair} from '../types.js';
import {countWords, hasWordChar, inlineText, isBoilerplateLine} from './text.js';

/** The FAQ found in a list of lines: its pairs and the lines it spans, [start, end). */
export interface FaqSection {
  start: number;
  end: number;
  pairs: FaqPair[];
}

/** The first FAQ heading followed by at least one question, read up to the end of its section. */
export function findFaqSection(lines: readonly string[]): FaqSection | null {
  let i = 0;
  let level: number | null = null;
  while (i < lines.length) {
    level ??= faqHeadingLevel(lines[i] as string);
    if (level === null) {
      i++;
      continue;
    }
    const {section, nextHeadingLevel} = readSection(lines, i, level);
    if (section.pairs.length > 0) return withFollowingSections(lines, section, nextHeadingLevel);
    // No line the section read was an FAQ heading, so the search resumes where it stopped.
    i = Math.max(section.end, i + 1);
    level = section.end === i ? nextHeadingLevel : null;
  }
  return null;
}

/** An FAQ split by further FAQ headings ("## FAQ: tickets", "## FAQ: travel") read as one section. */
function withFollowingSections(lines: readonly string[], first: FaqSection, nextLevel: number | null): FaqSection {
  let section = first;
  let level = nextLevel;
  while (level !== null) {
    const next = readSection(lines, section.end, level);
    if (next.section.pairs.length === 0) break;
    section = {start: section.start, end: next.section.end, pairs: [...section.pairs, ...next.section.pairs]};
    level = next.nextHeadingLevel;
  }
  return section;
}

/**
 * FAQ section names in English and the languages a news site is most likely to use: Spanish, French,
 * German, Italian, Portuguese, Dutch, and the widget's other UI languages, Korean and Arabic. Elsewhere an
 * "FAQ" heading and question marks (`?`, `？`, `؟`) still work.
 */
const FAQ_NAMES =
  /frequently\s+asked\s+questions|people\s+also\s+ask|faq'?s?|f\.a\.q\.?s?|q\s*&\s*a|q\s+and\s+a|questions\s+(?:and|&)\s+answers|common\s+questions|your\s+questions,?\s+answered|preguntas\s+(?:frecuentes|y\s+respuestas)|foire\s+aux\s+questions|questions\s+fréquentes|questions[-\s]réponses|häufig\s+gestellte\s+fragen|häufige\s+fragen|fragen\s+und\s+antworten|domande\s+(?:frequenti|e\s+risposte)|perguntas\s+(?:frequentes|e\s+respostas)|veel\s*gestelde\s+vragen|자주\s*묻는\s*질문|الأسئلة\s+الشائعة/
    .source;
const FAQ_NAME = new RegExp(`^(?:the\\s+)?(?:${FAQ_NAMES})(?![\\p{L}\\p{N}])`, 'iu');
const FAQ_NAME_AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FAQ_NAMES})$`, 'iu');
/** A quick filter: every FAQ heading contains one of these. */
const FAQ_HINT = /faq|f\.a\.q|frequently|q\s*(?:&|and)\s*a|questions|ask|preguntas|fragen|domande|perguntas|vragen|질문|الأسئلة/i;

/**
 * The heading level of an FAQ heading line (1-6 for `#`, 7 for a bold or plain line), or null when the
 * line does not name an FAQ. A short line, not a question, not a sentence, not a list item.
 */
export function faqHeadingLevel(line: string): number | null {
  if (line.length > 120 || !FAQ_HINT.test(line) || /^[-*•+]\s/.test(line)) return null;
  const hashes = /^(#{1,6})\s+/.exec(line);
  const cleaned = cleanMarkers(line);
  if (/[?!？！؟]$/.test(cleaned) || (/\.$/.test(cleaned) && !/\bf\.a\.q\.s?$/i.test(cleaned))) return null;
  const name = cleaned.replace(/[\s:.\-–—]+$/, '');
  if (!name || countWords(name) > 8) return null;
  if (!FAQ_NAME.test(name) && !FAQ_NAME_AT_END.test(name)) return null;
  return hashes ? (hashes[1] as string).length : 7;
}

const SECTIONS_AFTER_FAQ =
  '(?:(?:in )?conclusion|final thoughts|summary|related(?: (?:articles|stories|coverage|content|posts|reading))?|read (?:more|also|next)|see also|more (?:news|stories|from|on)|sources?|references|(?:about the )?author|comments|share|tags|disclaimer|(?:the )?bottom line|wrapping up|takeaways?|key takeaways)';
/** Headings that close an FAQ even when they are nested deeper than it. */
const SECTION_AFTER_FAQ = new RegExp(`^${SECTIONS_AFTER_FAQ}\\b`, 'i');
/** The same as a bare line of plain text ("Conclusion", "Related:"). */
const SECTION_AFTER_FAQ_LINE = new RegExp(`^${SECTIONS_AFTER_FAQ}:?$`, 'i');

/** Lines of introduction allowed between the FAQ heading and its first question. */
const MAX_INTRO_LINES = 3;

type LineKind = {kind: 'blank'} | {kind: 'rule'} | {kind: 'question'; text: string; answer?: string} | {kind: 'heading'; level: number; text: string} | {kind: 'answer'; text: string};

/** A section being read: the pairs so far, the question still collecting its answer, the introduction lines seen. */
interface SectionReading {
  pairs: FaqPair[];
  current: {question: string; paragraphs: string[]; blankBefore: boolean} | null;
  introLines: number;
}

/** The section under the heading at `headingIndex`, and the level of the FAQ heading that ended it, if one did. */
function readSection(lines: readonly string[], headingIndex: number, faqLevel: number): {section: FaqSection; nextHeadingLevel: number | null} {
  const reading: SectionReading = {pairs: [], current: null, introLines: 0};
  let end = lines.length;
  let nextHeadingLevel: number | null = null;
  for (let i = headingIndex + 1; i < lines.length; i++) {
    // Another FAQ heading starts its own section; stopping here also keeps the search linear.
    nextHeadingLevel = faqHeadingLevel(lines[i] as string);
    if (nextHeadingLevel !== null || !readLine(reading, lines[i] as string, faqLevel)) {
      end = i;
      break;
    }
  }
  closeQuestion(reading);
  return {section: {start: headingIndex, end, pairs: reading.pairs}, nextHeadingLevel: end < lines.length ? nextHeadingLevel : null};
}

/** Reads one line of a section into `reading`; false when the line ends the section instead. */
function readLine(reading: SectionReading, text: string, faqLevel: number): boolean {
  const {current} = reading;
  const line = classify(text, current !== null && current.paragraphs.length === 0);
  if (line.kind === 'blank') {
    if (current) current.blankBefore = true;
    return true;
  }
  if (line.kind === 'rule') return false;
  if (line.kind === 'heading') {
    if (line.level <= faqLevel || SECTION_AFTER_FAQ.test(line.text)) return false;
    openQuestion(reading, line.text, []);
    return true;
  }
  if (line.kind === 'question') {
    openQuestion(reading, line.text, line.answer ? [line.answer] : []);
    return true;
  }
  // In plain text a closing section has no markup: a bare "Conclusion" line ends the FAQ too.
  if (SECTION_AFTER_FAQ_LINE.test(line.text)) return false;
  // Captions, bylines and agency trailers are not part of any answer.
  if (isBoilerplateLine(text.trim())) return true;
  // Text before the first question is an introduction; a long one means the heading was not an FAQ's.
  if (!current) return ++reading.introLines <= MAX_INTRO_LINES;
  if (current.paragraphs.length === 0 || current.blankBefore) current.paragraphs.push(line.text);
  else current.paragraphs[current.paragraphs.length - 1] += ` ${line.text}`;
  current.blankBefore = false;
  return true;
}

/** Closes the open question, if any, into a pair. */
function closeQuestion(reading: SectionReading): void {
  if (reading.current) reading.pairs.push(makePair(reading.current.question, reading.current.paragraphs));
  reading.current = null;
}

/** Closes the open question and opens another, with the answer paragraphs found on its own line. */
function openQuestion(reading: SectionReading, question: string, paragraphs: string[]): void {
  closeQuestion(reading);
  reading.current = {question, paragraphs, blankBefore: false};
}

/** A question and its answer paragraphs; flagged incomplete when the answer is empty or a placeholder. */
export function makePair(question: string, paragraphs: string[]): FaqPair {
  const answer = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
  const pair: FaqPair = {question, answer};
  if (!answer || isPlaceholder(answer)) pair.incomplete = true;
  return pair;
}

/** Template leftovers such as "[insert time]", "TBD" or "Lorem ipsum": not a real answer. */
export function isPlaceholder(answer: string): boolean {
  return /\[(?:insert|add|tbd|todo|tba|placeholder|your|enter)\b[^\]\n]{0,80}\]|^(?:tbd|tba|todo|n\/a|coming soon|lorem ipsum)\b|\{\{[^}\n]{0,80}\}\}/i.test(answer);
}

/** Question and answer labels; single letters other than Q and A ("P:" pregunta, "F:" Frage) need a colon. */
const QUESTION_LABEL = '(?:q(?:uestion)?|pregunta|frage|domanda|pergunta|vraag)';
const ANSWER_LABEL = '(?:a(?:nswer)?|respuesta|antwort|risposta|resposta|réponse|antwoord)';
const QUESTION_PREFIX = new RegExp(`^(?:${QUESTION_LABEL}\\s*\\d{0,3}\\s*(?:[:.)：]|[-–—](?=\\s))|[pfdv]\\s*\\d{0,3}\\s*[:：])\\s*`, 'iu');
const ANSWER_PREFIX = new RegExp(`^(?:${ANSWER_LABEL}\\s*\\d{0,3}\\s*(?:[:：]|[-–—](?=\\s))|r\\s*\\d{0,3}\\s*[:：])\\s*`, 'iu');
/** "A." or "A)" would also match names ("A. J. Smith"), so they count only right after a question. */
const WEAK_ANSWER_PREFIX = /^a\s*[.)]\s+/i;
const NUMBER_PREFIX = /^\d{1,3}\s*[.)]\s+/;
/** A label in bold of its own: "**Q:** Who won?", "__A.__ Barcelona". */
const BOLD_LABEL = new RegExp(`^(?:\\*\\*|__)\\s*((?:${QUESTION_LABEL}|${ANSWER_LABEL})\\s*\\d{0,3}\\s*[:.)：])\\s*(?:\\*\\*|__)\\s*`, 'iu');
const SAME_LINE_ANSWER = new RegExp(`[?？؟]\\s*(?:\\*\\*|__)?\\s*${ANSWER_LABEL}\\s*(?:[:：]|[-–—](?=\\s))\\s*`, 'iu');

function classify(raw: string, awaitingAnswer: boolean): LineKind {
  // ("### ### Q3. Is ...": a heading mark doubled by a converter is one.)
  const line = raw.trim().replace(/^(#{1,6}\s+)(?:#{1,6}\s+)+/, '$1');
  if (!line) return {kind: 'blank'};
  if (/^(?:[-*_]\s*){3,}$/.test(line)) return {kind: 'rule'};
  const hashes = /^(#{1,6})\s+/.exec(line);
  const bullet = line.replace(/^(?:>\s*)*(?:[-*•+]\s+(?=\S))?/, '');
  const text = cleanMarkers(bullet.replace(BOLD_LABEL, '$1 '));
  if (!text) return {kind: 'blank'};
  const withoutAnswerLabel = text.replace(ANSWER_PREFIX, '');
  if (withoutAnswerLabel !== text && !QUESTION_PREFIX.test(text)) return {kind: 'answer', text: inlineText(withoutAnswerLabel)};
  if (awaitingAnswer && WEAK_ANSWER_PREFIX.test(text)) return {kind: 'answer', text: inlineText(text.replace(WEAK_ANSWER_PREFIX, ''))};

  const prefixed = QUESTION_PREFIX.test(text);
  const body = cleanMarkers(text.replace(QUESTION_PREFIX, '').replace(NUMBER_PREFIX, ''));
  // A bare "Q:" label: the question follows on the next line.
  if (!body) return {kind: 'blank'};
  const sameLine = SAME_LINE_ANSWER.exec(body);
  if (sameLine && (prefixed || sameLine.index < 300)) {
    const question = inlineText(body.slice(0, sameLine.index + 1));
    const answer = inlineText(body.slice(sameLine.index + sameLine[0].length));
    if (hasWordChar(question)) return {kind: 'question', text: question, answer};
  }
  const isBold = /^(?:\*\*|__)[^*_]/.test(bullet) && /(?:\*\*|__):?$/.test(bullet);
  const endsWithQuestionMark = /[?？؟]["'”’»)]*$/.test(body);
  const question = inlineText(body);
  if ((prefixed || (endsWithQuestionMark && countWords(body) <= 40)) && hasWordChar(question)) {
    return {kind: 'question', text: question};
  }
  if ((hashes || isBold) && !hasWordChar(question)) return {kind: 'blank'};
  if (hashes) return {kind: 'heading', level: (hashes[1] as string).length, text: question};
  // A bold line on its own is a question heading in an FAQ ("**How do I watch**"), one level below `#`.
  if (isBold && countWords(body) <= 25) return {kind: 'heading', level: 7.5, text: question};
  return {kind: 'answer', text: inlineText(text)};
}

/** Leading `#`, bold markers around the whole line and a trailing colon removed. */
function cleanMarkers(line: string): string {
  // Guarded by cheap checks: this runs on every line of a document while looking for the FAQ heading.
  let text = line;
  if (text.startsWith('#')) text = text.replace(/^#{1,6}\s+/, '');
  if (text.endsWith('#')) text = text.replace(/\s+#+$/, '');
  if (text.startsWith('**') || text.startsWith('__')) text = text.replace(/^(?:\*\*|__)\s*(.*?)\s*(?:\*\*|__)\s*:?$/, '$1');
  return text.trim();
}
