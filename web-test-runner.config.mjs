import {createRequire} from 'node:module';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {findChrome, findFirefox} from './scripts/find-chrome.mjs';
import {a11yTreePlugin} from './scripts/a11y-tree-plugin.mjs';
import {nodeGeneratePlugin} from './scripts/node-generate-plugin.mjs';
import {tsAsJs} from './scripts/ts-as-js.mjs';

const firefox = findFirefox();

// Firefox ESR 140 (what Debian's apt gives on some images; 153 on others) lacks WebDriver BiDi's
// emulation.setScreenOrientationOverride, which puppeteer sends beside every viewport change and which
// then fails the whole test file. The viewport itself is set by the command sent with it, so an "unknown
// command" there is tolerated; any other error still fails.
if (firefox) {
  const {BrowsingContext} = createRequire(import.meta.url)('puppeteer-core/lib/cjs/puppeteer/bidi/core/BrowsingContext.js');
  const setOrientation = BrowsingContext.prototype.setScreenOrientationOverride;
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      return await setOrientation.apply(this, args);
    } catch (error) {
      if (!/unknown command/.test(String(error?.message))) throw error;
    }
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  middleware: [tsAsJs()],
  concurrency: 1,
  // `npm run coverage` (Chromium): line coverage of the question engine, which must stay at 90% or more.
  coverageConfig: {include: ['src/quiz/**/*.ts'], threshold: {lines: 90, statements: 90, functions: 0, branches: 0}},
  testFramework: {config: {timeout: 20000}},
  // a11y-tree: the full accessibility tree, for the tests of names and roles (tests/accessibility.test.ts).
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), nodeGeneratePlugin(), a11yTreePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome() ?? undefined,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
    // Firefox ESR too, where it is installed (CI installs it); NEWS_QUIZ_BROWSERS=chromium skips it.
    ...(firefox && process.env.NEWS_QUIZ_BROWSERS !== 'chromium' ? [puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath: firefox, headless: true}})] : []),
  ],
};
