import {expect} from '@open-wc/testing';
import {candidatePool, draftQuiz, freshDistractors, nextCandidate, withDistractors} from '../../src/quiz/drafting.js';
import {quizWarnings} from '../../src/quiz/quiz-warnings.js';
import {generateQuizFromText} from '../../src/quiz/generate.js';
import {validateQuiz} from '../../src/quiz/validate.js';
import {SEED_ARTICLE} from '../fixtures/articles.js';
import type {Question} from '../../src/quiz/types.js';

const STORY = [
  'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.',
  'Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.',
  'The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.',
  'Forecaster James Hollis of the Met Office said gusts of 100 mph were recorded at Berry Head in Devon.',
  'Ferry operator Brittany Ferries cancelled 12 crossings from Plymouth to Roscoff, affecting 4,000 passengers.',
].join('\n\n');

describe('drafting (the engine, for the studio)', () => {
  it('drafts the quiz the reader would write, with a confidence per question', () => {
    const options = {count: 8, seed: 'studio'};
    const {quiz, confidence} = draftQuiz(SEED_ARTICLE, options);
    expect(quiz).to.deep.equal(generateQuizFromText(SEED_ARTICLE, options));
    for (const question of quiz.questions) expect(confidence[question.id]).to.be.within(0.5, 1);
  });

  it('offers the next-best candidate, never one the draft asks, and moves on past those offered', () => {
    for (const text of [SEED_ARTICLE, STORY]) {
      const pool = candidatePool(text, {seed: 's'});
      const {quiz} = draftQuiz(text, {seed: 's'}, pool);
      const first = quiz.questions[0];
      const next = nextCandidate(pool, quiz, first.id, [], 's');
      if (!next) continue;
      expect(next.question.id).to.equal(first.id);
      expect(quiz.questions.map((q) => q.prompt)).not.to.include(next.question.prompt);
      expect(validateQuiz({questions: [next.question]}).quiz).to.exist;
      const after = nextCandidate(pool, quiz, first.id, [next.question.prompt], 's');
      if (after) expect(after.question.prompt).not.to.equal(next.question.prompt);
    }
    const pool = candidatePool(SEED_ARTICLE);
    expect(nextCandidate(pool, draftQuiz(SEED_ARTICLE, {}, pool).quiz, 'nope')).to.equal(undefined);
  });

  it('gives fresh distractors where the engine has others, and keeps the key', () => {
    const pool = candidatePool(STORY, {seed: 's', count: 10});
    const {quiz} = draftQuiz(STORY, {seed: 's', count: 10}, pool);
    let found = 0;
    for (const question of quiz.questions) {
      const fresh = freshDistractors(pool, question);
      if (!fresh) continue;
      found++;
      const key = question.choices.find((c) => c.id === question.answer)!.text;
      expect(fresh).not.to.include(key);
      const swapped = withDistractors(question, fresh, 's');
      expect(swapped.choices.find((c) => c.id === swapped.answer)!.text).to.equal(key);
      expect(validateQuiz({questions: [swapped]}).quiz).to.exist;
    }
    expect(found, 'questions with other distractors').to.be.greaterThan(0);
    const authored: Question = {
      id: 'x',
      kind: 'authored',
      prompt: 'Mine?',
      choices: [
        {id: 'a', text: 'A'},
        {id: 'b', text: 'B'},
      ],
      answer: 'a',
    };
    expect(freshDistractors(pool, authored)).to.equal(undefined);
  });
});

describe('quiz warnings', () => {
  const q = (over: Partial<Question>): Question => ({
    id: 'q1',
    kind: 'fact',
    prompt: 'Kim met ___ in Pyongyang.',
    choices: [
      {id: 'a', text: 'Sergei Lavrov'},
      {id: 'b', text: 'Choe Son Hui'},
      {id: 'c', text: 'Vladimir Putin'},
    ],
    answer: 'a',
    ...over,
  });
  const codes = (question: Question, article?: string, others: Question[] = []) =>
    quizWarnings({questions: [question, ...others]}, article)
      .get(question.id)!
      .map((w) => w.code);

  it('finds nothing wrong with a sound question', () => {
    expect(codes(q({}), 'Kim met Sergei Lavrov in Pyongyang.')).to.deep.equal([]);
  });

  it('names the kinds of fault quiz-check finds', () => {
    expect(
      codes(
        q({
          choices: [
            {id: 'a', text: 'Sergei Lavrov'},
            {id: 'b', text: 'Putin'},
          ],
          answer: 'a',
        })
      )
    ).to.include('fewer-than-3-choices');
    expect(codes(q({prompt: 'Sergei Lavrov met ___?'}))).to.include('answer-in-prompt');
    expect(codes(q({prompt: 'See **this** ___'}))).to.include('markup');
    expect(
      codes(
        q({
          choices: [
            {id: 'a', text: 'Lavrov'},
            {id: 'b', text: 'Sergei Lavrov'},
            {id: 'c', text: 'Putin'},
          ],
        })
      )
    ).to.include('choice-nested');
    expect(
      codes(
        q({
          choices: [
            {id: 'a', text: 'the Kremlin'},
            {id: 'b', text: 'Moscow'},
            {id: 'c', text: 'Seoul'},
          ],
        })
      )
    ).to.include('determiner-cue');
    expect(
      codes(
        q({
          choices: [
            {id: 'a', text: 'Contributor License Agreement'},
            {id: 'b', text: 'CLA'},
            {id: 'c', text: 'NDA'},
          ],
        })
      )
    ).to.include('same-thing');
    expect(codes(q({}), 'Kim met Choe Son Hui in Pyongyang.')).to.include.members(['not-in-article', 'distractor-also-true']);
    expect(codes(q({evidence: 'Not in it.'}), 'Kim met Sergei Lavrov in Pyongyang.')).to.include('evidence-not-in-article');
    expect(codes(q({}), undefined, [q({id: 'q2', prompt: 'Where did Sergei Lavrov go?'})])).to.include('answer-in-other-prompt');
  });

  it('finds no fault in the reader quiz for the seed article', () => {
    const {quiz} = draftQuiz(SEED_ARTICLE);
    for (const [, warnings] of quizWarnings(quiz, SEED_ARTICLE)) expect(warnings).to.deep.equal([]);
  });
});
