/**
 * How much the engine trusts a candidate question, from explicit evidence: how sure it is of the key's
 * kind, of each stand-in's kind and plausibility, how well the choices fit the stem, and how much the
 * fact matters to the story. A candidate below CONFIDENCE_THRESHOLD is not asked: a question with one
 * wrong-kind distractor is worse than no question.
 */
import {standInCertaintyOf, type Candidate, type Signals} from '../asking/candidate.js';
import type {EntityType} from '../understanding/mentions.js';
import {NUMBER_WORDS} from '../understanding/gazetteer.js';

export const CONFIDENCE_THRESHOLD = 0.5;
/** Below this importance a fact is an aside (an anecdote, a bio, a background figure): trivia, however well asked. */
export const IMPORTANCE_FLOOR = 0.45;
/**
 * Figures pass a lower floor. With names other than people's no longer asked, figures between 0.35 and 0.45
 * were labelled OK 42 times in 62 on the spent sets (68%, against 72% above 0.45 and 21% to 54% for the
 * names they replace), and they give a quiz to 80 of 580 articles instead of 51.
 */
export const FIGURE_IMPORTANCE_FLOOR = 0.35;

/**
 * A fact question needs this many distractors. Blind reviews m15 to m27 passed 33% of 72 three-choice
 * questions against 58% of four-choice ones: with two stand-ins, one weak one leaves a coin toss.
 */
export const MIN_FACT_DISTRACTORS = 3;
/**
 * Answer types the blind reviews passed too rarely to ask, whatever rules were added (OK over the reviews named):
 * - names other than people's (organisations, places, products, works: 9 of 42, m15 to m27), mostly given away
 *   by what readers know of them; bare months (9 of 24): the stem or the calendar places them;
 * - results other than draws (2 of 10, m15 to m31): each stand-in shares a side with the key;
 * - dates (32 of 73, m15 to m33) and years (2 of 7): a day among its neighbours tests the calendar, and a month
 *   and year among other years is placed by what the reader knows of the story's time;
 * - ranks (10 of 21, m15 to m35): the stem orders them ("the US was ahead with 20.5% and China came ___"), an
 *   idiom fills them ("come ___ best"), or the reader knows them ("the world's ___ biggest");
 * - ranges ("10-19%": 2 of 12, m15 to m37), their made-up bands odd beside the key's.
 * People are not asked either (see askable). What is left is figures: sums, shares, counts and measures.
 */
export const UNASKED_FACT_TYPES: ReadonlySet<EntityType> = new Set(['org', 'place', 'name', 'work', 'month', 'date', 'year', 'ordinal', 'range']);

/**
 * Small counts (twelve or fewer) are asked from the first two paragraphs only. Past them, m15 to m33 passed
 * 35 of 79 (44%), against 30 of 45 (67%) in the lead: "two of their last ___ games" and "___ main takeaways"
 * count a detail, and the stock phrase or a list nearby often gives them away.
 */
export const SMALL_COUNT_PARAGRAPHS = 2;

/**
 * A day's move of a share, an index or a commodity ("Brent crude also rose, adding ___ to $48.62", "Shares
 * in Wembley were up ___ pence"): 11 of 22 OK over m15 to m34, market minutiae beside the news that moved it.
 */
const MARKET_MOVE =
  /\b(?:[Ss]hares?|share price|FTSE|Dow|Nasdaq|Nikkei|Dax|CAC|[Ii]ndex|crude|Brent|futures|[Ss]tocks?|stock markets?)\b.{0,40}\b(?:rose|fell|up|down|dropped|gained|added|lost|climbed|slipped|jumped|sank|closed|pushed)\b/;
const SMALL_COUNT = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:[1-9]|1[0-2]|${NUMBER_WORDS.slice(1, 13).join('|')})$`, 'i');

/** A draw ("2-2") is asked among other draws, which share no side with it; any other result is not (see above). */
const isDraw = (text: string) => /^(\d+)\s*[-–]\s*\1$/.test(text);

/** Whether a fact question of this shape is ever asked, before its evidence is weighed. */
export function askable(candidate: Candidate): boolean {
  if (candidate.kind !== 'fact') return candidate.distractors.length >= 2;
  if (candidate.answerType === 'score' && !isDraw(candidate.correct)) return false;
  if (SMALL_COUNT.test(candidate.correct) && (candidate.paragraph ?? 0) >= SMALL_COUNT_PARAGRAPHS) return false;
  // People: 71 of 138 OK over m15 to m35, wherever they stood. Readers place famous names by what they know
  // ("Scorsese directed The Aviator"), and the stand-ins are the quoted, the replaced and the also-ran, whom the
  // stem's role rules out. (They are still drafted, and an FAQ answer may still swap a name.)
  if (candidate.person) return false;
  if (candidate.figure && MARKET_MOVE.test(candidate.evidence)) return false;
  // Key terms and list items (a family of siblings: "a straightforward penalty" among "a second penalty" and
  // "an another penalty", "the default model", "which item of the list"): none of 5 passed m15 to m34.
  if (candidate.family) return false;
  return candidate.distractors.length >= MIN_FACT_DISTRACTORS && !(candidate.answerType && UNASKED_FACT_TYPES.has(candidate.answerType));
}

/** The confidence of a checked candidate, 0..1, over the distractors it keeps. */
export function confidenceOf(candidate: Candidate): number {
  const signals: Signals = candidate.signals ?? {keyKind: 0.5, standIns: {}, fit: 0.5, importance: 0.5};
  if (signals.importance < (candidate.figure ? FIGURE_IMPORTANCE_FLOOR : IMPORTANCE_FLOOR) || !askable(candidate)) return 0;
  let standIns = 1;
  for (const distractor of candidate.distractors) standIns = Math.min(standIns, standInCertaintyOf(candidate, distractor));
  return signals.keyKind * standIns * signals.fit * (0.4 + 0.6 * signals.importance);
}
