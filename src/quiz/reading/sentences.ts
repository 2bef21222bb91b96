/**
 * A hand-written sentence splitter. Intl.Segmenter is not used: its ICU data differs between Node and
 * browsers, and quizzes must be byte-identical everywhere. One left-to-right scan, so time is linear.
 */

/** A set of the space-separated words. */
function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** Abbreviations after which a sentence never ends (titles, "e.g.", "vs."): compared in lower case. */
const NEVER_FINAL = words(
  'mr mrs ms mx dr prof gov sen rep gen col lt sgt capt cmdr adm maj rev hon pres supt insp fr sr st mt ' +
    'ft pt vs v e.g i.e cf viz approx ca dept univ assn ave blvd rd fig vol pp ch sec art ed eds op para ' +
    'messrs mme mlle gov-elect ' +
    // German, Spanish, Italian, French: "Nr.", "bzw.", "Sra.", "Dott.", "p.ej."
    'nr bzw vgl ggf inkl evtl str sra srta dra dña dott sig ing dipl hr z.b u.a d.h p.ej p.ex'
);

/** Month names that follow a German-style ordinal ("am 3. Oktober"), where the period is no full stop. */
const MONTHS_AFTER_ORDINAL = words('januar jänner februar märz april mai juni juli august september oktober november dezember');

/** Abbreviations that end a sentence only when the next word usually starts one ("in the U.S. The ..."). */
const SOMETIMES_FINAL = words('jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros jr etc no nos est a.m p.m am ' + 'pm usw ecc');

/** Words that typically open a sentence, used to resolve SOMETIMES_FINAL abbreviations. */
const SENTENCE_OPENERS = words(
  'a an the it its he she they we i you this that these those there but and so yet or however meanwhile ' +
    'in on at after before while when if as his her their our my some many most both all also still then ' +
    'now since although though because according for with what why how who where officials analysts ' +
    'experts'
);

/** Closing quotes, brackets and emphasis markers that stay with the sentence they end. */
const CLOSERS = new Set('"\'”’»›)]}*_');
/** Terminators that need no following space (CJK and Devanagari full stops). */
const TIGHT_TERMINATORS = new Set('。！？｡।॥');
const TERMINATOR_CHARS = new Set('.!?…。！？｡।॥');

/** Every character that can end a sentence; the scan jumps from one to the next. */
const TERMINATOR = /[.!?…。！？｡।॥]/g;

/** The sentences of one paragraph (or any text), trimmed, in order; never empty strings. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const length = text.length;
  const terminator = new RegExp(TERMINATOR.source, 'g');
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = terminator.exec(text))) {
    const at = match.index;
    const terminatorsEnd = skipRepeats(text, at);
    const end = skipClosers(text, terminatorsEnd);
    terminator.lastIndex = terminatorsEnd;
    if (TIGHT_TERMINATORS.has(match[0])) {
      pushSentence(sentences, text.slice(start, end));
      start = terminator.lastIndex = end;
      continue;
    }
    if (end < length && !isSpace(text.charCodeAt(end))) continue;
    const nextStart = skipSpaces(text, end);
    if (nextStart >= length || endsSentence(text, start, at, terminatorsEnd, nextStart)) {
      pushSentence(sentences, text.slice(start, end));
      start = nextStart;
    }
    terminator.lastIndex = Math.max(nextStart, terminatorsEnd);
  }
  pushSentence(sentences, text.slice(start));
  return sentences;
}

function pushSentence(sentences: string[], raw: string): void {
  const sentence = raw.trim();
  if (sentence) sentences.push(sentence);
}

/** Nouns that take a letter as their label ("Group B", "Plan A", "Category C"). */
const LABELLED = /\b(?:Group|Pool|Plan|Type|Category|Class|Section|Grade|Part|Phase|Stage|Level|Division|Tier|Block|Zone|Gate|Terminal|Platform|Wing|Option|Vitamin)\s$/;

/** Whether the terminator run at [at, terminatorsEnd) ends the sentence, given the next word at `next`. */
function endsSentence(text: string, start: number, at: number, terminatorsEnd: number, next: number): boolean {
  const nextChar = text[next] as string;
  // "“Why?” he asked." / "e.g. something": a lower-case continuation is never a new sentence ("iOS" may be).
  if (isLowerCase(nextChar) && !/^\p{Ll}\p{Lu}/u.test(text.slice(next, next + 2))) return false;
  // Sentences can't open with these (", 2024", "; and"): punctuation that continues the current one.
  if (/[,;:)\]}%]/.test(nextChar)) return false;
  if (text[at] !== '.' || terminatorsEnd - at > 1) return true;
  const word = wordBefore(text, start, at);
  if (!word) return true;
  const lower = word.toLowerCase();
  const nextWord = wordAt(text, next);
  if (NEVER_FINAL.has(lower)) return false;
  // A single letter is an initial ("J. K. Rowling") or part of an abbreviation ("z. B."), not an ending.
  // "Group B." and "Plan A." end sentences: the letter is a label, not an initial.
  if (word.length === 1 && !/\p{N}/u.test(word)) return LABELLED.test(text.slice(Math.max(start, at - 14), at - 1)) && SENTENCE_OPENERS.has(nextWord.toLowerCase());
  if (/^\d{1,2}$/.test(word) && MONTHS_AFTER_ORDINAL.has(nextWord.toLowerCase())) return false;
  if (lower === 'no' || lower === 'nos') return !/^[0-9#]/.test(nextWord) && SENTENCE_OPENERS.has(nextWord.toLowerCase());
  // Dotted acronyms ("U.S.", "U.K.", "a.m.") and the SOMETIMES_FINAL list: decided by the next word.
  if (SOMETIMES_FINAL.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}

/** The token just before the period at `at` (letters and inner dots), bounded by the sentence start. */
function wordBefore(text: string, start: number, at: number): string {
  let from = at;
  while (from > start && from > at - 40 && (isWordChar(text, from - 1) || text[from - 1] === '.' || text[from - 1] === '-')) from--;
  return text.slice(from, at).replace(/^[.\-]+/, '');
}

/** The word starting at `at`, without leading quotes or brackets. */
function wordAt(text: string, at: number): string {
  let from = at;
  while (from < text.length && from < at + 3 && /["'“‘(\[]/.test(text[from] as string)) from++;
  let to = from;
  while (to < text.length && to < from + 40 && (isWordChar(text, to) || text[to] === '#')) to++;
  return text.slice(from, to);
}

/** A letter or digit in any script; ASCII is decided without a regular expression, as it is hot. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(text[at] as string);
}

function skipRepeats(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && TERMINATOR_CHARS.has(text[i] as string)) i++;
  return i;
}

function skipClosers(text: string, at: number): number {
  let i = at;
  while (i < text.length && CLOSERS.has(text[i] as string)) i++;
  return i;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Space, tab, newline, carriage return, no-break space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

function isLowerCase(ch: string): boolean {
  return /\p{Ll}/u.test(ch);
}
