/**
 * Plain-text normalisation, DOM-free so it runs the same in Node and every browser: line ends, odd spaces,
 * invisible characters and stray entities are made uniform, and markdown helpers read one line at a time.
 * Nothing here reads HTML (see html-text.ts), so the text-only parser stays small.
 */

/** A known tag, opening or closing, as written in HTML (not a `<` in prose such as "a < b"). */
const KNOWN_TAG_PATTERN =
  /<\/?(?:p|div|br|hr|h[1-6]|html|body|head|article|section|main|header|footer|nav|aside|span|a|b|i|u|em|strong|small|sup|sub|ul|ol|li|dl|dt|dd|table|tr|td|th|tbody|thead|blockquote|figure|figcaption|img|script|style|title|meta|link|time|pre|code|mark|abbr|cite|q|s|font|center|picture|source|iframe|noscript|svg)(?:\s[^<>]{0,500})?\/?>|<!--|<!doctype/i;

/** True when the input reads as HTML rather than plain or markdown text. */
export function looksLikeHtml(input: string): boolean {
  return KNOWN_TAG_PATTERN.test(input);
}

/**
 * Normalised lines of plain or markdown text: `\n` line ends, entities that escaped the HTML the text was
 * copied from ("AT&amp;T") decoded, single spaces, trimmed lines, at most one blank line in a row.
 */
export function plainTextLines(text: string): string[] {
  return tidyLines(decodeEntities(unifyLineEnds(text)));
}

/** Windows and old Mac line ends, Unicode line and paragraph separators, form feeds -> `\n`. */
export function unifyLineEnds(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n');
}

/** Zero-width and bidi marks are invisible and split words for every later pattern; controls are noise. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Text with `\n` line ends -> trimmed lines, single spaces, at most one blank line in a row, none at the ends. */
export function tidyLines(text: string): string[] {
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

/** Latin-1 entity names for code points 160-255, in order. */
const LATIN1_ENTITY_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

/**
 * The other names in common use in article text (markup escapes, typographic quotes, dashes and spaces), and
 * their characters in the same order. Rarer names (arrows, maths, Greek letters) are left as written.
 */
const OTHER_ENTITY_NAMES =
  'amp lt gt quot apos OElig oelig Scaron scaron Yuml ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo ' + 'sbquo ldquo rdquo bdquo dagger Dagger bull hellip permil prime Prime lsaquo rsaquo euro trade minus';
const OTHER_ENTITY_CHARS = '&<>"\'ŒœŠšŸ\u2002\u2003\u2009\u200c\u200d\u200e\u200f–—‘’‚“”„†‡•…‰′″‹›€™−';

const NAMED_ENTITIES = new Map<string, string>();
LATIN1_ENTITY_NAMES.split(' ').forEach((name, index) => NAMED_ENTITIES.set(name, String.fromCharCode(160 + index)));
OTHER_ENTITY_NAMES.split(' ').forEach((name, index) => NAMED_ENTITIES.set(name, OTHER_ENTITY_CHARS[index] as string));

/** Code points 128-159 as browsers read them in numeric references (Windows-1252; five are left as they are). */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Named (common HTML set) and numeric character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, hex, dec, name) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name as string) ?? whole;
    return codePointText(parseInt((hex ?? dec) as string, hex !== undefined ? 16 : 10));
  });
}

function codePointText(code: number): string {
  if (code >= 128 && code < 160) return WINDOWS_1252[code - 128] as string;
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : code);
}

const CAPTION_LABEL =
  /^(?:\*\*|__)?(?:images?|photo(?:s|graph)?|pictured?|caption|credits?|sources?|video|watch|listen|read (?:more|also)|also read|related(?: articles)?|advertisement|sponsored|share(?: this)?|follow us|subscribe|click here|getty images|file photo)(?:\s+(?:credits?|caption|by|source))?\b(?:\*\*|__)?\s*(?:[:：|\-–—]|$)/i;
/** Promo and navigation lines in the languages news pages use ("Puedes ver: ...", "Lesen Sie auch"). */
const PROMO =
  /^(?:\*\*|__)?(?:puedes ver|lee también|lea también|te puede interesar|mira también|ver también|más información|mehr zum thema|lesen sie auch|auch interessant|lire aussi|à lire aussi|voir aussi|leia também|veja também|leggi anche|lees ook|see also|more on this|recommended(?: for you)?|trending(?: now)?|sign up|download (?:the|our)|get the app|don't miss)\b/i;
/** Agency trailers: "Reporting by X; Editing by Y", "Our Standards: The Thomson Reuters Trust Principles." */
const TRAILER =
  /^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b|our standards:|all rights reserved|©|\(c\)\s*\d{4}|copyright\b|embargoed\b|for immediate release\b|media contact\b|press contact\b|###$)/i;
/** A byline, "By Jane Doe · October 20, 2023", as opposed to prose such as "By Monday, talks had ended." */
const BYLINE = /^(?:\*\*|__)?(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Pp]ublished by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|bin))*(?:\s*(?:[,·|•–—-]|and|&)\s*.*)?$/u;

/**
 * Lines that are never article prose: captions and credits, bylines and agency trailers, lone URLs,
 * link-only lines, images, a table of contents. Markdown markers may still be on the line.
 */
export function isBoilerplateLine(line: string): boolean {
  if (CAPTION_LABEL.test(line) || TRAILER.test(line) || PROMO.test(line)) return true;
  if (BYLINE.test(line) && !/[.!?]["”’]?$/.test(line) && line.length < 160) return true;
  if (/^<?(?:https?:\/\/|www\.)\S+>?$/i.test(line)) return true;
  if (/^!\[[^[\]\n]*\]\([^()\s]*\)$/.test(line)) return true;
  if (/^(?:\*\*|__)?\[[^[\]\n]*\]\([^()\s]*\)(?:\*\*|__)?[.,;:]?$/.test(line)) return true;
  if (/^(?:\*\*|__)?(?:table of contents|contents|in this article|jump to)(?:\*\*|__)?:?$/i.test(line)) return true;
  return false;
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

/** A line's text without markdown inline formatting: single spaces, trimmed. */
export function inlineText(text: string): string {
  // Lines are already normalised to single spaces; only markup removal can leave runs.
  const plain = stripInlineMarkdown(text);
  return (plain.includes('  ') ? plain.replace(/\s\s+/g, ' ') : plain).trim();
}

/** Words separated by spaces, counted up to `limit` (callers only ask "more than a few?"). */
export function countWords(text: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether the text holds a letter or a digit in any script. */
export function hasWordChar(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
