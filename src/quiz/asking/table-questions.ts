/**
 * Markdown tables ("| Team | Points |") → one question per row on one of its figures, asked by row and
 * column ("what figure is in the "Barcelona" row under "Points"?"); the row as written is the evidence.
 * Distractors keep the figure's form (ordinal or whole number) at steps around it, the answer's rank among
 * them at random. These come after the body's facts: a table fills a quiz, prose goes first.
 */
import type {Candidate} from './candidate.js';
import type {Analysis} from '../understanding/mentions.js';
import {randomInt, type Random} from '../random.js';
import {CERTAIN} from '../understanding/kinds.js';
import {ordinal} from '../understanding/grammar.js';

const CELL_NUMBER = /^(\d{1,4})(st|nd|rd|th)?$/;
const cellText = (cell: string) => cell.replace(/\*+|`/g, '').trim();
const cells = (line: string) => line.replace(/^\|/, '').replace(/\|$/, '').split('|').map(cellText);
const normalizeKey = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** A markdown table: the line of its separator, its header's cells, and its rows as written and as cells. */
interface Table {
  at: number;
  header: string[];
  rows: {line: string; values: string[]}[];
}

/** A figure cell's choices: the figure as written, and neighbours of the same form. */
interface CellChoices {
  correct: string;
  distractors: string[];
}

/** Questions on the article's markdown tables, table by table (see the module's comment). */
export function* tableCandidates(text: string, analysis: Analysis, order: number, random: Random): Generator<Candidate> {
  if (!text.includes('|')) return;
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  for (let at = 1; at + 1 < lines.length; at++) {
    if (!/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$/.test(lines[at]) || !lines[at - 1].includes('|')) continue;
    yield* tableQuestions(readTable(lines, at), analysis, order, random);
  }
}

/** The table whose separator is line `at`: the header above it, and the rows below with as many cells. */
function readTable(lines: string[], at: number): Table {
  const header = cells(lines[at - 1]);
  const rows: Table['rows'] = [];
  for (let row = at + 1; row < lines.length && lines[row].startsWith('|'); row++) {
    const values = cells(lines[row]);
    if (values.length !== header.length) break;
    rows.push({line: lines[row], values});
  }
  return {at, header, rows};
}

/** Up to six questions on one table, a figure of a row each, the columns taking turns. */
function* tableQuestions({at, header, rows}: Table, analysis: Analysis, order: number, random: Random): Generator<Candidate> {
  // A column with one value throughout ("Matches Played: 5" for every team) asks nothing worth knowing.
  const varies = header.map((_, i) => rows.some((row) => row.values[i] !== rows[0].values[i]));
  const used = header.map(() => 0);
  let asked = 0;
  // A table is read twice, up to six questions: the second time a row is asked on another column.
  const askedOf = new Map<string, number>();
  for (const {line, values} of [...rows, ...rows]) {
    if (asked >= 6) break;
    // The row is named by its first cell that is not a figure; figures elsewhere in it can be asked.
    const label = values.findIndex((cell) => !!cell && !CELL_NUMBER.test(cell));
    if (label < 0 || values[label].split(' ').length > 5) continue;
    const figures = values.map((_, i) => i).filter((i) => i !== label && i !== askedOf.get(line) && varies[i] && header[i] && header[i].split(' ').length <= 5 && Number(CELL_NUMBER.exec(values[i])?.[1]) >= 1);
    if (!figures.length) continue;
    // Columns take turns, so the quiz does not ask the same column of every row.
    const fewest = Math.min(...figures.map((i) => used[i]));
    const fresh = figures.filter((i) => used[i] === fewest);
    const column = fresh[randomInt(random, fresh.length)];
    const choices = cellChoices(values[column], random);
    if (!choices) continue;
    asked++;
    used[column]++;
    askedOf.set(line, column);
    // A cell asks the reader to recall a table, rarely the story, unless the table is most of it.
    const fit = rows.length * 2 >= order ? 0.8 : 0.4;
    yield cellCandidate(analysis, line, values[label], header[column], choices, order + at + asked, fit);
  }
}

/** A figure cell's choices at steps around it, the answer's rank among them at random; none if it is not written plainly. */
function cellChoices(cell: string, random: Random): CellChoices | undefined {
  const [, digits, suffix] = CELL_NUMBER.exec(cell)!;
  const n = Number(digits);
  const step = Math.max(1, Math.round(n / 6));
  const rank = Math.min(randomInt(random, 4), Math.floor((n - 1) / step));
  const show = (k: number) => (suffix ? ordinal(k) : String(k));
  const correct = show(n);
  if (correct !== cell) return undefined;
  return {correct, distractors: [0, 1, 2, 3].filter((i) => i !== rank).map((i) => show(n + (i - rank) * step))};
}

/** The question on one cell, named by its row's label and its column's header. */
function cellCandidate(analysis: Analysis, line: string, row: string, column: string, {correct, distractors}: CellChoices, order: number, fit: number): Candidate {
  const prompt = `In the article's table, what figure is in the "${row}" row under "${column}"?`;
  const named = normalizeKey(prompt);
  return {
    kind: 'fact',
    prompt,
    correct,
    distractors,
    evidence: line,
    explanation: `The article's table gives ${correct} in the "${row}" row under "${column}".`,
    order,
    // Two figures alike ("1" win, "1" loss) would be two questions with one answer.
    answerKey: correct,
    figure: true,
    table: true,
    signals: {keyKind: CERTAIN, standIns: {}, fit, importance: 0.5},
    promptKeys: [...analysis.entities.keys()].filter((key) => named.includes(` ${normalizeKey(key)} `)),
  };
}
