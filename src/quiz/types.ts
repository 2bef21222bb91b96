/**
 * Plain data shared by the generator, the element and the CLI. Nothing here knows about the DOM or Lit.
 */

/** Where a question came from: the article's FAQ, a fact in its body, or a quiz a person wrote. */
export type QuestionKind = 'faq' | 'fact' | 'authored';

export interface Choice {
  id: string;
  text: string;
}

/** One multiple-choice question, with its choices in the order the reader sees them. */
export interface Question {
  id: string;
  kind: QuestionKind;
  prompt: string;
  choices: Choice[];
  /** The id of the correct choice. */
  answer: string;
  /** A short sentence saying why the answer is right. */
  explanation?: string;
  /** The exact sentence(s) of the article that support the answer. */
  evidence?: string;
}

/** The quiz JSON form used by the element, the CLI and quiz-check. */
export interface Quiz {
  questions: Question[];
}

/** A question-and-answer pair from the article's FAQ section. */
export interface FaqPair {
  question: string;
  answer: string;
  /** Set when the answer is empty or a template placeholder such as "[insert time]". */
  incomplete?: boolean;
}

export interface Sentence {
  text: string;
  /** Index of the paragraph (in `Article.paragraphs`) that holds the sentence. */
  paragraph: number;
}

/** An article read from plain text or HTML. */
export interface Article {
  /** The first line when it reads as a headline, if any. */
  title?: string;
  /** A dateline such as "SEOUL, Oct 20" removed from the first sentence. */
  dateline?: string;
  /** Body paragraphs, FAQ excluded, with the dateline removed. */
  paragraphs: string[];
  /** Body sentences in article order. */
  sentences: Sentence[];
  /** FAQ pairs, in article order, including ones whose answers are too thin to quiz. */
  faq: FaqPair[];
  /** The body's language as a primary tag ("en", "de"), or "und" when it cannot be told. */
  language?: string;
}

/**
 * How many questions a quiz asks at most unless told otherwise. Blind reviews m28 to m35: in quizzes of six
 * or more, the questions past the five the engine trusts most passed 12 of 36 (33%), the top five 77 of 105
 * (73%). Five good questions beat eight with three bad ones.
 */
export const DEFAULT_QUESTION_COUNT = 5;

export interface GenerateOptions {
  /** How many questions to pick at most; default DEFAULT_QUESTION_COUNT (5). */
  count?: number;
  /** Seed for every random choice; by default derived from the article text. */
  seed?: string | number;
}
