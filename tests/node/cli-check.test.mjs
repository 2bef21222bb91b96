// `news-quiz check`, run as a real process: the CLI built from src/cli.ts with esbuild into a temp dir laid
// out like the package (bin/ + dist/cli.js). `node --test tests/node/`
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'news-quiz-check-'));
const bin = join(work, 'bin/news-quiz.js');
const file = (name, content) => {
  const path = join(work, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const run = (args, input) => spawnSync(process.execPath, [bin, ...args], {input, encoding: 'utf8', cwd: work, timeout: 20_000});

const GOOD = {
  questions: [
    {
      id: 'q1',
      kind: 'fact',
      prompt: 'Kim met ___ in Pyongyang.',
      choices: [
        {id: 'a', text: 'Sergei Lavrov'},
        {id: 'b', text: 'Choe Son Hui'},
        {id: 'c', text: 'Vladimir Putin'},
      ],
      answer: 'a',
      evidence: 'Kim met Sergei Lavrov in Pyongyang.',
    },
    {id: 'q2', kind: 'authored', prompt: 'Which years does the plan cover?', choices: ['2022-2023', '2024-2025', '2026-2027'], answer: 'b'},
  ],
};
let article;
let seedArticle;

before(async () => {
  mkdirSync(join(work, 'bin'), {recursive: true});
  copyFileSync(join(root, 'bin/news-quiz.js'), bin);
  chmodSync(bin, 0o755);
  await build({entryPoints: [join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node18', outfile: join(work, 'dist/cli.js'), logLevel: 'error'});
  article = file('article.txt', 'SEOUL – Kim met Sergei Lavrov in Pyongyang. Choe Son Hui and Lavrov planned exchanges for 2024-2025.');
  const fixtures = join(work, 'articles.mjs');
  await build({entryPoints: [join(root, 'tests/fixtures/articles.ts')], format: 'esm', outfile: fixtures, logLevel: 'error'});
  seedArticle = file('seed.txt', (await import(pathToFileURL(fixtures).href)).SEED_ARTICLE);
});

after(() => rmSync(work, {recursive: true, force: true}));

describe('news-quiz check', () => {
  it('passes a valid quiz (exit 0), schema only or with its article', () => {
    const quiz = file('good.json', GOOD);
    let result = run(['check', quiz]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /2 questions, no faults \(schema only/);
    result = run(['check', quiz, '--article', article]);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /2 questions, no faults\n$/);
    assert.equal(run(['check', '-'], JSON.stringify(GOOD)).status, 0);
  });

  it('lists every schema fault by question and field, exit 1', () => {
    const bad = {
      questions: [
        {id: 'q1', prompt: ' ', choices: ['a', 'b'], answer: 'a'},
        {id: 'q2', prompt: 'Two?', choices: ['Only one'], answer: 'a'},
        {id: 'q3', prompt: 'Same?', choices: ['Yes', 'yes'], answer: 'a'},
        {id: 'q4', prompt: 'Key?', choices: ['Yes', 'No']},
        {id: 'q5', prompt: 'x'.repeat(2001), choices: ['Yes', 'No'], answer: 'a'},
        GOOD.questions[1],
      ],
    };
    const result = run(['check', file('bad.json', bad)]);
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0], /bad\.json": q1, prompt: is empty$/);
    assert.match(lines[1], /q2, choices: needs at least 2 choices$/);
    assert.match(lines[2], /q3, choices\[1\]\.text: repeats another choice$/);
    assert.match(lines[3], /q4, answer: is missing$/);
    assert.match(lines[4], /q5, prompt: is longer than 2000 characters$/);
    assert.match(lines[5], /5 faults in 6 questions$/);
    const shared = run(['check', file('ids.json', {questions: [GOOD.questions[0], GOOD.questions[0]]})]);
    assert.equal(shared.status, 1);
    assert.match(shared.stdout, /q1, id: two questions share this id/);
    assert.equal(run(['check', file('empty.json', {questions: []})]).status, 1);
    assert.match(run(['check', file('none.json', {})]).stdout, /questions: the quiz needs a "questions" list/);
  });

  it('with the article, lists the quality faults', () => {
    const flawed = {
      questions: [
        {
          ...GOOD.questions[0],
          answer: 'b',
          choices: [
            {id: 'a', text: 'Sergei Lavrov'},
            {id: 'b', text: 'Choe Son-il'},
            {id: 'c', text: 'Vladimir Putin'},
          ],
        },
        {id: 'q2', kind: 'fact', prompt: 'Who is Sergei Lavrov?', choices: ['Contributor License Agreement', 'CLA', 'NDA'], answer: 'a', evidence: 'Not in the article.'},
      ],
    };
    const result = run(['check', file('flawed.json', flawed), '--article', article]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /q1, answer: the right choice is not what the article says \(not-in-article\)/);
    assert.match(result.stdout, /q1, choices: a wrong choice is also true by the article \(distractor-also-true\)/);
    assert.match(result.stdout, /q2, choices: two choices name the same thing \(same-thing\)/);
    assert.match(result.stdout, /q2, evidence: the evidence is not a sentence of the article/);
    // Schema only, the same quiz passes.
    assert.equal(run(['check', join(work, 'flawed.json')]).status, 0);
  });

  it('passes the quiz the engine writes for the seed article, checked against it (text or HTML)', () => {
    const generated = run(['generate', seedArticle, '--seed', 'check']);
    assert.equal(generated.status, 0, generated.stderr);
    const quiz = file('seed-quiz.json', generated.stdout);
    const result = run(['check', quiz, '--article', seedArticle]);
    assert.equal(result.status, 0, result.stdout);
  });

  it('exits 2 on a usage error, 1 on an unreadable or non-JSON quiz', () => {
    for (const args of [['check'], ['check', 'a.json', 'b.json'], ['check', 'a.json', '--article'], ['check', 'a.json', '--strict'], ['check', '-', '--article', '-']]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^news-quiz: .*\(see news-quiz --help\)\n$/);
    }
    assert.equal(run(['check', join(work, 'missing.json')]).status, 1);
    const notJson = run(['check', file('not.json', '{nope')]);
    assert.equal(notJson.status, 1);
    assert.match(notJson.stderr, /is not JSON/);
    assert.match(run(['--help']).stdout, /news-quiz check <quiz\.json\|-> \[--article <file>\]/);
  });
});
