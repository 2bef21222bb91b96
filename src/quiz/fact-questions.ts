/**
 * Body sentence → fill-in-the-blank questions: one named or numeric mention is blanked ("___"), with a
 * preceding "the", "a" or "an" so grammar gives nothing away; distractors are stand-ins of the same type.
 */
import type {Candidate} from './candidate.js';
import {displayName, nameStandIns, numberStandIns, type SlotContext} from './distractors.js';
import {contentWords, isNameType, type Analysis, type EntityType} from './entities.js';
import type {Random} from './random.js';

/** How good an answer of each type makes a question: names and figures over generic terms. */
const TYPE_WEIGHT: Partial<Record<EntityType, number>> = {person: 3, place: 2.5, org: 2.5, date: 2.5, year: 2.5, percent: 2.5, money: 2.5, number: 2, range: 2, name: 1.5, month: 1.5, count: 1};
/** Sentences beyond this many are not read for facts, so long inputs stay fast. */
const MAX_SENTENCES = 250;

const withArticle = (text: string) => (/^(8|11|18)|^[aeiou]/i.test(text) ? 'an ' : 'a ') + text;
const capitaliseFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function factCandidates(analysis: Analysis, bodyCount: number, paragraphOf: (sentence: number) => number, random: Random): Candidate[] {
  const candidates: Candidate[] = [];
  for (let index = 0; index < Math.min(bodyCount, MAX_SENTENCES); index++) {
    const sentence = analysis.sentences[index];
    const wordCount = sentence.split(/\s+/).length;
    // Questions, opinions in the first or second person and fragments make poor stems.
    if (wordCount < 8 || wordCount > 45 || /\?\s*$|\b(I|you|we|us|our|your)\b|\[|https?:/i.test(sentence) || !/^[\p{Lu}\d"“]/u.test(sentence) || /:\s*$/.test(sentence)) continue;
    const mentions = analysis.mentions[index];
    for (const mention of mentions) {
      if (mention.fixed) continue;
      // The answer must not show elsewhere in its own stem (by name, alias or demonym).
      if (mentions.some((other) => other !== mention && other.key === mention.key)) continue;
      const entity = analysis.entities.get(mention.key)!;
      if (entity.type === 'name' && entity.sentences.length < 2) continue;
      // "the two countries" points back at names already given: no question there.
      if (mention.type === 'count' && (/\bthe $/i.test(sentence.slice(0, mention.start)) || !/^ \p{Ll}+s\b/u.test(sentence.slice(mention.end)))) continue;
      let start = mention.start;
      const before = sentence.slice(0, start);
      const article = /\b(the|an?) $/i.exec(before)?.[1].toLowerCase();
      if (article) start -= article.length + 1;
      const prompt = sentence.slice(0, start) + '___' + sentence.slice(mention.end);
      if (contentWords(prompt).length < 5) continue;
      const context: SlotContext = {
        words: [...new Set(contentWords(prompt))],
        keys: new Set(mentions.map((m) => m.key)),
        near: mentions.filter((m) => m !== mention && Math.max(m.start - mention.end, mention.start - m.end) < 40).map((m) => m.key),
        own: [index],
        text: prompt.toLowerCase(),
        nameWords: new Set(mentions.filter((m) => m !== mention && isNameType(m.type)).flatMap((m) => contentWords(m.key))),
      };
      let correct: string;
      let distractors: string[];
      if (isNameType(mention.type)) {
        if (article && article !== 'the') continue;
        correct = (article ? 'the ' : '') + (mention.type === 'person' ? entity.key : mention.text);
        distractors = nameStandIns(analysis, entity, context, 3).map(displayName);
      } else {
        correct = mention.text;
        distractors = numberStandIns(analysis, mention, context, random);
        if (article === 'the') [correct, distractors] = ['the ' + correct, distractors.map((d) => 'the ' + d)];
        else if (article) [correct, distractors] = [withArticle(correct), distractors.map(withArticle)];
      }
      if (distractors.length < 2) continue;
      if (start === 0) [correct, distractors] = [capitaliseFirst(correct), distractors.map(capitaliseFirst)];
      const score =
        (TYPE_WEIGHT[entity.type] ?? 1) + Math.min(entity.sentences.length, 6) / 3 + Math.min(mentions.length, 4) / 4 + distractors.length / 3 - index / (bodyCount + 10);
      candidates.push({
        kind: 'fact',
        prompt,
        correct,
        distractors,
        evidence: sentence,
        explanation: `Paragraph ${paragraphOf(index) + 1} of the article gives the answer: ${correct.replace(/^(the|an?) /i, '')}.`,
        order: index,
        score,
        answerKey: mention.key,
        promptKeys: mentions.filter((m) => m !== mention).map((m) => m.key),
      });
    }
  }
  return candidates;
}
