// Finds a Chromium or Chrome binary: CHROME_PATH first, then the usual Debian and PATH names.
import {existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const known of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(known)) return known;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Firefox ESR (FIREFOX_PATH first), for the second browser the tests run in; null when absent. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const known of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(known)) return known;
  return null;
}

export const NO_CHROME_MESSAGE = 'news-quiz: no Chromium found; install it with `apt-get install -y chromium` or set CHROME_PATH to a Chrome/Chromium binary.';

// Run directly (`node scripts/find-chrome.mjs`): fail fast, in one line, before anything is built.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChrome()) {
    console.error(NO_CHROME_MESSAGE);
    process.exit(1);
  }
}
