/**
 * The descriptor a stem gives its blank name ("US operator ___", "Pop stars ___ and Kylie Minogue", "___,
 * the US mobile handset maker,"), and whether the article describes a stand-in alike. Blind reviewers
 * found the key at once where only it fits the description: an operator among equipment makers, the one
 * pop star among actors, the only reviews editor.
 */
import {lineOfWork} from '../understanding/affiliations.js';
import {TITLES} from '../understanding/gazetteer.js';
import type {Analysis, Entity} from '../understanding/mentions.js';

/** Nouns that say what kind of person or organisation a name is, beyond the title list. */
const DESCRIPTOR_NOUNS = new Set(
  'operator maker manufacturer firm company group giant carrier airline bank lender insurer retailer supermarket chain brand label band star singer actor actress rapper comedian presenter broadcaster newspaper website network studio developer publisher startup regulator watchdog charity agency union party club side team outfit keeper goalkeeper striker defender midfielder winger forward captain'.split(
    ' '
  )
);
/** Offices whose holder the office names: "Defence Secretary", "finance minister", "Fed chairman". */
const OFFICES = new Set('secretary minister chancellor chairman chairwoman chair governor commissioner mayor president premier'.split(' '));
const ROLE_SHAPE = /^[a-z]{3,}(?:er|or|ist|ian)$/;
const NOT_DESCRIPTORS = new Set('after over under other another either neither whether never ever rather together later former latter proper sooner member number order per her their cover power'.split(' '));

/** "stars" → "star" ("boss" stays). */
const singular = (word: string) => word.replace(/(?<=[^s])s$/, '');

/** Whether a lower-case word names a kind of person or organisation ("operator", "stars", "editor"). */
function isDescriptor(word: string): boolean {
  const one = singular(word);
  if (NOT_DESCRIPTORS.has(one)) return false;
  return DESCRIPTOR_NOUNS.has(one) || TITLES.has(one) || !!lineOfWork(one) || ROLE_SHAPE.test(one);
}

/**
 * The descriptor word right before the blank ("operator ___") or at the head of an appositive after it
 * ("___, the US mobile handset and infrastructure maker,"); undefined when the stem gives none.
 */
export function descriptorOf(sentence: string, start: number, end: number): string | undefined {
  // "Former Defence Secretary ___", "Ex-health secretary ___": an office names its holder, so the word
  // before the head goes with it ("health secretary" is not "home secretary").
  const office = /(?:^|[\s(-])((?:\p{L}[\p{L}-]*\s)?)(\p{L}[\p{Ll}-]+)\s$/u.exec(sentence.slice(Math.max(0, start - 40), start));
  const head = office?.[2];
  if (head && OFFICES.has(head.toLowerCase()) && office![1] && !/^(?:the|a|an|former|ex|then|new|his|her|their|its)\s$/i.test(office![1])) return `${office![1]}${head}`.toLowerCase();
  const before = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]+)\s$/u.exec(sentence.slice(Math.max(0, start - 30), start))?.[1];
  if (before && isDescriptor(before)) return singular(before);
  // "___, the US mobile handset maker, held ...": the appositive's last word before its end.
  const appositive = /^,\s+(?:the|an?)\s+((?:[\p{L}-]+\s+){0,5}?)(\p{Ll}[\p{Ll}-]+)(?=\s*(?:,|\.|$|\s+(?:of|at|for|in|who|which|that)\b))/u.exec(sentence.slice(end, end + 80));
  if (appositive && isDescriptor(appositive[2])) return singular(appositive[2]);
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the article gives `standIn` the descriptor too, before its name or in an appositive after it. */
export function describedAs(analysis: Analysis, standIn: Entity, descriptor: string): boolean {
  if (standIn.titles?.has(descriptor)) return true;
  // (An office's two words are read as written: "Defence Secretary Geoff Hoon".)
  const names = [...new Set([standIn.key, ...standIn.words.filter((word) => word.length > 3 && /^\p{Lu}/u.test(word))])].map(escape).join('|');
  const word = `${escape(descriptor)}(?:s|es)?`;
  const pattern = new RegExp(`\\b${word}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${names})\\b|\\b(?:${names}),\\s+(?:the|an?|its|their)\\s+(?:[\\p{L}-]+\\s+){0,5}?${word}\\b`, 'iu');
  return standIn.sentences.some((index) => pattern.test(analysis.sentences[index]));
}
