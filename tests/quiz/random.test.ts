import {expect} from '@open-wc/testing';
import {createRandom, hashString, shuffle} from '../../src/quiz/random.js';

describe('seeded randomness', () => {
  const items = Array.from({length: 20}, (_, i) => i);

  it('gives the same order for the same seed', () => {
    expect(shuffle(items, createRandom('seoul'))).to.deep.equal(shuffle(items, createRandom('seoul')));
  });

  it('gives different orders for different seeds', () => {
    expect(shuffle(items, createRandom('seoul'))).to.not.deep.equal(shuffle(items, createRandom('moscow')));
  });

  it('keeps every item exactly once and leaves the input alone', () => {
    const copy = items.slice();
    const shuffled = shuffle(items, createRandom(7));
    expect(shuffled.slice().sort((a, b) => a - b)).to.deep.equal(items);
    expect(items).to.deep.equal(copy);
  });

  it('hashes strings to stable 32-bit values', () => {
    expect(hashString('')).to.equal(0x811c9dc5);
    expect(hashString('news-quiz')).to.equal(hashString('news-quiz'));
    expect(hashString('a')).to.not.equal(hashString('b'));
  });

  it('reads a numeric seed as its text, as the seed attribute gives it', () => {
    expect(shuffle(items, createRandom(42))).to.deep.equal(shuffle(items, createRandom('42')));
  });

  it('stays in [0, 1)', () => {
    const random = createRandom('range');
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value).to.be.at.least(0).and.below(1);
    }
  });
});
