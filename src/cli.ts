/**
 * `news-quiz generate <file|-> [--count N] [--seed S]`: prints the quiz JSON for an article (plain text or
 * HTML) read from a file or stdin. `news-quiz check <quiz.json> [--article <file>]`: validates a reviewed
 * quiz, and with its article runs the quality checks too. The only module that touches Node's file system
 * and process.
 */
import {readFile} from 'node:fs/promises';
import {generateQuiz} from './quiz/generate.js';
import {describeFault, validateQuiz} from './quiz/validate.js';
import {quizWarnings} from './quiz/quiz-warnings.js';
import {htmlToText} from './quiz/reading/html-text.js';
import {looksLikeHtml} from './quiz/reading/text.js';
import {DEFAULT_QUESTION_COUNT, type GenerateOptions} from './quiz/types.js';

const MAX_COUNT = 100;

export const USAGE = `Usage: news-quiz generate <file|-> [--count N] [--seed S]
       news-quiz check <quiz.json|-> [--article <file>]

generate writes a multiple-choice quiz for a news article (plain text or HTML) as JSON on stdout.
check validates a reviewed quiz JSON against the schema (an empty stem, fewer than 2 choices, duplicate
choices, no key, an over-long text); with --article it also runs the quality checks (the answer supported
by the article, the evidence quoted from it, no two choices naming the same thing, no answer given away,
and so on). It lists each fault as "<question>, <field>: <what is wrong>".

Arguments:
  <file>       the article to read; "-" reads it from stdin
  <quiz.json>  the quiz to check; "-" reads it from stdin

Options:
  --count N    how many questions to pick at most, 1 to ${MAX_COUNT} (default ${DEFAULT_QUESTION_COUNT})
  --seed S     seed for every random choice; the same seed and article give the same quiz
               (the same as seed="S" on the <news-quiz> element)
  -h, --help   show this help

  --article F  (check) the article the quiz was written from, text or HTML

Exit status: 0 on success, 1 when the article cannot be read or yields no questions, or (check) when the
quiz cannot be read or has faults, 2 on a usage error.`;

/** A problem with the command line: exit status 2. */
class UsageError extends Error {}
/** A problem with the input: exit status 1. */
class InputError extends Error {}

interface Command {
  source: string;
  options: GenerateOptions;
}

/** Runs the command line and returns the exit status; output goes to stdout, one-line errors to stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (argv[0] === 'check') return await check(parseCheckArguments(argv.slice(1)));
    const command = parseArguments(argv);
    const text = await readArticle(command.source);
    const quiz = generateQuiz(text, command.options);
    if (quiz.questions.length === 0) {
      throw new InputError(`no questions could be made from ${describeSource(command.source)}; is it a news article with full sentences?`);
    }
    process.stdout.write(`${JSON.stringify(quiz, null, 2)}\n`);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const known = usage || error instanceof InputError;
    const message = known ? (error as Error).message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`news-quiz: ${message}${usage ? ' (see news-quiz --help)' : ''}\n`);
    return usage ? 2 : 1;
  }
}

function parseArguments(argv: readonly string[]): Command {
  const [commandName, ...rest] = argv;
  if (commandName === undefined) throw new UsageError('missing command: use "news-quiz generate <file|->" or "news-quiz check <quiz.json>"');
  if (commandName !== 'generate') throw new UsageError(`unknown command "${commandName}": use generate or check`);
  const options: GenerateOptions = {};
  const sources: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (flag === '--count' || flag === '--seed') {
      const value = inlineValue ?? rest[++i];
      if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      if (flag === '--count') options.count = parseCount(value);
      else options.seed = parseSeed(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      sources.push(arg);
    }
  }
  if (sources.length === 0) throw new UsageError('missing article: give a file, or "-" for stdin');
  if (sources.length > 1) throw new UsageError(`one article at a time, got ${sources.length}: ${sources.join(' ')}`);
  return {source: sources[0] as string, options};
}

interface CheckCommand {
  quiz: string;
  article?: string;
}

function parseCheckArguments(argv: readonly string[]): CheckCommand {
  const files: string[] = [];
  let article: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (flag === '--article') {
      const value = inlineValue ?? argv[++i];
      if (!value || (inlineValue === undefined && value.startsWith('--'))) throw new UsageError('--article needs a file');
      article = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError('missing quiz: give a quiz JSON file, or "-" for stdin');
  if (files.length > 1) throw new UsageError(`one quiz at a time, got ${files.length}: ${files.join(' ')}`);
  if (files[0] === '-' && article === '-') throw new UsageError('the quiz and the article cannot both come from stdin');
  return {quiz: files[0] as string, article};
}

/**
 * Checks a quiz: every schema fault (each question on its own, then ids shared), and with the article
 * the quality checks; prints one line per fault on stdout and returns 1 when there is any.
 */
async function check(command: CheckCommand): Promise<number> {
  const raw = await readArticle(command.quiz);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${describeSource(command.quiz)} is not JSON: ${(error as Error).message}`);
  }
  const articleText = command.article === undefined ? undefined : await readArticle(command.article);
  const faults: string[] = [];
  const list = typeof value === 'object' && value !== null && Array.isArray((value as {questions?: unknown}).questions) ? ((value as {questions: unknown[]}).questions as unknown[]) : undefined;
  if (!list) {
    const checked = validateQuiz(value);
    faults.push(checked.fault ? describeFault(checked.fault) : 'questions: the quiz needs a "questions" list');
  } else {
    if (!list.length) faults.push('questions: the quiz has no questions');
    // Each question alone, so every faulty one is listed (validateQuiz stops at the first).
    list.forEach((item, index) => {
      const checked = validateQuiz([item]);
      if (checked.fault) faults.push(describeFault({...checked.fault, question: checked.fault.question === 'question 1' ? `question ${index + 1}` : checked.fault.question}));
    });
    if (!faults.length) {
      const whole = validateQuiz(value);
      if (whole.fault) faults.push(describeFault(whole.fault));
      else if (articleText !== undefined) {
        const text = looksLikeHtml(articleText) ? htmlToText(articleText) : articleText;
        for (const [id, warnings] of quizWarnings(whole.quiz, text)) for (const warning of warnings) faults.push(`${id}, ${warning.field}: ${warning.message} (${warning.code})`);
      }
    }
  }
  const name = describeSource(command.quiz);
  const questions = list?.length ?? 0;
  if (!faults.length) {
    process.stdout.write(`${name}: ${questions} questions, no faults${articleText === undefined ? ' (schema only; give --article for the quality checks)' : ''}\n`);
    return 0;
  }
  process.stdout.write(`${faults.map((fault) => `${name}: ${fault}`).join('\n')}\n${name}: ${faults.length} ${faults.length === 1 ? 'fault' : 'faults'} in ${questions} questions\n`);
  return 1;
}

function splitOnce(arg: string, separator: string): [string, string] {
  const at = arg.indexOf(separator);
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function parseCount(value: string): number {
  const count = /^\d{1,4}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(count >= 1 && count <= MAX_COUNT)) throw new UsageError(`--count must be a whole number from 1 to ${MAX_COUNT}, got "${value}"`);
  return count;
}

/** Passed on as written: seeds are read as text, so "007" and "7" are different seeds, as on the element. */
function parseSeed(value: string): string {
  if (value === '') throw new UsageError('--seed needs a non-empty value');
  return value;
}

async function readArticle(source: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    throw new InputError(`cannot read ${describeSource(source)}: ${readErrorReason(error)}`);
  }
  return decodeText(bytes);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** UTF-8 unless a byte-order mark says UTF-16, as Windows editors write it. */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const evenLength = bytes.length - (bytes.length % 2);
    return Buffer.from(bytes.subarray(2, evenLength)).swap16().toString('utf16le');
  }
  return bytes.toString('utf8');
}

function describeSource(source: string): string {
  return source === '-' ? 'stdin' : `"${source}"`;
}

function readErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
