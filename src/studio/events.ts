/**
 * Typed events of `<news-quiz-studio>`: each bubbles and is composed, with a read-only `detail`.
 */
import type {Quiz} from '../quiz/types.js';

export interface NewsQuizStudioChangeDetail {
  /** The draft after the edit, in quiz JSON form (a copy). */
  quiz: Quiz;
}

/** Fired on every edit an editor makes to the draft (not when the `quiz` or `article` property is set). */
export class NewsQuizStudioChangeEvent extends Event {
  static readonly eventName = 'news-quiz-studio-change';
  readonly detail: NewsQuizStudioChangeDetail;

  constructor(detail: NewsQuizStudioChangeDetail) {
    super(NewsQuizStudioChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-quiz-studio-change': NewsQuizStudioChangeEvent;
  }
}
