/**
 * How much a fact matters to the story: the lead and the sentences that share the headline's words come
 * first, and so do the names the article keeps returning to.
 */
import type {Analysis} from './mentions.js';

/** How central sentence `index` is: the lead and sentences sharing the headline's words come first. */
export function importanceOf(analysis: Analysis, index: number, sentenceCount: number, headline: Set<string>, answerKey = ''): number {
  const position = index < 3 ? 1 : Math.max(0.35, 1 - (index / Math.max(1, sentenceCount)) * 0.65);
  const words = analysis.words[index];
  let shared = 0;
  for (const word of headline) if (words?.has(word)) shared++;
  const topical = headline.size ? Math.min(1, shared / Math.min(3, headline.size)) : 0;
  const entity = analysis.entities.get(answerKey);
  const recurring = entity ? Math.min(1, (entity.sentences.length - 1) / 3) : 0.5;
  return Math.min(1, 0.55 * position + 0.25 * topical + 0.2 * recurring);
}
