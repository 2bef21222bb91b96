/**
 * How much a fact matters to the story: the lead and the sentences that share the headline's words come
 * first, and so do the names the article keeps returning to.
 */
import {isNameType, type Analysis, type Entity} from './mentions.js';

const BRIEF = 8;

/** How central sentence `index` is: the lead and sentences sharing the headline's words come first. */
export function importanceOf(analysis: Analysis, index: number, sentenceCount: number, headline: Set<string>, answerKey = ''): number {
  // A brief of a few sentences is all lead; in a longer story the lead and the early paragraphs matter most.
  const position = index < 3 || sentenceCount <= BRIEF ? 1 : Math.max(0.35, 1 - (index / Math.max(1, sentenceCount)) * 0.65);
  const central = centralityOf(analysis, sentenceCount)[index] ?? 0;
  const words = analysis.words[index];
  let shared = 0;
  for (const word of headline) if (words?.has(word)) shared++;
  const topical = headline.size ? Math.min(1, shared / Math.min(3, headline.size)) : 0;
  const entity = analysis.entities.get(answerKey);
  const recurring = entity ? Math.min(1, (entity.sentences.length - 1) / 3) : 0.5;
  return Math.min(1, 0.45 * position + 0.2 * topical + 0.2 * central + 0.15 * recurring);
}

/** Long function words of the other languages the engine reads, which the English stop list leaves in. */
const FUNCTION_WORDS = new Set(
  'para como pero esta este estos estas sobre también também muito mais porque quando cuando donde entre desde hasta todo todos toda todas mucho muy sino aunque pode podem será sido está están estão foram fueron seus suas pelo pela pelos pelas dans pour avec plus sont mais comme nach über auch eine einer nicht oder sind wird werden'.split(
    ' '
  )
);

const centralities = new WeakMap<Analysis, number[]>();

/**
 * How much each sentence shares the words the whole article keeps using, 0..1 (1 for the most central):
 * an aside, an anecdote or an author's bio uses words the rest of the story does not.
 */
export function centralityOf(analysis: Analysis, sentenceCount: number): number[] {
  let result = centralities.get(analysis);
  if (result) return result;
  const count = Math.min(sentenceCount, analysis.words.length);
  const frequency = new Map<string, number>();
  for (let index = 0; index < count; index++) for (const word of analysis.words[index]) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  // Words in most sentences are function words of a language the stop list does not know.
  const common = Math.max(5, count * 0.6);
  result = [];
  for (let index = 0; index < count; index++) {
    let score = 0;
    for (const word of analysis.words[index]) {
      const seen = frequency.get(word)!;
      if (seen >= 2 && seen <= common && word.length > 3 && !FUNCTION_WORDS.has(word)) score += Math.log(seen);
    }
    result.push(score / Math.sqrt(analysis.words[index].size + 4));
  }
  const best = Math.max(1e-9, ...result);
  result = result.map((score) => score / best);
  centralities.set(analysis, result);
  return result;
}

/** Share of the body's sentences that makes a person the story's subject: a profile or an obituary. */
const SUBJECT_SHARE = 0.3;

/**
 * The names the story is about: those the headline names (by any of their words: "Kilroy" for Robert
 * Kilroy-Silk) and the person most of the story is about. Asked for, they answer themselves: a reader
 * who saw only the headline picks them, and every other stem points at them.
 */
export function storySubjects(analysis: Analysis, headline: Set<string>, sentenceCount: number): Set<string> {
  const subjects = new Set<string>();
  for (const entity of analysis.entities.values()) {
    if (!isNameType(entity.type)) continue;
    const parts = entity.words.flatMap((word) => word.split(/[-‐]/)).filter((word) => word.length >= 3);
    if (parts.some((word) => headline.has(word))) subjects.add(entity.key);
  }
  const main = mainPerson(analysis);
  if (main && main.sentences.length >= 4 && main.sentences.length >= sentenceCount * SUBJECT_SHARE) subjects.add(main.key);
  return subjects;
}

/** The person the article names most often: in a profile or an obituary, its subject. */
export function mainPerson(analysis: Analysis): Entity | undefined {
  let best: Entity | undefined;
  for (const entity of analysis.entities.values()) if (entity.type === 'person' && (!best || entity.sentences.length > best.sentences.length)) best = entity;
  return best;
}
