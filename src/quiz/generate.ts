/**
 * Article text or HTML → quiz: parse, find typed mentions, build FAQ and fact candidates, check and select.
 * Pure and deterministic: the same input and seed give the same JSON in every JavaScript engine.
 */
import {parseArticle} from './reading/article.js';
import {parseArticleText} from './reading/article-text.js';
import {normalize} from './choosing/checks.js';
import {forgetShapes} from './understanding/name-shapes.js';
import {analyzeInSteps, contentWords} from './understanding/entities.js';
import {centralityOf, importanceOf, storySubjects} from './understanding/importance.js';
import {conciseAnswer, faqCandidates} from './asking/faq-questions.js';
import {factCandidates} from './asking/fact-questions.js';
import {tableCandidates} from './asking/table-questions.js';
import {listCandidates} from './asking/list-questions.js';
import {createRandom, hashString} from './random.js';
import {finish, LONG_STEP_NEXT, type Pause} from './steps.js';
import {selectQuestions} from './choosing/select.js';
import {termCandidates} from './asking/term-questions.js';
import {DEFAULT_QUESTION_COUNT, type Article, type GenerateOptions, type Quiz} from './types.js';

/** Article text or HTML → quiz. */
export function generateQuiz(input: string, options: GenerateOptions = {}): Quiz {
  return quizFrom(input, parseArticle, options);
}

/**
 * Plain text → quiz, the same as generateQuiz for text, without the HTML reader in the bundle: the element
 * reads HTML with the browser's DOMParser before it gets here.
 */
export function generateQuizFromText(text: string, options: GenerateOptions = {}): Quiz {
  return quizFrom(text, parseArticleText, options);
}

/**
 * The same quiz as generateQuiz (or, with `html` false, generateQuizFromText), written in steps: a caller on
 * the main thread yields to the page between them, so reading a long article never blocks it for long.
 */
export function* generateQuizInSteps(input: string, options: GenerateOptions = {}, html = true): Generator<Pause, Quiz> {
  const draft = yield* draftSteps(input, html ? parseArticle : parseArticleText, options);
  // The fact candidates are built one at a time, with a pause after each, before the choice reads them.
  const facts = [];
  for (const candidate of draft.facts) {
    facts.push(candidate);
    yield;
  }
  yield LONG_STEP_NEXT;
  return {questions: selectQuestions(draft.faqs, facts, draft.count, draft.normalizedText, draft.random, draft.terms, draft.title)};
}

function quizFrom(input: string, parse: (text: string) => Article, options: GenerateOptions): Quiz {
  const draft = finish(draftSteps(input, parse, options));
  return {questions: selectQuestions(draft.faqs, draft.facts, draft.count, draft.normalizedText, draft.random, draft.terms, draft.title)};
}

/** Every candidate the engine builds for an article, best first within each source, before any check. */
export function draftCandidates(input: string, options: GenerateOptions = {}) {
  const draft = finish(draftSteps(input, parseArticle, options));
  return {candidates: [...draft.faqs, ...draft.facts, ...draft.terms()]};
}

function* draftSteps(input: string, parse: (text: string) => Article, options: GenerateOptions) {
  // NFKC once up front, so every later comparison is between normalised strings.
  // (Ordinal indicators survive it: NFKC would turn "70º" and "1ª" into "70o" and "1a".)
  const text =
    typeof input === 'string'
      ? input
          .replace(/º/g, '\uE000')
          .replace(/ª/g, '\uE001')
          .normalize('NFKC')
          .replace(/\uE000/g, 'º')
          .replace(/\uE001/g, 'ª')
      : '';
  yield LONG_STEP_NEXT;
  const article = parse(text);
  yield;
  // The default seed comes from what was read, not how it was written: the same story as text, HTML or
  // the element's indented light DOM gives the same quiz.
  const random = createRandom(options.seed ?? hashString(JSON.stringify([article.sentences, article.faq])));
  const count = Math.max(0, Math.floor(Number(options.count ?? DEFAULT_QUESTION_COUNT))) || 0;
  const body = article.sentences.map((s) => s.text);
  // FAQ questions and answers join the analysis so their names are typed alike and guard the truth too.
  const texts = body.slice();
  const pairs = article.faq
    .filter((pair) => !pair.incomplete && pair.question.trim() && pair.answer.trim())
    .map((pair, index) => {
      const {statement, key, fragment} = conciseAnswer(pair.question, pair.answer);
      // The rest of the answer is analysed too: what it says must not come back as a distractor.
      texts.push(pair.question, key, pair.answer.slice(pair.answer.indexOf(statement) + statement.length).trim());
      return {index, statement, fragment, question: texts.length - 3, key: texts.length - 2};
    });
  forgetShapes();
  yield;
  const analysis = yield* analyzeInSteps(texts);
  yield;
  // Cloze and "who" questions need English grammar; other languages get FAQ questions and figures.
  const english = article.language === 'en' || article.language === 'und' || article.language === undefined;
  const faqs = faqCandidates(analysis, pairs, random, english);
  yield;
  const headline = new Set(article.title ? contentWords(article.title) : []);
  // Names the FAQ questions give away cannot be the answer of a fact question; nor can the story's subjects.
  const taken = new Set([...faqs.flatMap((faq) => faq.promptKeys), ...storySubjects(analysis, headline, body.length)]);
  const importance = (sentence: number, key = '') => importanceOf(analysis, sentence, body.length, headline, key);
  // (How central each sentence is, read once for the whole article: a step of its own before the facts.)
  centralityOf(analysis, body.length);
  // Next, the first fact candidate: every sentence's blanks are scored before the best one is built.
  yield LONG_STEP_NEXT;
  // More candidates than asked for: the confidence gate drops some.
  const paragraphOf = (i: number) => article.sentences[i].paragraph;
  const facts = factCandidates(analysis, {bodyCount: body.length, paragraphOf, random, limit: count * 3 + 12, taken, importance, figuresOnly: !english});
  // Figures in the article's tables come after the prose facts, to fill a quiz the prose cannot.
  const all = (function* () {
    yield* facts;
    // Which item of a labelled list says this: an explainer's own structure, where it has few facts.
    if (english) yield* listCandidates(article.sentences, (sentence) => importance(sentence));
    yield* tableCandidates(text, analysis, body.length, random);
  })();
  // Key terms last, built only when names and figures cannot fill the quiz.
  const terms = () => (english ? termCandidates(analysis, body.length, paragraphOf, body.length * 2, importance) : []);
  return {faqs, facts: all, terms, count, normalizedText: normalize(text), random, title: article.title};
}
