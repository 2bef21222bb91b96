import {expect} from '@open-wc/testing';
import {finish, forEachInSteps, LONG_STEP_NEXT, mapInSteps, STEP_SIZE, type Pause} from '../../src/quiz/steps.js';
import {generateQuiz, generateQuizInSteps} from '../../src/quiz/generate.js';
import {SEED_ARTICLE} from '../fixtures/articles.js';

/** Every value a stepped computation yields, and what it returns. */
function run<T>(steps: Generator<Pause, T>): {pauses: Pause[]; value: T} {
  const pauses: Pause[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return {pauses, value: step.value};
    pauses.push(step.value);
  }
}

describe('stepped computations', () => {
  it('map and forEach in steps do what map and forEach do, pausing after every STEP_SIZE items', () => {
    const items = Array.from({length: STEP_SIZE * 2 + 3}, (_, i) => i);
    const mapped = run(mapInSteps(items, (item, index) => item * 10 + index));
    expect(mapped.value).to.deep.equal(items.map((item, index) => item * 10 + index));
    expect(mapped.pauses).to.have.length(2);
    const seen: number[] = [];
    expect(run(forEachInSteps(items, (item) => seen.push(item))).pauses).to.have.length(2);
    expect(seen).to.deep.equal(items);
    expect(finish(mapInSteps([], () => 1))).to.deep.equal([]);
  });

  it('a long article is read in many short steps, its long steps announced, to the same quiz as in one go', () => {
    const body = SEED_ARTICLE.split('Frequently Asked Questions')[0];
    const article = Array.from({length: 12}, () => body).join('\n\n');
    const {pauses, value} = run(generateQuizInSteps(article, {seed: 5}, false));
    expect(value).to.deep.equal(generateQuiz(article, {seed: 5}));
    // Reading, the fact candidates' first pass and the choice are announced; every other pause is plain.
    expect(pauses.filter((pause) => pause === LONG_STEP_NEXT)).to.have.length(3);
    expect(pauses.length).to.be.greaterThan(40);
    expect(pauses[0]).to.equal(LONG_STEP_NEXT);
    expect(pauses[pauses.length - 1]).to.equal(LONG_STEP_NEXT);
  });
});
