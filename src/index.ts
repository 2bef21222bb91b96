export {NewsQuiz, defineNewsQuiz} from './news-quiz.js';
export * from './events.js';
export {generateQuiz, generateQuizFromText} from './quiz/generate.js';
export {parseArticle} from './quiz/reading/article.js';
export {scoreQuiz, isCorrect, type Answers, type Score} from './quiz/score.js';
export type {Article, Choice, FaqPair, GenerateOptions, Question, QuestionKind, Quiz} from './quiz/types.js';
