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
