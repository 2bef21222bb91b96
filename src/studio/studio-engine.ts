/**
 * Everything the studio needs from the question engine, in one module the studio imports on first use:
 * in the CDN build it is a chunk of its own, loaded when an article or quiz arrives.
 */
export {candidatePool, draftQuiz, freshDistractors, nextCandidate, withDistractors, CONFIDENCE_THRESHOLD, type CandidatePool} from '../quiz/drafting.js';
export {quizWarnings, type QuizWarning, type WarningCode} from '../quiz/quiz-warnings.js';
