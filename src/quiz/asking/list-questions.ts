/**
 * An explainer's list of named things ("Youper: This app uses AI to help you understand your emotions ...",
 * "Woebot: ...") asks itself: which item says this? The choices are the list's own labels, each the same
 * kind as the answer and each, by the list's own structure, not the item that says it. Lists labelled with
 * everyday words ("Resource Depletion: Popular destinations face pressure on water ...") are not asked: the
 * label sums up its description, and reviewers found the key by meaning alone.
 */
import type {Candidate} from './candidate.js';
import {contentWords} from '../understanding/entities.js';

/** "Label: description": a short label, in capitals, then a statement. */
const ITEM = /^(\p{Lu}[\p{L}'’&/ -]{1,44}?):\s+(\p{Lu}.{20,}[.!])$/u;
/** At most this many words in a label, and in the description a stem quotes. */
const MAX_LABEL_WORDS = 5;
const MAX_DESCRIPTION_WORDS = 32;
const MIN_DESCRIPTION_WORDS = 8;
/** Labels that head notes, not items of one kind: a list of them is page furniture. */
const FURNITURE = /^(?:note|tip|pro tip|warning|example|update|source|read more|see also|bottom line|summary|key takeaway|caution|disclaimer)$/i;

interface Item {
  label: string;
  description: string;
  sentence: number;
}

/** Stems of a text's content words, five letters at most: "accurate" and "Accuracy" share "accur". */
const stems = (text: string) => new Set(contentWords(text).map((word) => word.slice(0, 5)));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((stem) => b.has(stem));

/** Runs of three or more consecutive paragraphs that each open with "Label: statement", with the line that introduces them. */
function labelledLists(sentences: readonly {text: string; paragraph: number}[]): {intro?: string; items: Item[]}[] {
  const lists: {intro?: string; items: Item[]}[] = [];
  let run: Item[] = [];
  let lastParagraph = -2;
  const close = () => {
    if (run.length >= 3) {
      const before = sentences[run[0].sentence - 1]?.text;
      lists.push({intro: before && /:$/.test(before) ? before : undefined, items: run});
    }
    run = [];
  };
  sentences.forEach(({text, paragraph}, index) => {
    // Only a paragraph's first sentence can open an item.
    if (index > 0 && sentences[index - 1].paragraph === paragraph) return;
    const match = ITEM.exec(text);
    if (!match || match[1].split(' ').length > MAX_LABEL_WORDS || /\d/.test(match[1])) {
      close();
      return;
    }
    if (paragraph !== lastParagraph + 1) close();
    run.push({label: match[1].trim(), description: match[2], sentence: index});
    lastParagraph = paragraph;
  });
  close();
  return lists;
}

/**
 * One question per labelled list: the item whose description shares no word with its own label (else the
 * label would be found by matching words), with the other labels as distractors.
 */
export function listCandidates(sentences: readonly {text: string; paragraph: number}[], importance: (sentence: number) => number): Candidate[] {
  const candidates: Candidate[] = [];
  // Words the article writes in lower case: a label made of them ("Resource Depletion") sums up its
  // description, and a reader matches the two by meaning without reading; a name ("Woebot", "Youper") does not.
  const everyday = new Set(sentences.flatMap(({text}) => text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []));
  const isName = (label: string) => label.split(/[\s/-]+/).every((word) => !everyday.has(word.toLowerCase()));
  for (const {intro, items} of labelledLists(sentences)) {
    const labels = items.map((item) => item.label);
    if (new Set(labels.map((label) => label.toLowerCase())).size !== labels.length || labels.some((label) => FURNITURE.test(label) || !isName(label))) continue;
    let best: Candidate | undefined;
    for (const item of items) {
      const words = stems(item.description);
      const length = item.description.split(' ').length;
      if (length > MAX_DESCRIPTION_WORDS || length < MIN_DESCRIPTION_WORDS || shares(stems(item.label), words)) continue;
      // "This is the #1 essential.": without its label the description says nothing.
      if (/^(?:This|That|It|These|They|Those)\s+(?:is|are|was|were|'s|’s)\b/.test(item.description)) continue;
      // A label whose words the description uses could be defended as its answer too.
      const distractors = items.filter((other) => other !== item && !shares(stems(other.label), words)).map((other) => other.label);
      if (distractors.length < 2) continue;
      const where = intro ? `Under “${intro.replace(/:$/, '')}”, which` : 'Which';
      const candidate: Candidate = {
        kind: 'fact',
        prompt: `${where} item of the article’s list says: “${item.description}”?`,
        correct: item.label,
        distractors,
        evidence: sentences[item.sentence].text,
        explanation: `The article’s list gives this under “${item.label}”.`,
        order: item.sentence,
        answerKey: item.label,
        promptKeys: [],
        family: `list ${items[0].sentence}`,
        signals: {keyKind: 0.9, standIns: Object.fromEntries(distractors.map((text) => [text, 0.9])), fit: 1, importance: importance(item.sentence)},
      };
      if (!best || candidate.signals!.importance > best.signals!.importance) best = candidate;
    }
    if (best) candidates.push(best);
  }
  return candidates;
}
