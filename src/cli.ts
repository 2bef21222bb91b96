/**
 * `news-quiz generate <file|-> [--count N] [--seed S]`: prints the quiz JSON for an article (plain text or
 * HTML) read from a file or stdin. The only module that touches Node's file system and process.
 */
import {readFile} from 'node:fs/promises';
import {generateQuiz} from './quiz/generate.js';
import type {GenerateOptions} from './quiz/types.js';

const MAX_COUNT = 100;

export const USAGE = `Usage: news-quiz generate <file|-> [--count N] [--seed S]

Writes a multiple-choice quiz for a news article (plain text or HTML) as JSON on stdout.

Arguments:
  <file>       the article to read; "-" reads it from stdin

Options:
  --count N    how many questions to pick, 1 to ${MAX_COUNT} (default 8)
  --seed S     seed for every random choice; the same seed and article give the same quiz
               (the same as seed="S" on the <news-quiz> element)
  -h, --help   show this help

Exit status: 0 on success, 1 when the article cannot be read or yields no questions, 2 on a usage error.`;

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
  if (commandName === undefined) throw new UsageError('missing command: use "news-quiz generate <file|->"');
  if (commandName !== 'generate') throw new UsageError(`unknown command "${commandName}"`);
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
