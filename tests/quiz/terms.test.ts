import {expect} from '@open-wc/testing';
import {draftCandidates, generateQuiz} from '../../src/quiz/generate.js';
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

// Terms of one head noun with noun modifiers: the one family key-term questions may use.
const RATES = [
  'Central banks keep a close watch on interest rates when prices rise quickly.',
  'The rise in mortgage rates has cooled the housing market in many cities.',
  'Savers welcomed the jump in savings rates at several high street lenders.',
  'Traders said that exchange rates moved sharply after the announcement.',
  'Economists expect that interest rates will stay high until inflation falls further.',
  'Lenders have trimmed their mortgage rates for first-time buyers in recent weeks.',
  'Analysts say that savings rates may drop once the central bank changes course.',
  'Governments rarely change tax rates in the year before an election.',
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

  it('drafts a key term only among terms of its own head noun, one per family, and never asks it', () => {
    // Of one head ("rates") with noun modifiers, the stand-ins are of one kind.
    const terms = draftCandidates(RATES, {count: 30}).candidates.filter((c) => c.family);
    expect(terms.length).to.be.at.least(1);
    for (const term of terms)
      for (const choice of [term.correct, ...term.distractors]) {
        expect(choice).to.match(/^\w+ rates$/);
        expect(RATES.toLowerCase(), choice).to.include(choice.toLowerCase());
        expect(term.prompt.toLowerCase(), choice).to.not.include(choice.toLowerCase());
      }
    // Blind reviews passed none of five key-term and list questions (m15 to m34): the quiz asks none.
    const all = generateQuiz(RATES, {count: 30}).questions;
    expect(all.filter((question) => / rates$/.test(answerOf(question)))).to.deep.equal([]);
    expect(quizProblems(RATES, {questions: all})).to.deep.equal([]);
  });

  it('leaves key terms of mixed heads or qualities unasked: an article of ideas with nothing sure gets no quiz', () => {
    // "retail investors / retirement savers / fee disclosures" are of different kinds: no safe question.
    expect(generateQuiz(POLICY).questions).to.deep.equal([]);
    // "For real ___" would split "real estate investors"; "reusable / lightweight containers" are qualities.
    const text = 'For real estate investors, timing matters a great deal in a rising market. Pack a few reusable containers and lightweight containers for the trip.';
    for (const question of generateQuiz(text, {count: 30}).questions) expect(question.prompt).to.not.match(/For real ___|___ for the trip/);
  });

  it('never offers a stand-in that the article says in the same place', () => {
    // "retirement savers" follows "Critics say that hidden charges fall hardest on" only once: the
    // sentence with "retail investors" shares its words, so neither stands in for the other there.
    const text =
      'Critics say that hidden charges fall hardest on retirement savers with small balances. Critics say that hidden charges fall hardest on retail investors with small balances too. Retail investors and retirement savers both lose out, and institutional investors gain from higher charges on retail investors.';
    for (const q of generateQuiz(text, {count: 30}).questions) {
      if (!/^Critics/.test(q.prompt)) continue;
      const texts = q.choices.map((c) => c.text);
      expect(texts.includes('retirement savers') && texts.includes('retail investors'), q.prompt).to.be.false;
    }
  });

  it('gives the thin corpus articles no quiz rather than a weak one: ms-legal has no names, figures or one-head terms', () => {
    expect(generateQuiz(CORPUS.find((a) => a.name.startsWith('ms-legal'))!.text).questions).to.deep.equal([]);
  });
});
