#!/usr/bin/env node
// Writes blind-review batches as ../shared/REVIEW.md asks: each article's text, then its quiz, about eight
// articles a file, `(key)` before the choice the quiz marks correct. Bundles src/quiz/generate.ts with
// esbuild, so it measures the source as it stands.
//   node scripts/review-batch.mjs --out DIR [--per 8] [--count 8] ARTICLE...
// Also prints, per article, how many questions it got (and writes DIR/quizzes.json for later tallies).
import {build} from 'esbuild';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const out = resolve(option('--out', 'review'));
const per = Number(option('--per', 8));
const count = Number(option('--count', 8));
const files = args.map((f) => resolve(f));
if (!files.length) {
  console.error('usage: review-batch.mjs --out DIR [--per 8] [--count 8] ARTICLE...');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'news-quiz-review-'));
const engine = join(dir, 'generate.mjs');
await build({entryPoints: [join(root, 'src/quiz/generate.ts')], bundle: true, platform: 'node', format: 'esm', outfile: engine, logLevel: 'error'});
const {generateQuiz} = await import(engine);

mkdirSync(out, {recursive: true});
const quizzes = {};
let batch = [];
let batchNo = 0;
let total = 0;
const flush = () => {
  if (!batch.length) return;
  batchNo++;
  writeFileSync(join(out, `batch-${String(batchNo).padStart(2, '0')}.md`), batch.join('\n\n---\n\n') + '\n');
  batch = [];
};
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const started = performance.now();
  const quiz = generateQuiz(text, {count});
  const ms = performance.now() - started;
  quizzes[basename(file)] = quiz;
  total += quiz.questions.length;
  const lines = [`# Article: ${basename(file)}`, '', text.trim(), '', `## Quiz (${quiz.questions.length} questions)`, ''];
  quiz.questions.forEach((q, i) => {
    lines.push(`Q${i + 1}. ${q.prompt}`);
    for (const choice of q.choices) lines.push(`${choice.id === q.answer ? '(key) ' : ''}${choice.text}`);
    lines.push('');
  });
  batch.push(lines.join('\n'));
  console.log(`${String(quiz.questions.length).padStart(2)} questions  ${ms.toFixed(0).padStart(4)} ms  ${basename(file)}`);
  if (batch.length >= per) flush();
}
flush();
writeFileSync(join(out, 'quizzes.json'), JSON.stringify(quizzes, null, 1));
console.log(`${files.length} articles, ${total} questions, ${batchNo} batches in ${out}`);
