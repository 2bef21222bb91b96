import {expect} from '@open-wc/testing';
import {generateQuiz, generateQuizFromText} from '../../src/quiz/generate.js';
import {CORPUS} from '../fixtures/corpus.js';

// The element uses the text-only entry (HTML is read by DOMParser first); it must match the full one on text.
describe('generateQuizFromText', () => {
  it('gives the same quiz as generateQuiz for every plain-text corpus article', () => {
    for (const {name, text} of CORPUS) {
      for (const options of [{}, {seed: 'x', count: 30}]) {
        expect(JSON.stringify(generateQuizFromText(text, options)), name).to.equal(JSON.stringify(generateQuiz(text, options)));
      }
    }
  });
});
