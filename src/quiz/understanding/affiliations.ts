/**
 * Whose side each person is on and what line of work they are in, as the article says it: sides from
 * "England flanker Lewis Moody", "Italy's Aaron Persico", "Italian Aaron Persico" and "scored for Wales";
 * lines of work from role words around the name ("Wales coach Mike Ruddock", "playwright Catherine
 * Johnson"). A stand-in from the other side or another line of work is ruled out without reading the
 * story: only the key would fit "danced past Andrea Masi and ___ into the Italian half".
 */
import {ROLE_CLASSES} from './gazetteer.js';
import {CLUB, CLUBS} from './kinds.js';
import {isNameType, type Entity, type Mention} from './mentions.js';

/** Lowercase words between a side and a name: "England flanker ", "Leicester's in-form prospect ". */
const BETWEEN_SIDE_AND_NAME = /^(['’]s)?((?: [\p{Ll}][\p{Ll}.-]*){0,3}) $/u;
/** Words for a member of a side that name no line of work: "Leicester's in-form prospect Ollie Smith". */
const SIDE_NOUNS = new Set('prospect star signing youngster veteran rookie international newcomer team-mate teammate'.split(' '));
const LINKS = new Set('and or but nor with against of to for by from than as at in on over after before while when who'.split(' '));
/** "... did reply with one for Italy": a person's side named after them in the same clause. */
const PLAYS_FOR = /^(?:, )?[^,;:.!?"“”()]{0,60}?\bfor (?:the )?$/;

/** The line of work a role word names, if it is one we know ("prop" → player, "boss" → staff). */
export const lineOfWork = (word: string | undefined) => {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  // ("footballers ___ and Ole Gunnar Solskjaer", "the Irish horseracing tycoons JP McManus and ___".)
  return ROLE_CLASSES.get(lower) ?? (lower.endsWith('s') ? ROLE_CLASSES.get(lower.slice(0, -1)) : undefined);
};

const add = (set: Set<string> | undefined, value: string) => (set ?? new Set<string>()).add(value);

/** Notes each person's sides (as "type:key") and lines of work on their entity. */
export function findAffiliations(sentences: string[], mentions: Mention[][], entities: Map<string, Entity>): void {
  mentions.forEach((list, index) => {
    const sentence = sentences[index];
    list.forEach((mention, i) => {
      const person = entities.get(mention.key);
      if (person?.type !== 'person') return;
      const before = /([\p{L}.-]+),? $/u.exec(sentence.slice(Math.max(0, mention.start - 30), mention.start))?.[1];
      const line = lineOfWork(before);
      if (line) person.lines = add(person.lines, line);
      // "DiCaprio plays millionaire Howard Hughes": a role played is a character, no cast member.
      if (/\b(?:plays|played|playing|portrays|portrayed|role of|character of|starring as|stars as)\s+(?:\p{Ll}+\s+){0,2}$/u.test(sentence.slice(Math.max(0, mention.start - 40), mention.start)))
        person.lines = add(person.lines, 'character');
      for (const title of person.titles ?? []) if (lineOfWork(title)) person.lines = add(person.lines, lineOfWork(title)!);
      const side = sideBefore(sentence, list, i, entities) ?? sideAfter(sentence, list, i, entities);
      if (side) person.sides = add(person.sides, sideKey(side));
    });
  });
}

/** A place or organisation right before the name, bare, possessive or with role words between. */
function sideBefore(sentence: string, list: Mention[], i: number, entities: Map<string, Entity>): Entity | undefined {
  const previous = list
    .slice(0, i)
    .reverse()
    .find((m) => entities.get(m.key)?.type !== undefined && isNameType(entities.get(m.key)!.type));
  const side = previous && entities.get(previous.key);
  if (!previous || !isSide(side)) return undefined;
  const match = BETWEEN_SIDE_AND_NAME.exec(sentence.slice(previous.end, list[i].start));
  if (!match) return undefined;
  const words = match[2].trim().split(' ').filter(Boolean);
  // "scored for Wales and fly-half Stephen Jones": a link word between starts another phrase.
  if (words.some((word) => LINKS.has(word))) return undefined;
  // "Italy's Aaron Persico", "Italian Aaron Persico", "England coach Andy Robinson"; not "Italy and Masi".
  const last = words[words.length - 1];
  const roleWord = !!last && (!!lineOfWork(last) || (!!match[1] && SIDE_NOUNS.has(last)));
  const possessive = !!match[1] && !words.length;
  const demonym = !words.length && !!previous.fixed;
  return possessive || demonym || roleWord ? side : undefined;
}

/** "Luciano Orquera did reply with one for Italy": the next name in the clause, after "for". */
function sideAfter(sentence: string, list: Mention[], i: number, entities: Map<string, Entity>): Entity | undefined {
  const next = list.slice(i + 1).find((m) => entities.get(m.key)?.type !== undefined && isNameType(entities.get(m.key)!.type));
  const side = next && entities.get(next.key);
  if (!next || !isSide(side)) return undefined;
  const between = sentence.slice(list[i].end, next.start);
  // "Conchita Martinez of Spain", "Tim Henman from Britain": a country right after the name is theirs.
  if (/^,? (?:of|from) (?:the )?$/.test(between) && side.type === 'place') return side;
  return PLAYS_FOR.test(between) ? side : undefined;
}

/** Whether a name can be a side: a place, an organisation, or a club the article names bare ("Liverpool"). */
export const isSide = (entity: Entity | undefined): entity is Entity => !!entity && (entity.type === 'place' || entity.type === 'org' || (entity.type === 'name' && (CLUBS.has(entity.key) || CLUB.test(entity.key))));

/** A side's key as sides are stored ("org:Liverpool"): a bare club counts as an organisation. */
export const sideKey = (entity: Entity) => `${entity.type === 'name' ? 'org' : entity.type}:${entity.key}`;

/** Sides of one kind (places, organisations) that share nothing: the two people play on opposite sides. */
function opposed(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const type of ['place:', 'org:']) {
    const mine = [...a].filter((side) => side.startsWith(type));
    const theirs = [...b].filter((side) => side.startsWith(type));
    if (mine.length && theirs.length && !mine.some((side) => theirs.includes(side))) return true;
  }
  return false;
}

/**
 * Lines that stand apart from the people a story is mostly about: a coach or an owner among players (or a
 * player among coaches) gives itself away, so these need the same line on both sides, not just no conflict.
 */
const APART = ['staff', 'business', 'official', 'character', 'media'];

/**
 * The sides of the story's own subject ("place:Wales" in "Wales win in Rome") that the article puts people
 * on: in a match report told from one side, a person it gives no side is on that one.
 */
export function homeSides(entities: Map<string, Entity>, subjects: Iterable<string>): Set<string> | undefined {
  const home = new Set<string>();
  for (const key of subjects) {
    const entity = entities.get(key);
    const side = isSide(entity) ? sideKey(entity) : undefined;
    if (side && [...entities.values()].some((person) => person.sides?.has(side))) home.add(side);
  }
  return home.size ? home : undefined;
}

/** Whether two people, read with the story's home side for those the article gives none, are on one side. */
export function sameSideInStory(answer: Entity, standIn: Entity, home: Set<string> | undefined): boolean {
  return !opposed(answer.sides ?? home, standIn.sides ?? home);
}

/** Whether a person may stand in for another: not on the other side, not in another line of work. */
export function sameCamp(answer: Entity, standIn: Entity): boolean {
  const shared = (line: string) => !!answer.lines?.has(line) && !!standIn.lines?.has(line);
  if (answer.lines && standIn.lines && ![...answer.lines].some(shared)) return false;
  if (APART.some((line) => (answer.lines?.has(line) || standIn.lines?.has(line)) && !shared(line))) return false;
  return !opposed(answer.sides, standIn.sides);
}
