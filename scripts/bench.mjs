// `npm run bench` (after `npm run build`): how fast the built generator and article parser are on the seed
// article, on ~1 MB of real articles, and how time grows with 10x the input. A benchmark, not a test: it
// prints figures and fails only if something crashes.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function importBuilt(path) {
  const file = join(root, 'dist', path);
  if (!existsSync(file)) {
    console.error(`bench: dist/${path} is missing; run npm run build first`);
    process.exit(1);
  }
  return import(pathToFileURL(file).href);
}

/** The corpus beside the repo (../shared/corpus), else the copy in demo/. */
function loadCorpus() {
  for (const dir of [join(root, '../shared/corpus'), join(root, 'demo')]) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    if (files.includes('seed-article.txt')) {
      return {dir, seed: readFileSync(join(dir, 'seed-article.txt'), 'utf8'), all: files.map((name) => readFileSync(join(dir, name), 'utf8'))};
    }
  }
  console.error('bench: no corpus with seed-article.txt in ../shared/corpus or demo/');
  process.exit(1);
}

/** The corpus articles concatenated and repeated until the text reaches `size` characters. */
function articleOfSize(articles, size) {
  const joined = articles.join('\n\n');
  let text = '';
  while (text.length < size) text += `${joined}\n\n`;
  return text.slice(0, size);
}

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` untimed runs. */
function median(fn, runs, warmup = Math.min(runs, 5)) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const kb = (text) => (text.length >= 1_000_000 ? `${(text.length / 1_000_000).toFixed(1)} MB` : `${Math.round(text.length / 1000)} KB`);

const {generateQuiz} = await importBuilt('quiz/generate.js');
const {parseArticle} = await importBuilt('quiz/reading/article.js');
const corpus = loadCorpus();

console.log(`news-quiz bench: node ${process.version}, corpus ${corpus.dir} (${corpus.all.length} articles)`);

const seedQuestions = generateQuiz(corpus.seed).questions.length;
// A shared machine slows some rounds down by half or more: the seed is timed in five rounds of 100 runs,
// after 300 untimed runs that let the JIT settle, and the best round's median is the figure (every round
// is printed too).
const rounds = Array.from({length: 5}, (_, i) => median(() => generateQuiz(corpus.seed), 100, i === 0 ? 300 : 5));
const seedGenerate = Math.min(...rounds);
const seedParse = median(() => parseArticle(corpus.seed), 300, 30);
console.log(`seed article (${corpus.seed.length} chars, ${seedQuestions} questions): generate median ${ms(seedGenerate)}, best of 5 rounds of 100 runs (target < 2 ms); rounds: ${rounds.map(ms).join(', ')}`);
console.log(`seed article: parseArticle median ${ms(seedParse)}`);

const small = articleOfSize(corpus.all, 100_000);
const large = articleOfSize(corpus.all, 1_000_000);
// The large and small inputs take the best of three rounds too, so one slow round does not skew the ratio.
const best = (fn, runs, warmup) => Math.min(...[0, 1, 2].map((i) => median(fn, runs, i === 0 ? warmup : 1)));
const largeGenerate = best(() => generateQuiz(large), 6, 2);
const largeParse = median(() => parseArticle(large), 10, 2);
console.log(`1 MB article (${large.length} chars): generate median ${ms(largeGenerate)}, best of 3 rounds of 6 runs (target < 500 ms)`);
console.log(`1 MB article: parseArticle median ${ms(largeParse)} (target well under 100 ms)`);

const smallGenerate = best(() => generateQuiz(small), 20, 3);
const smallParse = median(() => parseArticle(small), 20, 3);
const ratio = (big, little) => (little > 0 ? (big / little).toFixed(1) : 'n/a');
console.log(`10x input (${kb(small)} -> ${kb(large)}): generate ${ms(smallGenerate)} -> ${ms(largeGenerate)}, ratio ${ratio(largeGenerate, smallGenerate)} (target <= 12)`);
console.log(`10x input (${kb(small)} -> ${kb(large)}): parseArticle ${ms(smallParse)} -> ${ms(largeParse)}, ratio ${ratio(largeParse, smallParse)}`);
