import {expect} from '@open-wc/testing';
import {canRedo, canUndo, HISTORY_LIMIT, record, redo, startHistory, undo} from '../../src/studio/draft-history.js';

describe('draft history', () => {
  it('undoes and redoes, and a new edit drops what was undone', () => {
    let history = record(record(startHistory(1), 2), 3);
    expect(canRedo(history)).to.equal(false);
    history = undo(undo(history));
    expect(history.present).to.equal(1);
    expect(canUndo(history)).to.equal(false);
    expect(undo(history)).to.equal(history);
    history = redo(history);
    expect(history.present).to.equal(2);
    history = record(history, 4);
    expect(history).to.deep.equal({past: [1, 2], present: 4, future: []});
    expect(redo(history)).to.equal(history);
  });

  it('keeps at most HISTORY_LIMIT steps back', () => {
    let history = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) history = record(history, i);
    expect(history.past).to.have.length(HISTORY_LIMIT);
    expect(history.past[0]).to.equal(20);
  });
});
