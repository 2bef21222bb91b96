#!/usr/bin/env node
// Lists every candidate question the engine builds for an article, with its confidence and the evidence
// behind it, whether or not selection takes it: for tuning the confidence gate.
//   node scripts/candidates.mjs ARTICLE [--all]
import {build} from 'esbuild';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'news-quiz-candidates-'));
const out = join(dir, 'c.mjs');
await build({
  stdin: {
    contents: `export {draftCandidates} from './src/quiz/generate.ts'; export {confidenceOf} from './src/quiz/choosing/confidence.ts'; export {checkCandidate, normalize} from './src/quiz/choosing/checks.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
});
const {draftCandidates, confidenceOf, checkCandidate, normalize} = await import(out);
const text = readFileSync(process.argv[2], 'utf8');
const all = process.argv.includes('--all');
const {candidates} = draftCandidates(text, {count: 8});
for (const raw of candidates) {
  const c = checkCandidate(raw, ` ${normalize(text)} `);
  if (!c) {
    if (all) console.log(`  -- (fails checks) ${raw.prompt.slice(0, 100)}`);
    continue;
  }
  const s = c.signals ?? {};
  const conf = confidenceOf(c);
  console.log(`${conf >= 0.5 ? '+' : '-'} ${conf.toFixed(2)} key ${s.keyKind?.toFixed(2)} fit ${s.fit?.toFixed(2)} imp ${s.importance?.toFixed(2)} | ${c.prompt.slice(0, 110)}`);
  console.log(`      = ${c.correct} | ${c.distractors.map((d) => `${d} (${(s.standIns?.[d] ?? 1).toFixed(2)})`).join(' | ')}`);
}
