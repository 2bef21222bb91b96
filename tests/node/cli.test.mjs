// The `news-quiz` command, run as a real process. Each run builds src/cli.ts afresh with esbuild into a temp
// dir laid out like the package (bin/ + dist/cli.js), so these tests never read a stale dist/.
// `node --test tests/node/`
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'news-quiz-cli-'));

/** A stand-in for the engine: answers from the input and options alone, so the CLI's plumbing is testable. */
const FAKE_GENERATOR = `
export function generateQuiz(input, options = {}) {
  if (!/[A-Za-z]{3}/.test(input)) return {questions: []};
  const count = options.count ?? 8;
  return {
    questions: Array.from({length: count}, (_, i) => ({
      id: 'q' + i, kind: 'fact', prompt: 'Q' + i + ' of ' + input.length + ' chars, seed ' + JSON.stringify(options.seed ?? null),
      choices: [{id: 'a', text: input.slice(0, 20)}, {id: 'b', text: 'B'}, {id: 'c', text: 'C'}], answer: 'a',
    })),
  };
}`;

const fakeGeneratorPlugin = {
  name: 'fake-generator',
  setup(pluginBuild) {
    pluginBuild.onResolve({filter: /\/generate\.js$/}, () => ({path: 'fake-generate', namespace: 'fake'}));
    pluginBuild.onLoad({filter: /.*/, namespace: 'fake'}, () => ({contents: FAKE_GENERATOR, loader: 'js'}));
  },
};

/** Lays out <dir>/bin/news-quiz.js and <dir>/dist/cli.js (omitted when `plugins` is null). */
async function installCli(dir, plugins) {
  mkdirSync(join(dir, 'bin'), {recursive: true});
  const bin = join(dir, 'bin/news-quiz.js');
  copyFileSync(join(root, 'bin/news-quiz.js'), bin);
  chmodSync(bin, 0o755);
  if (plugins !== null) {
    await build({
      entryPoints: [join(root, 'src/cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node18',
      outfile: join(dir, 'dist/cli.js'),
      plugins,
      logLevel: 'error',
    });
  }
  return bin;
}

function run(bin, args, input) {
  const result = spawnSync(process.execPath, [bin, ...args], {input, encoding: 'utf8', cwd: work, timeout: 20_000});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Asserts a failure with exactly one line on stderr matching `pattern`, and nothing on stdout. */
function assertFails(result, status, pattern) {
  assert.equal(result.status, status, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr.trimEnd(), pattern);
  assert.equal(result.stderr.trimEnd().split('\n').length, 1, `one line expected: ${result.stderr}`);
}

let realBin;
let fakeBin;
const articleFile = join(work, 'seed-article.txt');
const htmlFile = join(work, 'seed-article.html');
const emptyFile = join(work, 'empty.txt');

before(async () => {
  [realBin, fakeBin] = await Promise.all([installCli(join(work, 'real'), []), installCli(join(work, 'fake'), [fakeGeneratorPlugin])]);
  const fixtures = join(work, 'articles.mjs');
  await build({entryPoints: [join(root, 'tests/fixtures/articles.ts')], format: 'esm', outfile: fixtures, logLevel: 'error'});
  const text = (await import(pathToFileURL(fixtures).href)).SEED_ARTICLE;
  writeFileSync(articleFile, text);
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`);
  writeFileSync(htmlFile, `<!doctype html><html><head><title>Kim</title><script>var x = 1;</script></head><body>${paragraphs.join('\n')}</body></html>`);
  writeFileSync(emptyFile, '');
});

after(() => rmSync(work, {recursive: true, force: true}));

describe('news-quiz CLI: arguments and errors', () => {
  it('prints usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(fakeBin, [flag]);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^Usage: news-quiz generate <file\|-> \[--count N\] \[--seed S\]/);
      assert.equal(result.stderr, '');
    }
    assert.equal(run(fakeBin, ['generate', '--help']).status, 0);
  });

  it('rejects a missing or unknown command', () => {
    assertFails(run(fakeBin, []), 2, /^news-quiz: missing command/);
    assertFails(run(fakeBin, ['quiz', articleFile]), 2, /^news-quiz: unknown command "quiz"/);
  });

  it('rejects unknown flags, a missing article and extra arguments', () => {
    assertFails(run(fakeBin, ['generate', articleFile, '--verbose']), 2, /unknown option "--verbose"/);
    assertFails(run(fakeBin, ['generate']), 2, /missing article/);
    assertFails(run(fakeBin, ['generate', articleFile, articleFile]), 2, /one article at a time/);
  });

  it('rejects a bad --count', () => {
    for (const bad of ['0', '-1', 'two', '2.5', '101', '']) {
      assertFails(run(fakeBin, ['generate', articleFile, `--count=${bad}`]), 2, /--count must be a whole number from 1 to 100/);
    }
    assertFails(run(fakeBin, ['generate', articleFile, '--count']), 2, /--count needs a value/);
    assertFails(run(fakeBin, ['generate', articleFile, '--count', '--seed', 'x']), 2, /--count needs a value/);
  });

  it('reports an unreadable file on one line, with exit status 1', () => {
    assertFails(run(fakeBin, ['generate', join(work, 'missing.txt')]), 1, /^news-quiz: cannot read ".*missing\.txt": no such file$/);
    assertFails(run(fakeBin, ['generate', work]), 1, /cannot read .*: it is a directory/);
  });

  it('reports an article that yields no questions, with exit status 1', () => {
    assertFails(run(fakeBin, ['generate', emptyFile]), 1, /^news-quiz: no questions could be made from ".*empty\.txt"/);
    assertFails(run(fakeBin, ['generate', '-'], '...\n'), 1, /no questions could be made from stdin/);
  });

  it('asks for a build when dist/cli.js is missing', () => {
    const bin = join(work, 'unbuilt/bin/news-quiz.js');
    return installCli(join(work, 'unbuilt'), null).then(() => {
      assertFails(run(bin, ['--help']), 1, /run npm run build first/);
    });
  });
});

describe('news-quiz CLI: input and options (stand-in generator)', () => {
  it('reads a file and prints the quiz as 2-space JSON with a final newline', () => {
    const result = run(fakeBin, ['generate', articleFile, '--count', '2']);
    assert.equal(result.status, 0, result.stderr);
    const quiz = JSON.parse(result.stdout);
    assert.equal(quiz.questions.length, 2);
    assert.equal(result.stdout, `${JSON.stringify(quiz, null, 2)}\n`);
  });

  it('reads stdin for "-" and gives the same output as the file', () => {
    const fromFile = run(fakeBin, ['generate', articleFile]);
    const fromStdin = run(fakeBin, ['generate', '-'], readFileSync(articleFile, 'utf8'));
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, fromFile.stdout);
  });

  it('passes --count and --seed through, in both spellings; the seed as written', () => {
    const spaced = run(fakeBin, ['generate', articleFile, '--count', '3', '--seed', 'moscow']);
    const joined = run(fakeBin, ['generate', '--seed=moscow', '--count=3', articleFile]);
    assert.equal(spaced.stdout, joined.stdout);
    assert.match(JSON.parse(spaced.stdout).questions[0].prompt, /seed "moscow"$/);
    assert.match(JSON.parse(run(fakeBin, ['generate', articleFile, '--seed', '007']).stdout).questions[0].prompt, /seed "007"$/);
    assertFails(run(fakeBin, ['generate', articleFile, '--seed=']), 2, /--seed needs a non-empty value/);
  });

  it('reads UTF-8 and UTF-16 (with a byte-order mark) alike', () => {
    const text = readFileSync(articleFile, 'utf8');
    const utf16 = join(work, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    assert.equal(run(fakeBin, ['generate', utf16]).stdout, run(fakeBin, ['generate', articleFile]).stdout);
  });
});

// These run the real engine (src/quiz/generate.ts) end to end.
describe('news-quiz CLI: quizzes from the real engine', () => {
  it('makes at least one question from the seed article file', () => {
    const result = run(realBin, ['generate', articleFile]);
    assert.equal(result.status, 0, result.stderr);
    const quiz = JSON.parse(result.stdout);
    assert.ok(quiz.questions.length >= 1);
    for (const question of quiz.questions) {
      assert.equal(typeof question.prompt, 'string');
      assert.ok(question.choices.some((choice) => choice.id === question.answer));
    }
    assert.equal(result.stdout, `${JSON.stringify(quiz, null, 2)}\n`);
  });

  it('reads the article from stdin with "-"', () => {
    const result = run(realBin, ['generate', '-'], readFileSync(articleFile, 'utf8'));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, run(realBin, ['generate', articleFile]).stdout);
  });

  it('reads an HTML article', () => {
    const result = run(realBin, ['generate', htmlFile]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).questions.length >= 1);
    assert.doesNotMatch(result.stdout, /<\/?p>|var x/);
  });

  it('honours --count', () => {
    const result = run(realBin, ['generate', articleFile, '--count', '2']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).questions.length, 2);
  });

  it('is deterministic: the same seed gives byte-identical output', () => {
    const first = run(realBin, ['generate', articleFile, '--seed', 'seoul']);
    const second = run(realBin, ['generate', articleFile, '--seed', 'seoul']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(run(realBin, ['generate', articleFile]).stdout, run(realBin, ['generate', articleFile]).stdout);
  });

  it('reports an article without questions', () => {
    assertFails(run(realBin, ['generate', emptyFile]), 1, /no questions could be made/);
  });
});
