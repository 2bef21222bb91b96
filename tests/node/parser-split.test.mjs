// The text-only parser (src/quiz/reading/article-text.ts) must not pull the HTML reader into a bundle: the element
// reads HTML with the browser's DOMParser and only ever hands the parser plain text.
// `node --test tests/node/`
import assert from 'node:assert/strict';
import {dirname, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HTML_MODULES = ['src/quiz/reading/html-text.ts', 'src/quiz/reading/html-article.ts', 'src/quiz/reading/json-ld.ts', 'src/quiz/reading/article.ts'];

async function bundle(entry) {
  const result = await build({entryPoints: [resolve(root, entry)], bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'error'});
  return {inputs: Object.keys(result.metafile.inputs).map((path) => relative(root, resolve(root, path))), code: result.outputFiles[0].text};
}

describe('parser split', () => {
  it('bundles parseArticleText without any HTML module', async () => {
    const {inputs, code} = await bundle('src/quiz/reading/article-text.ts');
    for (const module of HTML_MODULES) assert.ok(!inputs.includes(module), `${module} is in the text-only bundle`);
    assert.ok(!code.includes('ld+json') && !code.includes('figcaption'), 'HTML reader code in the text-only bundle');
  });

  it('bundles parseArticle with the HTML reader', async () => {
    const {inputs} = await bundle('src/quiz/reading/article.ts');
    for (const module of HTML_MODULES) assert.ok(inputs.includes(module), `${module} missing from parseArticle`);
  });
});
