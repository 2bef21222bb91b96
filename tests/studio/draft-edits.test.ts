import {expect} from '@open-wc/testing';
import {addChoice, addQuestion, deleteQuestion, draftFromQuiz, duplicateQuestion, moveQuestion, removeChoice, replaceQuestion, setAnswer, setChoice, setExplanation, setPrompt} from '../../src/studio/draft-edits.js';
import type {Draft} from '../../src/studio/draft.js';
import type {Question} from '../../src/quiz/types.js';

const question = (id: string, prompt = `Prompt ${id}?`): Question => ({
  id,
  kind: 'fact',
  prompt,
  choices: [
    {id: 'a', text: `${id} one`},
    {id: 'b', text: `${id} two`},
    {id: 'c', text: `${id} three`},
  ],
  answer: 'b',
});
const draft: Draft = {quiz: {questions: [question('q1'), question('q2'), question('q3')]}, confidence: {q1: 0.9, q2: 0.8, q3: 0.7}};
const ids = (d: Draft | undefined) => d!.quiz.questions.map((q) => q.id);

describe('draft edits', () => {
  it('edit a stem, a choice, the key and the explanation, leaving the old draft alone', () => {
    let next = setPrompt(draft, 'q2', 'A new stem?').draft!;
    next = setChoice(next, 'q2', 'a', 'Another choice').draft!;
    next = setAnswer(next, 'q2', 'c').draft!;
    next = setExplanation(next, 'q2', 'Because.').draft!;
    expect(next.quiz.questions[1]).to.deep.include({prompt: 'A new stem?', answer: 'c', explanation: 'Because.'});
    expect(next.quiz.questions[1].choices[0].text).to.equal('Another choice');
    expect(draft.quiz.questions[1].prompt).to.equal('Prompt q2?');
    expect(setExplanation(next, 'q2', ' ').draft!.quiz.questions[1]).not.to.have.property('explanation');
  });

  it('blocks an invalid edit with the question and field', () => {
    expect(setPrompt(draft, 'q1', '  ').fault).to.deep.equal({question: 'q1', field: 'prompt', message: 'is empty'});
    expect(setChoice(draft, 'q1', 'a', 'q1 two').fault).to.include({question: 'q1', field: 'choices[1].text'});
    expect(setChoice(draft, 'q1', 'a', 'x'.repeat(2001)).fault).to.include({field: 'choices[0].text'});
    expect(setAnswer(draft, 'q1', 'z').fault).to.include({field: 'answer'});
    expect(removeChoice(draft, 'q1', 'b').fault).to.include({field: 'choices'});
    const two = removeChoice(draft, 'q1', 'a').draft!;
    expect(removeChoice(two, 'q1', 'c').fault).to.include({field: 'choices', message: 'needs at least 2 choices'});
  });

  it('adds and removes choices', () => {
    const added = addChoice(draft, 'q1', 'q1 four').draft!;
    expect(added.quiz.questions[0].choices.map((c) => c.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(addChoice(draft, 'q1', 'q1 one').fault).to.exist;
    expect(removeChoice(added, 'q1', 'a').draft!.quiz.questions[0].choices.map((c) => c.id)).to.deep.equal(['b', 'c', 'd']);
  });

  it('deletes, moves (clamped) and duplicates, keeping confidence by id', () => {
    const deleted = deleteQuestion(draft, 'q2').draft!;
    expect(ids(deleted)).to.deep.equal(['q1', 'q3']);
    expect(deleted.confidence).to.deep.equal({q1: 0.9, q3: 0.7});
    expect(ids(moveQuestion(draft, 'q1', 1).draft)).to.deep.equal(['q2', 'q1', 'q3']);
    expect(ids(moveQuestion(draft, 'q1', -1).draft)).to.deep.equal(['q1', 'q2', 'q3']);
    expect(ids(moveQuestion(draft, 'q3', -5).draft)).to.deep.equal(['q3', 'q1', 'q2']);
    const copy = duplicateQuestion(draft, 'q1').draft!;
    expect(ids(copy)).to.deep.equal(['q1', 'q4', 'q2', 'q3']);
    expect(copy.quiz.questions[1]).to.deep.include({kind: 'authored', prompt: 'Prompt q1?'});
    expect(copy.confidence).not.to.have.property('q4');
    expect(deleteQuestion(deleteQuestion(deleteQuestion(draft, 'q1').draft!, 'q2').draft!, 'q3').draft!.quiz.questions).to.deep.equal([]);
  });

  it('adds a question by hand, leaving out empty choices', () => {
    const added = addQuestion(draft, {prompt: 'Who?', choices: ['Ann', '', 'Bob', 'Cy'], answer: 2, explanation: ''}).draft!;
    expect(added.quiz.questions[3]).to.deep.equal({
      id: 'q4',
      kind: 'authored',
      prompt: 'Who?',
      choices: [
        {id: 'a', text: 'Ann'},
        {id: 'b', text: 'Bob'},
        {id: 'c', text: 'Cy'},
      ],
      answer: 'b',
    });
    expect(addQuestion(draft, {prompt: '', choices: ['a', 'b'], answer: 0}).fault).to.include({field: 'prompt'});
    expect(addQuestion(draft, {prompt: 'Who?', choices: ['a', 'a'], answer: 0}).fault).to.include({field: 'choices[1].text'});
  });

  it('replaces a question with its confidence, and reads quiz JSON', () => {
    const replaced = replaceQuestion(draft, {...question('q2', 'Other?'), kind: 'fact'}, 0.55).draft!;
    expect(replaced.quiz.questions[1].prompt).to.equal('Other?');
    expect(replaced.confidence.q2).to.equal(0.55);
    expect(draftFromQuiz({questions: []}).fault).to.exist;
    expect(draftFromQuiz({questions: [question('q1')]}).draft!.quiz.questions).to.have.length(1);
  });
});
