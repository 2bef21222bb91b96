#!/usr/bin/env node
// `npm run size`: min and min+gzip of every file of the CDN build (run `npm run build` first), the studio's
// own files (news-quiz-studio*.js), and the
// element's budget: a page that shows a ready quiz in English loads only news-quiz.js (another language adds
// its own small chunk).
//   node scripts/size.mjs [--budget KB]   (exits 1 when news-quiz.js passes the budget; default 20 KB)
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const dir = 'dist/cdn';
const at = process.argv.indexOf('--budget');
const budget = (at >= 0 ? Number(process.argv[at + 1]) : 20) * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let element = 0;
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.js'))
  .sort();
if (!files.length) {
  console.error('size: no files in dist/cdn; run `npm run build` first');
  process.exit(2);
}
console.log('file                                  min        min+gzip');
for (const file of files) {
  const code = readFileSync(join(dir, file));
  const gzip = gzipSync(code, {level: 9}).length;
  if (file === 'news-quiz.js') element = gzip;
  const locale = /^news-quiz-(?:studio-)?([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.js$/.exec(file)?.[1];
  const language = locale && new Intl.DisplayNames(['en'], {type: 'language'}).of(locale);
  const role =
    file === 'news-quiz.js'
      ? 'element, UI, Lit, English strings'
      : file === 'news-quiz-studio.js'
        ? 'studio: editor UI, reader for the preview, Lit (own build)'
        : /^news-quiz-studio-engine/.test(file)
          ? 'studio engine: drafting and warnings (on demand)'
          : /generate/.test(file)
            ? 'question engine (loaded on demand)'
            : /write-quiz/.test(file)
              ? 'runs the engine in its Worker or on the main thread (on demand)'
              : /result-actions/.test(file)
                ? 'result screen: share, Show in article (loaded with a result)'
                : /fetch-source/.test(file)
                  ? 'reads `src` (loaded for a widget with src)'
                  : /worker/.test(file)
                    ? 'Worker that runs the engine (on demand)'
                    : language && language !== locale
                      ? `${language} UI strings (loaded for a widget in ${locale})`
                      : 'chunk';
  console.log(`${file.padEnd(36)} ${kb(code.length).padStart(9)} ${kb(gzip).padStart(10)}   ${role}`);
}
console.log(`budget: news-quiz.js ${kb(element)} (${element} bytes) of ${kb(budget)} min+gzip (1 KB = 1024 bytes; the target is 16 KB, 16384 bytes)`);
if (element > budget) {
  console.error(`size: news-quiz.js is over its budget of ${kb(budget)}`);
  process.exit(1);
}
