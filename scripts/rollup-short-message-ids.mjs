// A rollup plugin that gives UI messages short ids in the CDN build: `{id: 'error-src-too-large'}` in the
// element and the same key in each locale module become `{id: '1b'}` and `'1b'`. The source, the XLIFF and
// check-locales keep the readable ids; the bundle does not carry them. Ids are numbered in sorted order of
// the translated ids, so a build is reproducible; an id no locale translates keeps its name.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

export function shortMessageIds({localesDir = 'dist/generated/locales', element = /[\\/]dist[\\/]news-quiz\.js$/} = {}) {
  let short = new Map();
  const keyPattern = /^(\s*)'([^'\n]+)': /gm;
  return {
    name: 'short-message-ids',
    buildStart() {
      const ids = new Set();
      for (const file of readdirSync(localesDir).filter((name) => name.endsWith('.js'))) {
        for (const [, , id] of readFileSync(join(localesDir, file), 'utf8').matchAll(keyPattern)) ids.add(id);
      }
      short = new Map([...ids].sort().map((id, i) => [id, i.toString(36)]));
    },
    transform(code, id) {
      if (element.test(id)) return {code: code.replace(/\{ id: '([^'\n]+)' \}/g, (whole, name) => (short.has(name) ? `{ id: '${short.get(name)}' }` : whole)), map: null};
      if (id.startsWith(join(process.cwd(), localesDir))) return {code: code.replace(keyPattern, (whole, indent, name) => `${indent}'${short.get(name) ?? name}': `), map: null};
      return null;
    },
  };
}
