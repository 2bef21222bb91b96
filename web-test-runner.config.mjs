import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {findChrome, findFirefox} from './scripts/find-chrome.mjs';
import {a11yTreePlugin} from './scripts/a11y-tree-plugin.mjs';
import {nodeGeneratePlugin} from './scripts/node-generate-plugin.mjs';
import {tsAsJs} from './scripts/ts-as-js.mjs';

const firefox = findFirefox();

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
