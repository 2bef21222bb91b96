import {expect} from '@open-wc/testing';
import {isCorrect, scoreQuiz} from '../../src/quiz/score.js';
import type {Question} from '../../src/quiz/types.js';

const question = (id: string, answer: string): Question => ({
  id,
  kind: 'faq',
  prompt: `Question ${id}?`,
  choices: ['a', 'b', 'c'].map((choice) => ({id: choice, text: `${id}-${choice}`})),
  answer,
});

describe('scoring', () => {
  const questions = [question('q1', 'a'), question('q2', 'b'), question('q3', 'c')];

  it('counts correct answers and gives a whole percent', () => {
    expect(scoreQuiz(questions, {q1: 'a', q2: 'b', q3: 'a'})).to.deep.equal({score: 2, total: 3, percent: 67});
    expect(scoreQuiz(questions, {q1: 'a', q2: 'b', q3: 'c'})).to.deep.equal({score: 3, total: 3, percent: 100});
    expect(scoreQuiz(questions, {q1: 'b', q2: 'c', q3: 'a'})).to.deep.equal({score: 0, total: 3, percent: 0});
  });

  it('counts unanswered questions and unknown ids as wrong', () => {
    expect(scoreQuiz(questions, {q1: 'a', q9: 'a', q2: 'zz'})).to.deep.equal({score: 1, total: 3, percent: 33});
  });

  it('scores an empty quiz as 0 of 0 without dividing by zero', () => {
    expect(scoreQuiz([], {})).to.deep.equal({score: 0, total: 0, percent: 0});
  });

  it('judges one answer', () => {
    expect(isCorrect(questions[0], 'a')).to.be.true;
    expect(isCorrect(questions[0], 'b')).to.be.false;
    expect(isCorrect(questions[0], undefined)).to.be.false;
  });
});
