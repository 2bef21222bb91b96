#!/usr/bin/env node
// `npm run bench:browser`: the CDN build (run `npm run build` first) in headless Chromium, medians over
// repeated runs of: module load to the first rendered question (a ready quiz JSON; generation from the seed
// article), a click on a choice and Check to the feedback painted, and the longest main-thread task while a
// 100 KB article is generated. Prints figures; asserts nothing.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {findChrome} from './find-chrome.mjs';

const root = resolve('.');
const TYPES = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.txt': 'text/plain'};
const seed = await readFile('demo/seed-article.txt', 'utf8');
const quizJson = await readFile('demo/embed/quiz.json', 'utf8');
const corpus = await Promise.all(['seed-article.txt'].map((f) => readFile(join('demo', f), 'utf8')));
let big = '';
const [body, faq] = corpus[0].split('Frequently Asked Questions');
while (big.length < 100_000) big += body.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + (big.length % 7))) + '\n\n';
// (The FAQ once at the end: the seed body's own facts are places, which the engine no longer asks, so
// without it the long article would make no quiz.)
big += `Frequently Asked Questions${faq}`;

const pages = {
  '/ready.html': `<news-quiz><script type="application/json">${quizJson}</script></news-quiz>`,
  '/seed.html': `<news-quiz>${seed.replace(/</g, '&lt;')}</news-quiz>`,
  '/big.html': `<news-quiz>${big.replace(/</g, '&lt;')}</news-quiz>`,
  // The same where the page forbids workers: the engine runs on the main thread.
  '/big-main.html': `<news-quiz>${big.replace(/</g, '&lt;')}</news-quiz>`,
};
const page = (body, path) => `<!doctype html><html><head><meta charset="utf-8">${path === '/big-main.html' ? `<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">` : ''}<script>
  window.marks = {start: performance.now()};
  window.longest = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); }).observe({type: 'longtask', buffered: true});
</script><script type="module" src="/dist/cdn/news-quiz.js"></script></head><body>${body}</body></html>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (pages[path]) return res.writeHead(200, {'content-type': 'text/html'}).end(page(pages[path], path));
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Time from the page's first script to the start screen of the quiz, then to the first question. */
async function firstQuestion(path) {
  const tab = await browser.newPage();
  // Where the engine runs on the main thread, a trace gives every task's length, not only those over 50 ms.
  const traced = path === '/big-main.html';
  if (traced) await tab.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
  await tab.goto(base + path);
  const result = await tab.evaluate(async () => {
    await customElements.whenDefined('news-quiz');
    const quiz = document.querySelector('news-quiz');
    await quiz.updateComplete;
    const ready = performance.now();
    quiz.shadowRoot.querySelector('[part~="start-button"]').click();
    await quiz.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r()));
    const shown = performance.now();
    // A choice clicked and checked, to the feedback painted.
    const clickAt = performance.now();
    quiz.shadowRoot.querySelector('input[type=radio]').click();
    quiz.shadowRoot.querySelector('[part~="check-button"]').click();
    await quiz.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return {toStart: ready - window.marks.start, toQuestion: shown - window.marks.start, feedback: performance.now() - clickAt, longest: window.longest};
  });
  if (traced) Object.assign(result, longestTasks(JSON.parse(new TextDecoder().decode(await tab.tracing.stop()))));
  await tab.close();
  return result;
}

/**
 * The longest task on the page's main thread in a Chromium trace, in ms: of the whole load (`task`), and of
 * those from the request for the engine's dispatcher on (`generating`: the engine's own slices, the quiz shown).
 */
function longestTasks({traceEvents}) {
  const main = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const engineFrom = Math.min(...traceEvents.filter((e) => e.name === 'ResourceSendRequest' && /news-quiz-write-quiz/.test(e.args?.data?.url ?? '')).map((e) => e.ts));
  const longest = (list) => Math.max(0, ...list.map((e) => e.dur / 1000));
  return {task: longest(tasks), generating: longest(tasks.filter((e) => e.ts >= engineFrom))};
}

const runs = 7;
const results = {};
for (const path of Object.keys(pages)) {
  results[path] = [];
  for (let i = 0; i < runs; i++) results[path].push(await firstQuestion(path));
}
const col = (path, key) => ms(median(results[path].map((r) => r[key])));
console.log(`news-quiz bench:browser: Chromium ${await browser.version()}, medians of ${runs} page loads`);
console.log(`ready quiz JSON:      module load to first question ${col('/ready.html', 'toQuestion')} (start screen ${col('/ready.html', 'toStart')})`);
console.log(`seed article:         module load to first question ${col('/seed.html', 'toQuestion')} (start screen ${col('/seed.html', 'toStart')})`);
console.log(`click a choice + Check to feedback painted: ${col('/seed.html', 'feedback')}`);
console.log(
  `100 KB article (${(big.length / 1000).toFixed(0)} KB): first question ${col('/big.html', 'toQuestion')}; longest main-thread task ${col('/big.html', 'longest')} (target < 50 ms; the engine runs in a Worker)`
);
console.log(
  `100 KB article, workers forbidden: first question ${col('/big-main.html', 'toQuestion')}; longest main-thread task ${col('/big-main.html', 'longest')} by the Long Tasks API (0 when none passes 50 ms), ${col('/big-main.html', 'task')} in a trace, ${col('/big-main.html', 'generating')} from the engine's load on (the engine on the main thread; target < 50 ms)`
);
await browser.close();
server.close();
