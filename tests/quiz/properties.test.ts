import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {generateQuiz} from '../../src/quiz/generate.js';
import {SEED_ARTICLE} from '../fixtures/articles.js';
import {quizProblems} from './invariants.js';

const NAMES = ['Kim Jong Un', 'Sergei Lavrov', 'Angela Merkel', 'Paris', 'Japan', 'the United Nations', 'NATO', 'Apple', 'Real Madrid', 'Russian', 'President Joe Biden', 'Dr. Ana Ruiz'];
const FIGURES = ['4.1%', '2024', '2024-2025', '$1.5 billion', 'March 18-19', 'January 23, 2026', 'five', '1,250', '16', 'Oct 20'];
const WORDS = ['said', 'met', 'the', 'talks', 'in', 'on', 'with', 'and', 'agreed', 'plan', 'growth', 'rose', 'to', 'of', 'a', 'meeting', 'after', 'report'];

/** Sentences made of article-like parts: names, figures, glue words, in random orders. */
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...FIGURES), fc.constantFrom(...WORDS)), {minLength: 3, maxLength: 25})
  .map((parts) => parts.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 5}).map((s) => s.join(' '));
const faqPair = fc.tuple(fc.array(fc.constantFrom(...WORDS, ...NAMES), {minLength: 2, maxLength: 8}), sentence).map(([q, a]) => `What ${q.join(' ')}?\n\n${a}`);
const article = fc
  .tuple(fc.array(paragraph, {minLength: 0, maxLength: 8}), fc.array(faqPair, {maxLength: 6}))
  .map(([body, faq]) => body.join('\n\n') + (faq.length ? '\n\nFrequently Asked Questions\n\n' + faq.join('\n\n') : ''));

function assertGood(input: string, options = {}) {
  const quiz = generateQuiz(input, options);
  expect(quizProblems(input, quiz), input.slice(0, 200)).to.deep.equal([]);
  return quiz;
}

describe('generator properties', () => {
  it('never throws and always meets the invariants on article-like text', () => {
    fc.assert(
      fc.property(article, fc.integer({min: 0, max: 40}), fc.string(), (text, count, seed) => void assertGood(text, {count, seed})),
      {numRuns: 150}
    );
  });

  it('never throws on arbitrary strings, including full unicode', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => void assertGood(text)),
      {numRuns: 200}
    );
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => void assertGood(text)),
      {numRuns: 100}
    );
  });

  it('survives mixing the seed article with random noise', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 40}), fc.nat(SEED_ARTICLE.length), (noise, at) => void assertGood(SEED_ARTICLE.slice(0, at) + noise + SEED_ARTICLE.slice(at))),
      {numRuns: 60}
    );
  });

  it('handles adversarial inputs', () => {
    const cases = [
      '',
      ' ',
      '.'.repeat(5000),
      '?!;:—–…'.repeat(300),
      SEED_ARTICLE.replace(/\n+/g, ' '),
      'word '.repeat(20000),
      'Kim Jong Un met Sergei Lavrov in 2024. '.repeat(400),
      '<html><body><script>alert(1)</script><p>Kim Jong Un met <b>Sergei Lavrov</b> in Moscow on Oct 20, 2024.</p><p>Choe Son Hui met Antony Blinken in Seoul in 2023.</p></body></html>',
      '北朝鮮の金正恩氏は2024年にロシアを訪問した。 Ünïcödé Çàfé Résumé met Zoë Ñúñez in Zürich on 5 May 2021.',
      'Frequently Asked Questions\n\n' +
        Array.from({length: 100}, (_, i) => `What did Team ${i} win in ${1900 + i}?\n\nTeam ${i} won the Cup of Nation ${i} in ${1900 + i}, beating Rivals ${i + 1} in Paris.`).join('\n\n'),
    ];
    for (const input of cases) assertGood(input);
    const many = assertGood(cases[cases.length - 1], {count: 200});
    expect(many.questions.length).to.be.greaterThan(8);
  });
});
