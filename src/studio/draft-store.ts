/**
 * Autosave: the studio's draft for an article, kept in localStorage under a hash of the article, and a
 * pointer to the last article worked on, so a reload restores both. A full or blocked storage is reported
 * (the studio warns the editor) and the work goes on in memory.
 */
import {validateQuiz} from '../quiz/validate.js';
import type {Draft} from './draft.js';

const PREFIX = 'news-quiz-studio:draft:';
const LAST = 'news-quiz-studio:last';

/** What is saved for one article. */
export interface SavedDraft {
  article: string;
  count: number;
  seed?: string;
  draft: Draft;
}

/** A short FNV-1a hash of the article. */
export function articleKey(article: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < article.length; i++) value = Math.imul(value ^ article.charCodeAt(i), 0x01000193);
  return `${PREFIX}${(value >>> 0).toString(36)}:${article.length}`;
}

/** Saves the draft; false when the storage is full or blocked. */
export function saveDraft(saved: SavedDraft, storage: Storage | null = globalThis.localStorage ?? null): boolean {
  try {
    if (!storage) return false;
    const key = articleKey(saved.article);
    storage.setItem(key, JSON.stringify(saved));
    storage.setItem(LAST, key);
    return true;
  } catch {
    return false;
  }
}

/** The saved draft for an article (or, without one, for the last article worked on), if it still reads as a quiz. */
export function loadDraft(article?: string, storage: Storage | null = globalThis.localStorage ?? null): SavedDraft | undefined {
  let value: unknown;
  try {
    if (!storage) return undefined;
    const key = article === undefined ? storage.getItem(LAST) : articleKey(article);
    value = key ? JSON.parse(storage.getItem(key) ?? 'null') : null;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as Partial<SavedDraft>;
  if (typeof saved.article !== 'string' || (article !== undefined && saved.article !== article)) return undefined;
  const quiz = saved.draft?.quiz;
  const checked = quiz && quiz.questions?.length ? validateQuiz(quiz) : {quiz: {questions: []}};
  if (!checked.quiz) return undefined;
  const confidence: Record<string, number> = {};
  for (const [id, level] of Object.entries(saved.draft?.confidence ?? {})) if (typeof level === 'number') confidence[id] = level;
  const count = typeof saved.count === 'number' && saved.count >= 1 && saved.count <= 100 ? Math.floor(saved.count) : 8;
  return {article: saved.article, count, seed: typeof saved.seed === 'string' ? saved.seed : undefined, draft: {quiz: checked.quiz, confidence}};
}

/** Forgets the draft of an article (after the editor starts afresh). */
export function forgetDraft(article: string, storage: Storage | null = globalThis.localStorage ?? null): void {
  try {
    storage?.removeItem(articleKey(article));
  } catch {
    // Nothing to forget where nothing could be kept.
  }
}
