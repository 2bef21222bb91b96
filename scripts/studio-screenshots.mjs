// Screenshots of the studio (dev aid, and the README's picture; needs `npm start`):
//   node scripts/studio-screenshots.mjs [url] [outdir]
// Writes <outdir>/studio-{phone,desktop}-{draft,dark,warning,error,full}.png, and docs/studio.png (desktop, draft).
import puppeteer from 'puppeteer-core';
import {copyFileSync, mkdirSync} from 'node:fs';
import {findChrome} from './find-chrome.mjs';

const url = process.argv[2] ?? 'http://localhost:8000/demo/studio.html';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, {recursive: true});
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const viewports = {phone: {width: 360, height: 800, deviceScaleFactor: 2, isMobile: true}, desktop: {width: 1280, height: 900}};
/** A question whose only short key also sits in its own stem: the studio warns about it. */
const WARNED = {
  id: 'q9',
  kind: 'authored',
  prompt: 'Which city did Putin visit, Pyongyang or Seoul?',
  choices: [
    {id: 'a', text: 'Pyongyang'},
    {id: 'b', text: 'Seoul'},
  ],
  answer: 'a',
};
for (const [name, viewport] of Object.entries(viewports)) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'light'}]);
  await page.goto(url, {waitUntil: 'networkidle0'});
  await page.evaluate(() => localStorage.clear());
  await page.reload({waitUntil: 'networkidle0'});
  await page.click('#load-demo');
  await page.waitForFunction(() => document.querySelector('news-quiz-studio')?.quiz.questions.length > 0);
  await page.evaluate(() => document.querySelector('news-quiz-studio').updateComplete);
  const shot = (state, full = false) => page.screenshot({path: `${out}/studio-${name}-${state}.png`, fullPage: full});
  await shot('draft');
  if (name === 'desktop') copyFileSync(`${out}/studio-${name}-draft.png`, 'docs/studio.png');
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'dark'}]);
  await shot('dark');
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'light'}]);
  // A warning: a question added whose answer is in its stem, with two choices.
  await page.evaluate((extra) => {
    const studio = document.querySelector('news-quiz-studio');
    studio.quiz = {questions: [extra, ...studio.quiz.questions]};
  }, WARNED);
  await page.evaluate(() => document.querySelector('news-quiz-studio').updateComplete);
  const scrollTo = (selector) => page.evaluate((s) => document.querySelector('news-quiz-studio').shadowRoot.querySelector(s).scrollIntoView(), selector);
  await scrollTo('.question');
  await shot('warning');
  // A validation error: the first stem emptied.
  await page.evaluate(() => {
    const field = document.querySelector('news-quiz-studio').shadowRoot.querySelector('textarea[id^="prompt-"]');
    field.value = '';
    field.dispatchEvent(new Event('change'));
  });
  await page.evaluate(() => document.querySelector('news-quiz-studio').updateComplete);
  await scrollTo('.question');
  await shot('error');
  await shot('full', true);
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/, and docs/studio.png`);
