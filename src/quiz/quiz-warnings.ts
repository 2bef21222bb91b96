/**
 * The automatic warnings about a reviewed quiz: the kinds of fault `../shared/quiz-check.mjs` finds, each
 * named by question, field and a code an editor (or a localized UI) can act on. Unlike validateQuiz, a
 * warning does not block publishing: it asks a person to look again. Pure: no DOM, no engine; runs in Node.
 */
import {aliases, normalize} from './choosing/checks.js';
import {STOP} from './understanding/gazetteer.js';
import type {Question, Quiz} from './types.js';

export type WarningCode =
  'fewer-than-3-choices' | 'not-in-article' | 'evidence-not-in-article' | 'answer-in-prompt' | 'choice-nested' | 'markup' | 'determiner-cue' | 'same-thing' | 'distractor-also-true' | 'answer-in-other-prompt';

export interface QuizWarning {
  code: WarningCode;
  /** The field to look at: `prompt`, `choices`, `evidence`. */
  field: string;
  /** One line for a log or the CLI (English). */
  message: string;
}

const MESSAGES: Record<WarningCode, string> = {
  'fewer-than-3-choices': 'has fewer than 3 choices: guessing is easy',
  'not-in-article': 'the right choice is not what the article says',
  'evidence-not-in-article': 'the evidence is not a sentence of the article',
  'answer-in-prompt': 'the question gives its answer away',
  'choice-nested': 'one choice is inside another',
  markup: 'markup or a placeholder is left in the text',
  'determiner-cue': 'only the right choice differs in its "the"',
  'same-thing': 'two choices name the same thing',
  'distractor-also-true': 'a wrong choice is also true by the article',
  'answer-in-other-prompt': 'another question spells its answer out',
};

const FIELDS: Record<WarningCode, string> = {
  'fewer-than-3-choices': 'choices',
  'not-in-article': 'answer',
  'evidence-not-in-article': 'evidence',
  'answer-in-prompt': 'prompt',
  'choice-nested': 'choices',
  markup: 'prompt',
  'determiner-cue': 'choices',
  'same-thing': 'choices',
  'distractor-also-true': 'choices',
  'answer-in-other-prompt': 'prompt',
};

const BLANK = /_{2,}|\.{3,}|…|\[blank\]/i;
const MARKUP = /\*\*|\]\(|\[[A-Z][A-Za-z ]{0,30}\]|\{\{|<\/?[a-z][a-z0-9]*[\s>]|^#{1,6}\s|`/;

const norm = (text: string) => normalize(String(text ?? '').normalize('NFKC'));
const words = (text: string) => norm(text).split(' ').filter(Boolean);
const content = (text: string) => words(text).filter((word) => !STOP.has(word.replace(/'s$/, '')));
const bare = (text: string) => norm(text).replace(/^(the|a|an) /, '');
const has = (outer: string, inner: string) => ` ${norm(outer)} `.includes(` ${norm(inner)} `);
const short = (text: string) => words(text).length <= 6 && content(text).length > 0;

/** Share of the text's content words that the article has. */
function support(text: string, article: Set<string>): number {
  const own = new Set(content(text));
  if (!own.size) return 1;
  let hit = 0;
  for (const word of own) if (article.has(word)) hit++;
  return hit / own.size;
}

/** An article, read once for the checks of every question. */
export interface CheckedArticle {
  text: string;
  words: Set<string>;
}

export function readArticle(text: string): CheckedArticle {
  const normalized = norm(text);
  return {text: ` ${normalized} `, words: new Set(normalized.split(' '))};
}

const warning = (code: WarningCode): QuizWarning => ({code, field: FIELDS[code], message: MESSAGES[code]});

/** The warnings about one question; the article ones only when an article is given. */
export function questionWarnings(question: Question, article?: CheckedArticle): QuizWarning[] {
  const found = new Set<WarningCode>();
  const choices = question.choices;
  const key = choices.find((choice) => choice.id === question.answer);
  if (choices.length < 3) found.add('fewer-than-3-choices');
  if ([question.prompt, ...choices.map((choice) => choice.text)].some((text) => MARKUP.test(text))) found.add('markup');
  if (key) {
    const others = choices.filter((choice) => choice !== key);
    if (short(key.text) && has(question.prompt, key.text)) found.add('answer-in-prompt');
    if (short(key.text) && others.some((other) => words(other.text).length <= 6 && (has(other.text, key.text) || has(key.text, other.text)))) found.add('choice-nested');
    const determined = (text: string) => /^the\s/i.test(text.trim());
    if (choices.length >= 3 && others.every((other) => determined(other.text) !== determined(key.text))) found.add('determiner-cue');
    const keys = choices.map((choice) => bare(choice.text));
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (keys[i] && keys[j] && keys[i] !== keys[j] && aliases(keys[i], keys[j])) found.add('same-thing');
    if (article) {
      if (question.kind !== 'authored' && support(key.text, article.words) < 0.7) found.add('not-in-article');
      if (BLANK.test(question.prompt))
        for (const other of others) {
          const filled = norm(question.prompt.replace(BLANK, ` ${other.text} `));
          if (filled.length > 20 && article.text.includes(` ${filled} `)) found.add('distractor-also-true');
        }
    }
  }
  if (article && question.evidence && !article.text.includes(` ${norm(question.evidence)} `)) found.add('evidence-not-in-article');
  return [...found].map(warning);
}

/** The warnings of every question, by question id, including answers another question's stem spells out. */
export function quizWarnings(quiz: Quiz, articleText?: string): Map<string, QuizWarning[]> {
  const article = articleText?.trim() ? readArticle(articleText) : undefined;
  const result = new Map<string, QuizWarning[]>();
  for (const question of quiz.questions) {
    const found = questionWarnings(question, article);
    const key = question.choices.find((choice) => choice.id === question.answer)?.text;
    if (key && short(key) && quiz.questions.some((other) => other !== question && has(other.prompt, key))) found.push(warning('answer-in-other-prompt'));
    result.set(question.id, found);
  }
  return result;
}
