import {expect} from '@open-wc/testing';
import {generateQuiz} from '../../src/quiz/generate.js';
import {findTerms} from '../../src/quiz/asking/term-questions.js';
import {CORPUS} from '../fixtures/corpus.js';
import {quizProblems} from './invariants.js';

const answerOf = (q: {choices: {id: string; text: string}[]; answer: string}) => q.choices.find((c) => c.id === q.answer)!.text;

// An article of ideas, not names: no person, place or figure to ask about.
const POLICY = [
  'Pension reform is moving up the agenda as retirement savers worry about rising costs.',
  'Many retail investors say that complex products leave them unsure of what they own.',
  'Advisers warn that institutional investors get better terms than retail investors on the same funds.',
  'The new rules would require clearer fee disclosures before any money changes hands.',
  'Consumer groups argue that retirement savers deserve plain language and lower charges.',
  'Critics say that hidden charges fall hardest on retirement savers with small balances.',
  'Supporters reply that wider choice helps institutional investors and savers alike over time.',
].join(' ');

describe('key-term questions', () => {
  it('finds noun phrases, not a noun and its verb', () => {
    const sentences = [
      'As the season progresses, the debate continues to grow among local businesses.',
      'This match promises to be close, and the league table shows why.',
      'Experts recommend investors carefully evaluate fees before they buy.',
      'Local businesses joined the protest, and local businesses paid for it.',
    ];
    const terms = [...findTerms(sentences, sentences.length).keys()];
    expect(terms).to.include.members(['local businesses', 'league table']);
    for (const verbal of ['season progresses', 'debate continues', 'match promises', 'evaluate fees', 'recommend investors']) expect(terms).to.not.include(verbal);
  });

  it('asks an article without names about its key terms, with stand-ins of the same head first', () => {
    const quiz = generateQuiz(POLICY);
    expect(quizProblems(POLICY, quiz)).to.deep.equal([]);
    expect(quiz.questions.length).to.be.at.least(2);
    for (const q of quiz.questions) {
      const stem = q.prompt.toLowerCase();
      for (const choice of q.choices) {
        // Every choice is a phrase of the article, and none shows in the stem already.
        expect(POLICY.toLowerCase(), choice.text).to.include(choice.text.toLowerCase());
        expect(stem, choice.text).to.not.include(choice.text.toLowerCase());
      }
    }
    const investors = quiz.questions.find((q) => /investors$/.test(answerOf(q)));
    expect(investors, 'a question on an "... investors" phrase').to.not.equal(undefined);
    expect(investors!.choices.map((c) => c.text)).to.include.members(['retail investors', 'institutional investors']);
  });

  it('never offers a stand-in that the article says in the same place', () => {
    // "retirement savers" follows "Critics say that hidden charges fall hardest on" only once: the
    // sentence with "retail investors" shares its words, so neither stands in for the other there.
    const text = 'Critics say that hidden charges fall hardest on retirement savers with small balances. Critics say that hidden charges fall hardest on retail investors with small balances too. Retail investors and retirement savers both lose out, and institutional investors gain from higher charges on retail investors.';
    for (const q of generateQuiz(text, {count: 30}).questions) {
      if (!/^Critics/.test(q.prompt)) continue;
      const texts = q.choices.map((c) => c.text);
      expect(texts.includes('retirement savers') && texts.includes('retail investors'), q.prompt).to.be.false;
    }
  });

  it('fills the thin corpus articles: ms-legal (no names or figures) and us-headlines get at least 2 and 4 fact questions', () => {
    const facts = (prefix: string) => generateQuiz(CORPUS.find((a) => a.name.startsWith(prefix))!.text).questions.filter((q) => q.kind === 'fact');
    expect(facts('ms-legal').length).to.be.at.least(2);
    expect(facts('us-headlines').length).to.be.at.least(4);
  });
});
