/**
 * Input normalisation, DOM-free so it runs the same in Node and every browser: HTML becomes plain text with
 * paragraph breaks, and line ends, odd spaces and invisible characters are made uniform.
 *
 * HTML headings, list items and rules come out as markdown-style `#`, `-` and `---` lines, because the
 * article parser already reads that structure in markdown input; nothing else resembling markup survives.
 */

/** Tags whose content is never article text. */
const DROPPED_CONTENT_TAGS = new Set([
  'script', 'style', 'head', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select',
  'textarea',
  // Site chrome and image captions: text, but not the article's prose.
  'nav', 'footer', 'figcaption',
]);

/** Tags that start and end a block of text. A button is one: FAQ accordions put their questions in buttons. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL_TAGS = new Set(['td', 'th']);

/** A known tag, opening or closing, as written in HTML (not a `<` in prose such as "a < b"). */
const KNOWN_TAG_PATTERN =
  /<\/?(?:p|div|br|hr|h[1-6]|html|body|head|article|section|main|header|footer|nav|aside|span|a|b|i|u|em|strong|small|sup|sub|ul|ol|li|dl|dt|dd|table|tr|td|th|tbody|thead|blockquote|figure|figcaption|img|script|style|title|meta|link|time|pre|code|mark|abbr|cite|q|s|font|center|picture|source|iframe|noscript|svg)(?:\s[^<>]{0,500})?\/?>|<!--|<!doctype/i;

const BLOCK_STRUCTURE_PATTERN = /<\/?(?:p|div|h[1-6]|li|ul|ol|article|section|main|body|html|table|tr|blockquote|figure|header|footer)\b/i;

/** True when the input reads as HTML rather than plain or markdown text. */
export function looksLikeHtml(input: string): boolean {
  return KNOWN_TAG_PATTERN.test(input);
}

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

/** Windows/Mac line ends, Unicode spaces, zero-width and control characters, runs of blank lines. */
export function normalizeWhitespace(text: string): string {
  return tidyLines(unifyLineEnds(text)).join('\n');
}

function unifyLineEnds(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n');
}

/** Zero-width and bidi marks are invisible and split words for every later pattern; controls are noise. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Text with `\n` line ends -> trimmed lines, single spaces, at most one blank line in a row, none at the ends. */
function tidyLines(text: string): string[] {
  const lines = text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').split('\n');
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    const tidy = (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
    if (!tidy) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(tidy);
  }
  return out;
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

/** Latin-1 entity names for code points 160-255, in order. */
const LATIN1_ENTITY_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const OTHER_ENTITIES: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376,
  fnof: 402, circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206,
  rlm: 8207, ndash: 8211, mdash: 8212, horbar: 8213, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220,
  rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242,
  Prime: 8243, lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, rarr: 8594, uarr: 8593,
  darr: 8595, minus: 8722, le: 8804, ge: 8805, ne: 8800, asymp: 8776, infin: 8734, check: 10003, star: 9734,
  alpha: 945, beta: 946, gamma: 947, delta: 948, mu: 956, pi: 960, sigma: 963, Omega: 937, NewLine: 10, Tab: 9,
  nbhy: 8209, hyphen: 8208, dash: 8208, numsp: 8199, puncsp: 8200, hairsp: 8202, MediumSpace: 8287,
};

const NAMED_ENTITIES: ReadonlyMap<string, number> = new Map([
  ...LATIN1_ENTITY_NAMES.map((name, index): [string, number] => [name, 160 + index]),
  ...Object.entries(OTHER_ENTITIES),
]);

/** Code points 128-159 as browsers read them in numeric references (Windows-1252). */
const WINDOWS_1252: Record<number, number> = {
  128: 8364, 130: 8218, 131: 402, 132: 8222, 133: 8230, 134: 8224, 135: 8225, 136: 710, 137: 8240, 138: 352,
  139: 8249, 140: 338, 142: 381, 145: 8216, 146: 8217, 147: 8220, 148: 8221, 149: 8226, 150: 8211, 151: 8212,
  152: 732, 153: 8482, 154: 353, 155: 8250, 156: 339, 158: 382, 159: 376,
};

/** Named (common HTML set) and numeric character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, hex, dec, name) => {
    if (name !== undefined) {
      const code = NAMED_ENTITIES.get(name as string);
      return code === undefined ? whole : String.fromCodePoint(code);
    }
    return codePointText(parseInt((hex ?? dec) as string, hex !== undefined ? 16 : 10));
  });
}

function codePointText(code: number): string {
  const mapped = WINDOWS_1252[code];
  if (mapped !== undefined) return String.fromCodePoint(mapped);
  const invalid = !Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : code);
}

const CAPTION_LABEL =
  /^(?:\*\*|__)?(?:image|images|photo|photos|picture|photograph|caption|credit|credits|source|sources|video|watch|listen|read more|read also|also read|related|related articles|advertisement|sponsored|share|share this|follow us|subscribe|click here|getty images|file photo|pictured)(?:\s+(?:credit|credits|caption|by|source))?\b(?:\*\*|__)?\s*(?:[:：|\-–—]|$)/i;
/** Agency trailers: "Reporting by X; Editing by Y", "Our Standards: The Thomson Reuters Trust Principles." */
const TRAILER = /^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b|our standards:|all rights reserved|©|\(c\)\s*\d{4}|copyright\b)/i;
/** A byline, "By Jane Doe · October 20, 2023", as opposed to prose such as "By Monday, talks had ended." */
const BYLINE = /^(?:\*\*|__)?(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Pp]ublished by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|bin))*(?:\s*(?:[,·|•–—-]|and|&)\s*.*)?$/u;

/**
 * Lines that are never article prose: captions and credits, bylines and agency trailers, lone URLs,
 * link-only lines, images, a table of contents. Markdown markers may still be on the line.
 */
export function isBoilerplateLine(line: string): boolean {
  if (CAPTION_LABEL.test(line) || TRAILER.test(line)) return true;
  if (BYLINE.test(line) && !/[.!?]["”’]?$/.test(line) && line.length < 160) return true;
  if (/^<?(?:https?:\/\/|www\.)\S+>?$/i.test(line)) return true;
  if (/^!\[[^[\]\n]*\]\([^()\s]*\)$/.test(line)) return true;
  if (/^(?:\*\*|__)?\[[^[\]\n]*\]\([^()\s]*\)(?:\*\*|__)?[.,;:]?$/.test(line)) return true;
  if (/^(?:\*\*|__)?(?:table of contents|contents|in this article|jump to)(?:\*\*|__)?:?$/i.test(line)) return true;
  return false;
}

/** Plain text of an HTML fragment or a string that may hold markup or entities (as JSON-LD values do). */
export function fragmentText(fragment: string): string {
  return tidyLines(htmlToText(unifyLineEnds(fragment))).join('\n');
}

const JSON_LD_OPEN = /<script\b[^<>]{0,300}?type\s*=\s*["']?application\/ld\+json\b[^<>]{0,300}>/gi;
const MAX_JSON_LD_NODES = 5000;

/**
 * Every typed object (one with an `@type`) in the page's `<script type="application/ld+json">` blocks, in
 * document order, searching `@graph`, arrays and nested values. Invalid blocks are skipped, as browsers do.
 */
export function jsonLdNodes(html: string): Array<Record<string, unknown>> {
  const nodes: Array<Record<string, unknown>> = [];
  const open = new RegExp(JSON_LD_OPEN.source, 'gi');
  let lower: string | undefined;
  let match: RegExpExecArray | null;
  while ((match = open.exec(html)) && nodes.length < MAX_JSON_LD_NODES) {
    const start = match.index + match[0].length;
    lower ??= html.toLowerCase();
    const end = lower.indexOf('</script', start);
    if (end < 0) break;
    open.lastIndex = end;
    try {
      collectTypedNodes(JSON.parse(html.slice(start, end)) as unknown, nodes, 0);
    } catch {
      // One broken block (trailing commas, stray HTML) must not hide the valid ones beside it.
    }
  }
  return nodes;
}

function collectTypedNodes(value: unknown, nodes: Array<Record<string, unknown>>, depth: number): void {
  if (depth > 16 || nodes.length >= MAX_JSON_LD_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTypedNodes(item, nodes, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if ('@type' in record) nodes.push(record);
  for (const key of Object.keys(record)) collectTypedNodes(record[key], nodes, depth + 1);
}

/** Whether a JSON-LD node's `@type` (a string or an array) names `type`. */
export function hasJsonLdType(node: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(node['@type']) ? (node['@type'] as unknown[]) : [node['@type']];
  const wanted = type.toLowerCase();
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:]/, '').toLowerCase() === wanted);
}

/**
 * Markdown inline formatting removed from one line: bold/italic markers, links and images (their text is
 * kept), inline code ticks. Patterns stop at the next opening marker so a long line stays linear.
 */
export function stripInlineMarkdown(line: string): string {
  if (!/[*_`[!]/.test(line)) return line;
  return line
    .replace(/!\[([^[\]\n]*)\]\([^()\s]*\)/g, '$1')
    .replace(/\[([^[\]\n]*)\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/(^|[\s(“"'])\*([^*\s][^*\n]*?)\*(?=$|[\s).,;:!?”"'])/g, '$1$2')
    .replace(/(^|[\s(“"'])_([^_\s][^_\n]*?)_(?=$|[\s).,;:!?”"'])/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\*\*/g, '');
}
