#!/usr/bin/env node
// Measures the question engine with the independent judge: bundles src/quiz/generate.ts with esbuild,
// then runs ../shared/quiz-check.mjs over every corpus article at the default count and at --count 30.
//   node scripts/check-corpus.mjs [--verbose] [--count N] [ARTICLE...]   (default: ../shared/corpus/*.txt)
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const countAt = args.indexOf('--count');
const counts = countAt >= 0 ? [Number(args[countAt + 1])] : [undefined, 30];
const files = args.filter((a, i) => !a.startsWith('--') && (countAt < 0 || i !== countAt + 1));
const articles = files.length
  ? files.map((f) => resolve(f))
  : readdirSync(join(shared, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(shared, 'corpus', f));

const dir = mkdtempSync(join(tmpdir(), 'news-quiz-check-'));
const engine = join(dir, 'generate.mjs');
await build({entryPoints: [join(root, 'src/quiz/generate.ts')], bundle: true, platform: 'node', format: 'esm', outfile: engine, logLevel: 'error'});
const cli = join(dir, 'quiz.mjs');
writeFileSync(
  cli,
  `import {readFileSync} from 'node:fs';
import {generateQuiz} from ${JSON.stringify(engine)};
const count = process.argv[3] ? Number(process.argv[3]) : undefined;
process.stdout.write(JSON.stringify(generateQuiz(readFileSync(process.argv[2], 'utf8'), count ? {count} : {})));
`
);

for (const count of counts) {
  console.log(`\n=== quiz-check, count ${count ?? 'default (8)'}`);
  const run = `node ${JSON.stringify(cli)} {} ${count ?? ''}`;
  const result = spawnSync('node', [join(shared, 'quiz-check.mjs'), '--run', run, ...(verbose ? ['--verbose'] : []), ...articles], {encoding: 'utf8'});
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
}
