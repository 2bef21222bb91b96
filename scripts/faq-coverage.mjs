#!/usr/bin/env node
// FAQ coverage: of the FAQ pairs with a substantive answer, how many the quiz asks (at --count 30).
//   node scripts/faq-coverage.mjs ARTICLE...
import {build} from 'esbuild';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(mkdtempSync(join(tmpdir(), 'news-quiz-faq-')), 'e.mjs');
await build({
  stdin: {contents: `export {generateQuiz} from './src/quiz/generate.ts'; export {parseArticle} from './src/quiz/reading/article.ts';`, resolveDir: root, loader: 'ts'},
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
});
const {generateQuiz, parseArticle} = await import(out);
let pairs = 0;
let asked = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const faq = parseArticle(text).faq.filter((pair) => !pair.incomplete && pair.answer.split(/\s+/).length >= 4);
  if (!faq.length) continue;
  const prompts = new Set(generateQuiz(text, {count: 30}).questions.map((q) => q.prompt));
  const hit = faq.filter((pair) => prompts.has(pair.question)).length;
  pairs += faq.length;
  asked += hit;
  console.log(`${hit}/${faq.length}  ${basename(file)}`);
  for (const pair of faq) if (!prompts.has(pair.question)) console.log(`      not asked: ${pair.question}`);
}
console.log(`FAQ coverage: ${asked}/${pairs} = ${pairs ? Math.round((asked / pairs) * 100) : 0}%`);
