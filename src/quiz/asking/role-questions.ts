/**
 * "According to the article, who is Fraser Kemp?": the roles the article gives its people ("UKIP leader
 * Roger Knapman", "Naoki Iizuka, senior economist at the Dai-ichi Life Research Institute") are the
 * choices. Each distractor is true of someone else in the story and false of the person asked about, so
 * only a reader who followed who is who can tell them apart: the kind of question a news story's cast of
 * ministers, coaches and analysts makes natural, and one the blanks of a sentence cannot ask.
 */
import type {Candidate} from './candidate.js';
import {STOP, TITLES} from '../understanding/gazetteer.js';
import {placeOfDemonym} from '../understanding/entities.js';
import type {Analysis, Entity} from '../understanding/mentions.js';

/** Nouns that end a role ("Treasury spokesman", "UKIP leader"), beyond the titles that type people. */
const ROLE_HEADS = new Set([
  ...TITLES,
  ...'spokesman spokeswoman spokesperson leader chancellor mp mep director executive officer chief head deputy adviser advisor candidate host presenter campaigner activist owner investor trader strategist commissioner ambassador envoy mayor councillor judge official negotiator diplomat inspector superintendent constable sergeant detective chairwoman chairperson treasurer whip counsel'.split(
    ' '
  ),
]);
// Heads too bare to tell people apart, or not roles: "Mr", "Dr", a "general" election.
for (const word of ['mr', 'mrs', 'ms', 'dr', 'general', 'foreign', 'prime']) ROLE_HEADS.delete(word);

/** Lower-case words that may stand inside a role before its head ("shadow health secretary"). */
const MODIFIERS = new Set(
  'campaign party shadow deputy chief former vice managing foreign home senior interim assistant executive finance defence defense health treasury culture sports education trade transport energy environment justice interior economic fiscal policy general prime first press team club national regional state district local first-team'.split(
    ' '
  )
);

/** Small words inside an organisation's name ("Bank of England", "Council of Economic Advisers"). */
const JOINERS = new Set(['of', 'for', 'and', '&']);
/** Words that open a clause, never a role, capitalised or not: "Under President Trump". */
const OPENERS = new Set('under with without after before from by as at in on for to during since and but meanwhile when while although though according former-'.split(' '));

/** At most this many words in a role: a longer one is a clause, not a role. */
const MAX_ROLE_WORDS = 8;

interface Role {
  person: Entity;
  role: string;
  sentence: number;
}

/** The role written right before a name: "Labour campaign spokesman Fraser Kemp" → "Labour campaign spokesman". */
function roleBefore(sentence: string, start: number): string | undefined {
  const words = sentence
    .slice(0, start)
    .trimEnd()
    .split(/\s+/)
    .slice(-MAX_ROLE_WORDS - 1);
  const head = words[words.length - 1];
  if (!head || !ROLE_HEADS.has(head.toLowerCase())) return undefined;
  let first = words.length - 1;
  let ended = false;
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i];
    // Punctuation ends the role: ", Labour spokesman" starts after the comma.
    if (/[,;:.!?"“”()]$/.test(word)) break;
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    // "Bank of England governor": a small word joining two capitalised ones belongs to the name.
    if (JOINERS.has(word) && i > 0 && /^\p{Lu}/u.test(words[i - 1]) && /^\p{Lu}/u.test(words[i + 1])) continue;
    if (STOP.has(lower) || OPENERS.has(lower)) {
      ended = true;
      break;
    }
    if (/^\p{Lu}/u.test(word) ? /^\p{Lu}[\p{L}'’&-]*$/u.test(word) : MODIFIERS.has(lower) || ROLE_HEADS.has(lower)) first = i;
    else {
      ended = true;
      break;
    }
  }
  // Still going at the word limit: not a whole role.
  if (!ended && words.length > MAX_ROLE_WORDS) return undefined;
  // A capitalised word that opens the sentence may be "But" or "Meanwhile": only if the article
  // would write it so mid-sentence too, which a role word is.
  // Joiners at the front belong to nothing: "of England governor" is no role.
  while (first < words.length - 1 && JOINERS.has(words[first])) first++;
  return words.slice(first).join(' ');
}

/** The role after a name in apposition: "Naoki Iizuka, senior economist at the Dai-ichi Life Research Institute,". */
function roleAfter(sentence: string, end: number): string | undefined {
  const match = /^, (?:an? |the )?((?:[\p{L}'’&-]+ ){0,3}?([\p{L}-]+)(?: (?:at|of|for) (?:the )?(?:\p{Lu}[\p{L}'’&.-]* ?){1,6})?)(?=[,.;]|\s(?:said|says|told|added)\b)/u.exec(sentence.slice(end, end + 120));
  if (!match) return undefined;
  const [, role, head] = match;
  if (!ROLE_HEADS.has(head.toLowerCase()) || role.split(' ').length > MAX_ROLE_WORDS) return undefined;
  // "his brother", "the party's spokesman": a role that points back at someone else needs the sentence.
  if (/\b(?:his|her|its|their|whose|who|which)\b|['’]s\b/i.test(role)) return undefined;
  return role.trim();
}

/** Every person the article gives a role, with the first role it gives them. */
function rolesOf(analysis: Analysis, sentenceCount: number): Role[] {
  const found = new Map<Entity, Role>();
  for (let index = 0; index < Math.min(sentenceCount, analysis.sentences.length); index++) {
    const sentence = analysis.sentences[index];
    for (const mention of analysis.mentions[index]) {
      const person = analysis.entities.get(mention.key);
      // (A full name only: "Donald J" is a name cut at its initial.)
      if (person?.type !== 'person' || found.has(person) || !/\s\p{L}{2,}$/u.test(person.key)) continue;
      const role = roleBefore(sentence, mention.start) ?? roleAfter(sentence, mention.end);
      // A bare title ("President", "CEO") tells no one apart, and of a famous person it is general knowledge.
      if (role && role.split(' ').length >= 2) found.set(person, {person, role, sentence: index});
    }
  }
  return [...found.values()];
}

/**
 * The places a role's demonyms name ("North Korean Foreign Minister" → North Korea): a Russian president among the
 * choices for a North Korean minister is ruled out by the name alone.
 */
function originsOf(analysis: Analysis, role: string): string {
  const words = role.split(' ');
  const found = new Set<string>();
  const known = (place: string) => analysis.entities.get(place)?.type === 'place';
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? placeOfDemonym(`${words[i]} ${words[i + 1]}`, known) : undefined;
    // (Demonyms only: the "England" of "Bank of England governor" names the bank, not where he is from.)
    const one = placeOfDemonym(words[i], known);
    if (two && two !== `${words[i]} ${words[i + 1]}`) {
      found.add(two);
      i++;
    } else if (one && one !== words[i]) found.add(one);
  }
  return [...found].sort().join('|');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const bare = (role: string) => role.toLowerCase().replace(/^(?:the|an?) /, '');

/**
 * "Who is X?" for each person with a role whose story matters (`importance` of the sentence that names
 * them), with the roles of two or three others as distractors: none a role the article gives X too, none
 * sharing X's role head ("Labour MP" beside "Tory MP" asks the party, not the role).
 */
export function roleCandidates(analysis: Analysis, sentenceCount: number, importance: (sentence: number, key: string) => number, subjects: ReadonlySet<string> = new Set()): Candidate[] {
  const roles = rolesOf(analysis, sentenceCount);
  if (roles.length < 3) return [];
  const candidates: Candidate[] = [];
  for (const mine of roles) {
    // The story's subject is asked about elsewhere, and the headline often says who they are.
    if (subjects.has(mine.person.key)) continue;
    const head = (role: string) =>
      role
        .split(/ (?:at|of|for) /)[0]
        .split(' ')
        .pop()!
        .toLowerCase();
    const others = roles.filter(
      (other) =>
        other !== mine &&
        head(other.role) !== head(mine.role) &&
        bare(other.role) !== bare(mine.role) &&
        // A role the article also gives this person ("MP" in another sentence) would be true.
        !analysis.sentences.some((s) => s.includes(`${other.role} ${mine.person.key}`) || s.includes(`${mine.person.key}, ${other.role}`)) &&
        !mine.person.words.some((word) => other.role.toLowerCase().includes(word)) &&
        originsOf(analysis, other.role) === originsOf(analysis, mine.role)
    );
    // Up to six: the length balance picks the three nearest the key's length.
    const distractors = [...new Map(others.map((other) => [bare(other.role), capitalise(other.role)])).values()].slice(0, 6);
    if (distractors.length < 2) continue;
    const evidence = analysis.sentences[mine.sentence];
    candidates.push({
      kind: 'fact',
      prompt: `According to the article, who is ${mine.person.key}?`,
      correct: capitalise(mine.role),
      distractors,
      evidence,
      explanation: `The article names ${mine.person.key} as ${mine.role}.`,
      order: mine.sentence,
      answerKey: mine.role,
      promptKeys: [mine.person.key],
      person: true,
      // Role questions share one pool of choices: each would hint at the others' answers.
      family: 'role',
      // (Roles are read from the words around a name: sure of their kind, less of where they end.)
      signals: {keyKind: 0.9, standIns: Object.fromEntries(distractors.map((text) => [text, 0.9])), fit: 1, importance: importance(mine.sentence, mine.person.key)},
    });
  }
  // One role question is asked per quiz (they share a family): the person the story returns to most first.
  // (A voice of the story, someone who "says" or "warned", before a name in passing.)
  const speaks = (c: Candidate) => (/\b(?:says|said|told|added|warned|argued|stressed|believes)\b/.test(c.evidence) ? 1 : 0);
  const weight = (c: Candidate) => analysis.entities.get(c.promptKeys[0])!.sentences.length + speaks(c) + c.signals!.importance;
  return candidates.sort((a, b) => weight(b) - weight(a) || a.order - b.order);
}
