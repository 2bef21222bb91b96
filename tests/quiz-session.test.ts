import {expect} from '@open-wc/testing';
import {check, choiceOf, finish, go, newSession, pick, unanswered} from '../src/quiz-session.js';
import type {Question} from '../src/quiz/types.js';

const question = (id: string): Question => ({
  id,
  kind: 'authored',
  prompt: `${id}?`,
  choices: [
    {id: 'a', text: 'A'},
    {id: 'b', text: 'B'},
  ],
  answer: 'a',
});
const questions = [question('q1'), question('q2'), question('q3')];

describe('quiz session', () => {
  it('starts with no place, no answers and no picks', () => {
    expect(newSession()).to.deep.equal({phase: 'start', index: 0, answers: {}, picks: {}});
    expect(newSession('question').phase).to.equal('question');
  });

  it('keeps a pick changeable until it is checked, then fixed', () => {
    let session = pick(newSession('question'), 'q1', 'b');
    session = pick(session, 'q1', 'a');
    expect(choiceOf(session, 'q1')).to.equal('a');
    session = check(session, ['q1']);
    expect(session.answers).to.deep.equal({q1: 'a'});
    expect(session.picks).to.deep.equal({});
    expect(pick(session, 'q1', 'b')).to.equal(session);
    expect(choiceOf(session, 'q1')).to.equal('a');
  });

  it('checks only questions with a pick, and never changes a checked answer', () => {
    const session = check({...newSession('question'), answers: {q1: 'a'}, picks: {q1: 'b', q2: 'b'}}, ['q1', 'q2', 'q3']);
    expect(session.answers).to.deep.equal({q1: 'a', q2: 'b'});
    expect(session.picks).to.deep.equal({});
  });

  it('does not change the session it is given', () => {
    const before = pick(newSession('question'), 'q1', 'a');
    const copy = structuredClone(before);
    check(before, ['q1']);
    pick(before, 'q2', 'b');
    go(before, 1, 3);
    finish(before, questions);
    expect(before).to.deep.equal(copy);
  });

  it('moves back and next within the quiz', () => {
    let session = newSession('question');
    session = go(session, 1, 3);
    session = go(session, 1, 3);
    expect(session.index).to.equal(2);
    expect(go(session, 1, 3).index).to.equal(2);
    expect(go(go(go(session, -1, 3), -1, 3), -1, 3).index).to.equal(0);
  });

  it('names the unanswered questions by position, picks and answers both counting as answered', () => {
    const session = {...newSession('question'), answers: {q1: 'a'}, picks: {q3: 'b'}};
    expect(unanswered(session, questions)).to.deep.equal([2]);
    expect(unanswered(newSession(), questions)).to.deep.equal([1, 2, 3]);
  });

  it('finishes by checking every pick and showing the result', () => {
    const session = finish({...newSession('question'), index: 2, answers: {q1: 'b'}, picks: {q2: 'a', q3: 'a'}}, questions);
    expect(session).to.deep.equal({phase: 'result', index: 2, answers: {q1: 'b', q2: 'a', q3: 'a'}, picks: {}});
  });
});
