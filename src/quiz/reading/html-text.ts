/**
 * HTML -> plain text with a single linear scan, DOM-free so it runs the same in Node and every browser.
 * Headings, list items and rules come out as markdown-style `#`, `-` and `---` lines, because the article
 * parser already reads that structure in markdown input; nothing else resembling markup survives.
 *
 * Only needed for HTML strings (the CLI, API users): the element reads HTML with the browser's DOMParser.
 */
import {decodeEntities, looksLikeHtml, tidyLines, unifyLineEnds} from './text.js';

/** Tags whose content is never article text. */
const DROPPED_CONTENT_TAGS = new Set([
  'script',
  'style',
  'head',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  // Site chrome and image captions: text, but not the article's prose.
  'nav',
  'footer',
  'figcaption',
]);

/** Tags that start and end a block of text. A button is one: FAQ accordions put their questions in buttons. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL_TAGS = new Set(['td', 'th']);

const BLOCK_STRUCTURE_PATTERN = /<\/?(?:p|div|h[1-6]|li|ul|ol|article|section|main|body|html|table|tr|blockquote|figure|header|footer)\b/i;

/**
 * Plain text of any input: HTML is converted, then whitespace and invisible characters are normalised.
 * Paragraphs are separated by exactly one blank line; lines carry no leading or trailing spaces.
 */
export function normalizeText(input: string): string {
  return normalizeToLines(input).join('\n');
}

/** normalizeText's lines, for callers that work line by line (saves a join and a split on large input). */
export function normalizeToLines(input: string): string[] {
  // Line ends first: HTML reads blank lines as paragraph breaks, whichever platform wrote them.
  const text = unifyLineEnds(input);
  // Plain text keeps entities that escaped the HTML it was copied from ("AT&amp;T"): decode them too.
  return tidyLines(looksLikeHtml(text) ? htmlToText(text) : decodeEntities(text));
}

/**
 * HTML to text with a single linear scan (no DOM). Block tags become blank lines, `<br>` a newline,
 * headings `#` lines, list items `-` lines, `<hr>` a `---` line; dropped elements lose their content.
 */
export function htmlToText(html: string): string {
  // Without block tags the input is text with a few inline tags: keep its own line structure.
  const keepNewlines = !BLOCK_STRUCTURE_PATTERN.test(html);
  const parts: string[] = [];
  const unclosed = new Set<string>();
  let preDepth = 0;
  let i = 0;
  const length = html.length;
  while (i < length) {
    const open = html.indexOf('<', i);
    const textEnd = open < 0 ? length : open;
    if (textEnd > i) parts.push(htmlTextRun(html.slice(i, textEnd), keepNewlines || preDepth > 0));
    if (open < 0) break;
    const tag = readTag(html, open);
    if (!tag) {
      parts.push('<');
      i = open + 1;
      continue;
    }
    i = tag.end;
    if (tag.name === '') continue;
    if (DROPPED_CONTENT_TAGS.has(tag.name)) {
      if (!tag.closing && !tag.selfClosing) i = skipPast(html, i, tag.name, unclosed);
      continue;
    }
    if (tag.name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));
    parts.push(tagText(tag));
  }
  return decodeEntities(parts.join(''));
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

/** The tag starting at `<`, or null when the `<` is just text. Comments and declarations get name ''. */
function readTag(html: string, start: number): Tag | null {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return {name: '', closing: false, selfClosing: true, end: close < 0 ? html.length : close + 3};
  }
  const next = html.charCodeAt(start + 1);
  if (html[start + 1] === '!' || html[start + 1] === '?') {
    const close = html.indexOf('>', start);
    return {name: '', closing: false, selfClosing: true, end: close < 0 ? html.length : close + 1};
  }
  const closing = html[start + 1] === '/';
  const first = closing ? html.charCodeAt(start + 2) : next;
  if (!isTagNameChar(first) || first === 45 || (first >= 48 && first <= 57)) return null;
  let nameEnd = start + (closing ? 2 : 1);
  while (nameEnd < html.length && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd++;
  const close = findTagEnd(html, nameEnd);
  if (close < 0) return null;
  const name = html.slice(start + (closing ? 2 : 1), nameEnd).toLowerCase();
  return {name, closing, selfClosing: html[close - 1] === '/', end: close + 1};
}

function isTagNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
}

/** Index of the `>` ending a tag, skipping quoted attribute values; -1 when there is none. */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    } else if (ch === '<') {
      // An unclosed tag: treat the `<` that started it as text rather than swallow the document.
      return -1;
    }
  }
  return -1;
}

/**
 * Position just after `</name ...>`, or the end of the input when the element is never closed. `unclosed`
 * remembers names without a closing tag, so a page of repeated unclosed tags is still read in linear time.
 */
function skipPast(html: string, from: number, name: string, unclosed: Set<string>): number {
  // A never-closed <head> usually means a sloppy page, not one whose whole body is head content.
  const notFound = name === 'head' ? from : html.length;
  if (unclosed.has(name)) return notFound;
  const pattern = new RegExp(`</${name}\\s*>`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (match) return match.index + match[0].length;
  unclosed.add(name);
  return notFound;
}

function tagText(tag: Tag): string {
  const {name, closing} = tag;
  if (name === 'br') return '\n';
  if (name === 'hr') return '\n\n---\n\n';
  if (HEADING_TAGS.has(name)) return closing ? '\n\n' : `\n\n${'#'.repeat(Number(name[1]))} `;
  if (name === 'li') return closing ? '' : '\n- ';
  if (BLOCK_TAGS.has(name)) return '\n\n';
  if (CELL_TAGS.has(name)) return ' ';
  return '';
}

/** HTML text between tags: runs of whitespace are one space, except blank lines, kept as breaks. */
function htmlTextRun(run: string, keepNewlines: boolean): string {
  if (keepNewlines) return run;
  return run.replace(/[ \t\r\n\f]+/g, (space) => (/\n[ \t\r\f]*\n/.test(space) ? '\n\n' : ' '));
}

/** Plain text of an HTML fragment or a string that may hold markup or entities (as JSON-LD values do). */
export function fragmentText(fragment: string): string {
  return tidyLines(htmlToText(unifyLineEnds(fragment))).join('\n');
}
