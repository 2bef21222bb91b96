import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {generateQuiz} from '../../src/quiz/generate.js';
import {SEED_ARTICLE} from '../fixtures/articles.js';
import {CORPUS} from '../fixtures/corpus.js';

describe('determinism', () => {
  it('gives identical JSON for the same article and seed', () => {
    expect(JSON.stringify(generateQuiz(SEED_ARTICLE, {seed: 'x'}))).to.equal(JSON.stringify(generateQuiz(SEED_ARTICLE, {seed: 'x'})));
    expect(JSON.stringify(generateQuiz(SEED_ARTICLE))).to.equal(JSON.stringify(generateQuiz(SEED_ARTICLE)));
  });

  it('gives different quizzes for different seeds', () => {
    const seeds = ['a', 'b', 'c', 7, 8].map((seed) => JSON.stringify(generateQuiz(SEED_ARTICLE, {seed})));
    expect(new Set(seeds).size).to.be.greaterThan(1);
  });

  it('produces byte-identical JSON in Node and in the browser for every corpus article', async () => {
    for (const {name, text} of CORPUS)
      for (const options of [{}, {seed: 42, count: 30}]) {
        const fromNode = (await executeServerCommand('generate-in-node', {article: text, options})) as string;
        expect(fromNode, name).to.equal(JSON.stringify(generateQuiz(text, options)));
      }
  });
});
