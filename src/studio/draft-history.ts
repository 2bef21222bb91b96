/**
 * Undo and redo over immutable drafts: the present, the drafts before it and the ones undone. Pure: each
 * step returns a new history.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** How many steps back an editor can go. */
export const HISTORY_LIMIT = 100;

export const startHistory = <T>(present: T): History<T> => ({past: [], present, future: []});

/** A new present after an edit: the old one can be undone, anything undone before is gone. */
export const record = <T>(history: History<T>, present: T): History<T> => ({past: [...history.past, history.present].slice(-HISTORY_LIMIT), present, future: []});

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  return {past: history.past.slice(0, -1), present: history.past[history.past.length - 1], future: [history.present, ...history.future]};
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  return {past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1)};
}
