// `npm test`: checks for Chromium in one clear line, runs the Node tests (tests/node/, the CLI) and then
// every browser test in headless Chromium, and ends with one plain "N passed, N failed" line.
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {findChrome, NO_CHROME_MESSAGE} from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

/** Runs a command, echoing its output, and resolves with its exit code and everything it printed. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk) && process.stdout.write(chunk));
    child.stderr.on('data', (chunk) => (output += chunk) && process.stderr.write(chunk));
    child.on('close', (code) => resolve({code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')}));
  });
}

let passed = 0;
let failed = 0;
let status = 0;

const nodeTests = existsSync('tests/node') ? readdirSync('tests/node').filter((f) => f.endsWith('.test.mjs')) : [];
if (nodeTests.length && !process.argv.slice(2).length) {
  const result = await run(process.execPath, ['--test', ...nodeTests.map((f) => `tests/node/${f}`)]);
  passed += Number(/^# pass (\d+)/m.exec(result.output)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(result.output)?.[1] ?? 0);
  if (result.code !== 0) status = result.code;
}

const browser = await run('npx', ['web-test-runner', ...process.argv.slice(2)], {CHROME_PATH: chrome});
const counts = [...browser.output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
passed += Number(counts?.[1] ?? 0);
failed += Number(counts?.[2] ?? 0);
if (browser.code !== 0) status = browser.code;
if (status !== 0 && failed === 0) failed = 1; // a crash that ran no assertion still fails

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status);
