import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChrome} from './scripts/find-chrome.mjs';
import {nodeGeneratePlugin} from './scripts/node-generate-plugin.mjs';
import {tsAsJs} from './scripts/ts-as-js.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  middleware: [tsAsJs()],
  concurrency: 1,
  testFramework: {config: {timeout: 20000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), nodeGeneratePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome() ?? undefined,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
