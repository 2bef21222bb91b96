// Screenshots of every state a reader reaches, on a phone and a desktop (dev aid; needs `npm start`).
// Usage: node scripts/screenshots.mjs [url] [outdir]
import puppeteer from 'puppeteer-core';
import {mkdirSync} from 'node:fs';
import {findChrome} from './find-chrome.mjs';

const url = process.argv[2] ?? 'http://localhost:8000/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, {recursive: true});
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const viewports = {phone: {width: 390, height: 844, deviceScaleFactor: 2, isMobile: true}, desktop: {width: 1280, height: 900}};
for (const [name, viewport] of Object.entries(viewports)) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
    await page.goto(url, {waitUntil: 'networkidle0'});
    const quiz = await page.waitForSelector('news-quiz');
    const shot = async (state) => {
      await quiz.scrollIntoView();
      await page.screenshot({path: `${out}/${name}-${scheme}-${state}.png`});
    };
    const click = (selector) => page.evaluate((s) => document.querySelector('news-quiz').shadowRoot.querySelector(s)?.click(), selector);
    await shot('start');
    await click('[part~="start-button"]');
    await shot('question');
    await click('input[type=radio]:nth-of-type(1)');
    await page.evaluate(() => document.querySelector('news-quiz').shadowRoot.querySelectorAll('input[type=radio]')[1].click());
    await click('[part~="check-button"]');
    await shot('feedback');
    const total = await page.evaluate(() => document.querySelector('news-quiz').questions.length);
    for (let i = 0; i < total; i++) {
      if (i > 0) {
        await page.evaluate(() => document.querySelector('news-quiz').shadowRoot.querySelector('input[type=radio]').click());
        await click('[part~="check-button"]');
      }
      await click('[part~="next-button"]');
    }
    await shot('result');
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
