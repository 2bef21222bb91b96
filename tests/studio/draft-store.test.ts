import {expect} from '@open-wc/testing';
import {articleKey, forgetDraft, loadDraft, saveDraft} from '../../src/studio/draft-store.js';
import type {Draft} from '../../src/studio/draft.js';

const draft: Draft = {
  quiz: {
    questions: [
      {
        id: 'q1',
        kind: 'authored',
        prompt: 'Who?',
        choices: [
          {id: 'a', text: 'Ann'},
          {id: 'b', text: 'Bob'},
        ],
        answer: 'a',
      },
    ],
  },
  confidence: {q1: 0.8},
};

/** An in-memory Storage; `full` makes every write throw, as a full or blocked storage does. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, String(value));
    },
  };
}

describe('draft store', () => {
  it('keys drafts by a hash of the article', () => {
    expect(articleKey('one article')).to.equal(articleKey('one article'));
    expect(articleKey('one article')).not.to.equal(articleKey('another article'));
  });

  it('saves and restores a draft by article, and the last one worked on', () => {
    const storage = memoryStorage();
    expect(saveDraft({article: 'An article.', count: 5, seed: 's', draft}, storage)).to.equal(true);
    expect(loadDraft('An article.', storage)).to.deep.equal({article: 'An article.', count: 5, seed: 's', draft});
    expect(loadDraft(undefined, storage)?.article).to.equal('An article.');
    expect(loadDraft('Another.', storage)).to.equal(undefined);
    forgetDraft('An article.', storage);
    expect(loadDraft('An article.', storage)).to.equal(undefined);
  });

  it('reports a full or blocked storage, and ignores a saved draft that is no quiz', () => {
    expect(saveDraft({article: 'x', count: 8, draft}, memoryStorage(true))).to.equal(false);
    expect(saveDraft({article: 'x', count: 8, draft}, null)).to.equal(false);
    const storage = memoryStorage();
    storage.setItem(articleKey('x'), JSON.stringify({article: 'x', count: 8, draft: {quiz: {questions: [{prompt: ''}]}}}));
    expect(loadDraft('x', storage)).to.equal(undefined);
    storage.setItem(articleKey('y'), '{not json');
    expect(loadDraft('y', storage)).to.equal(undefined);
  });
});
