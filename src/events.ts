/**
 * Typed events of `<news-quiz>`. Each bubbles and is composed, so a page can listen on the element or on
 * any ancestor, and carries a read-only `detail`.
 */

/** One checked answer. */
export interface AnswerRecord {
  questionId: string;
  choiceId: string;
  correct: boolean;
}

export type NewsQuizAnswerDetail = AnswerRecord;

export interface NewsQuizCompleteDetail {
  score: number;
  total: number;
  /** Every checked answer, in question order. */
  answers: AnswerRecord[];
}

/**
 * Why the widget could not show a quiz. `no-questions`: the article gave nothing the engine could ask with
 * confidence; `invalid-quiz`: a ready quiz failed validation (the message names the question and field);
 * `src-*`: the `src` URL failed, was of the wrong type or too large; `selector-not-found`: the
 * `article-selector` matched nothing; `invalid-count` / `invalid-seed`: a setting was not valid, and the
 * quiz uses its default instead (the reader sees a notice above it).
 */
export type NewsQuizErrorCode = 'no-article' | 'no-questions' | 'generation-failed' | 'invalid-quiz' | 'src-failed' | 'src-wrong-type' | 'src-too-large' | 'selector-not-found' | 'invalid-count' | 'invalid-seed';

export interface NewsQuizErrorDetail {
  code: NewsQuizErrorCode;
  /** A message for developers (English); the reader sees a localized one. */
  message: string;
}

/** An event of `<news-quiz>`: it bubbles, crosses shadow roots and carries a read-only detail. */
abstract class NewsQuizEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: string, detail: Detail) {
    super(type, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

/** Fired when the reader checks an answer. */
export class NewsQuizAnswerEvent extends NewsQuizEvent<NewsQuizAnswerDetail> {
  static readonly eventName = 'news-quiz-answer';

  constructor(detail: NewsQuizAnswerDetail) {
    super(NewsQuizAnswerEvent.eventName, detail);
  }
}

/** Fired when the reader finishes the quiz and sees the score. */
export class NewsQuizCompleteEvent extends NewsQuizEvent<NewsQuizCompleteDetail> {
  static readonly eventName = 'news-quiz-complete';

  constructor(detail: NewsQuizCompleteDetail) {
    super(NewsQuizCompleteEvent.eventName, detail);
  }
}

export interface NewsQuizStartDetail {
  /** Questions in the quiz the reader started. */
  total: number;
}

export interface NewsQuizProgressDetail {
  /** 1-based position of the question now shown. */
  position: number;
  total: number;
  /** Questions answered so far. */
  answered: number;
}

/** Fired when the reader starts the quiz (Start, or Try again). */
export class NewsQuizStartEvent extends NewsQuizEvent<NewsQuizStartDetail> {
  static readonly eventName = 'news-quiz-start';

  constructor(detail: NewsQuizStartDetail) {
    super(NewsQuizStartEvent.eventName, detail);
  }
}

/** Fired when the reader moves on to another question. */
export class NewsQuizProgressEvent extends NewsQuizEvent<NewsQuizProgressDetail> {
  static readonly eventName = 'news-quiz-progress';

  constructor(detail: NewsQuizProgressDetail) {
    super(NewsQuizProgressEvent.eventName, detail);
  }
}

/** Fired when the article cannot be turned into a quiz; the widget shows a message instead. */
export class NewsQuizErrorEvent extends NewsQuizEvent<NewsQuizErrorDetail> {
  static readonly eventName = 'news-quiz-error';

  constructor(detail: NewsQuizErrorDetail) {
    super(NewsQuizErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-quiz-answer': NewsQuizAnswerEvent;
    'news-quiz-complete': NewsQuizCompleteEvent;
    'news-quiz-error': NewsQuizErrorEvent;
    'news-quiz-start': NewsQuizStartEvent;
    'news-quiz-progress': NewsQuizProgressEvent;
  }
}
