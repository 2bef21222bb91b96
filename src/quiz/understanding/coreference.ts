/**
 * Who "he" or "she" is, where the sentences before leave no doubt: a stem that opens "He names ___ as the
 * failing state" means nothing under a quiz, "Etzioni names ___ as the failing state" does. Only the
 * plain cases are resolved: the nearest earlier sentence that names anyone names exactly one person,
 * whose gender the article's own pronouns or given name tell and match the pronoun.
 */
import {TITLES} from './gazetteer.js';
import {isNameType, type Analysis, type Entity} from './mentions.js';

/** How far back the person a pronoun points at may be named. */
const LOOK_BACK = 3;

/** "He names", "His report", and a closing ", he says." that attributes the sentence. */
const OPENING = /^(He|She|His|Her)\s(?=\p{Ll})/u;
/** "Within three days he was arriving back ...": a subject pronoun after a short opening phrase that names no one. */
const AFTER_OPENER = /^(\p{Lu}[\p{Ll}'’-]*(?:\s[\p{Ll}\d_][\p{L}\d_'’-]*){0,6},?\s)(he|she)\s(?=\p{Ll})/u;
const CLOSING = /,\s(he|she)\s(says|said|argues|argued|adds|added|continues|continued|claims|claimed|believes|warns|warned|writes|wrote|insists|insisted|explains|explained)([.!]?["”]?)$/u;

/** The person an earlier sentence's pronoun can only mean, or undefined when it is not plain. */
function antecedentOf(analysis: Analysis, index: number, gender: 'f' | 'm'): Entity | undefined {
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
    const people = new Set<Entity>();
    for (const mention of analysis.mentions[i]) {
      const entity = analysis.entities.get(mention.key);
      if (entity?.type === 'person') people.add(entity);
    }
    if (!people.size) {
      // A sentence naming something else but no one breaks the chain only if it opens on a name:
      // "Russia ... It" is about Russia, "He also ..." keeps pointing back.
      if (analysis.mentions[i].some((m) => isNameType(m.type) && m.start === 0)) return undefined;
      continue;
    }
    const [person] = people;
    // Only a subject is safe to point back at: "He then changed his mind" after "The claims come in a book
    // by Robert Peston" means the book's subject, not Peston. The person must be the sentence's first name,
    // near its start.
    const first = analysis.mentions[i].find((m) => isNameType(m.type));
    // (Only titles may come before it: "Prime Minister Tony Blair said", not "According to Mr Peston".)
    const before = first ? analysis.sentences[i].slice(0, first.start).split(/\s+/).filter(Boolean) : [];
    const subject =
      !!first &&
      first.start <= 40 &&
      analysis.entities.get(first.key) === person &&
      before.every((word) => (/^\p{Lu}/u.test(word) && !/^(?:According|In|On|At|For|By|With|From|After|Before|As|To)$/.test(word)) || TITLES.has(word.toLowerCase()));
    return people.size === 1 && person.gender === gender && subject ? person : undefined;
  }
  return undefined;
}

/** "Its latest models ...": the organisation the sentences before leave as the only subject ("Apple has ..."). */
function organisationBefore(analysis: Analysis, index: number): Entity | undefined {
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
    const names = analysis.mentions[i].filter((m) => isNameType(m.type));
    if (!names.length) continue;
    const orgs = new Set(names.map((m) => analysis.entities.get(m.key)).filter((e) => e?.type === 'org'));
    const [org] = orgs;
    return orgs.size === 1 && names[0].start <= 30 && analysis.entities.get(names[0].key) === org ? org : undefined;
  }
  return undefined;
}

/** How the article calls a person once introduced: a one-word form it uses ("Etzioni"), else the full name. */
function shortName(analysis: Analysis, person: Entity): string {
  for (const mentions of analysis.mentions) for (const m of mentions) if (m.key === person.key && !m.text.includes(' ') && m.text !== person.key) return m.text;
  return person.key;
}

/**
 * The stem with its opening pronoun (or the subject after a short opener, "Within three days he ...") or
 * its closing one replaced by the person it means, or the stem unchanged.
 * `exclude` is the answer's key: a stem never names the person it asks for.
 */
export function resolvePronouns(analysis: Analysis, index: number, stem: string, exclude: string): string {
  const resolve = (pronoun: string) => {
    const person = antecedentOf(analysis, index, /^(?:she|her)$/i.test(pronoun) ? 'f' : 'm');
    if (!person || person.key === exclude) return undefined;
    // The sentence names someone else too: "He beat Federer", fine; "He told Smith", fine; but not when
    // that someone could be whom the pronoun means instead (same gender).
    if (analysis.mentions[index].some((m) => m.key !== person.key && analysis.entities.get(m.key)?.type === 'person' && analysis.entities.get(m.key)!.gender === person.gender)) return undefined;
    return shortName(analysis, person);
  };
  let out = stem;
  const opening = OPENING.exec(out);
  if (opening) {
    const name = resolve(opening[1]);
    if (name) out = (/^(?:His|Her)$/.test(opening[1]) ? `${name}'s ` : `${name} `) + out.slice(opening[0].length);
  }
  const its = /^Its\s(?=\p{Ll})/u.exec(out);
  if (its) {
    const org = organisationBefore(analysis, index);
    if (org && org.key !== exclude && !analysis.mentions[index].some((m) => analysis.entities.get(m.key)?.type === 'org')) out = `${org.key}'s ${out.slice(its[0].length)}`;
  }
  const inner = opening ? null : AFTER_OPENER.exec(out);
  if (inner) {
    const name = resolve(inner[2]);
    if (name) out = `${inner[1]}${name} ${out.slice(inner[0].length)}`;
  }
  const closing = CLOSING.exec(out);
  if (closing) {
    const name = resolve(closing[1]);
    if (name) out = `${out.slice(0, closing.index)}, ${name} ${closing[2]}${closing[3]}`;
  }
  return out;
}
