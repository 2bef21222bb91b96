// A test-runner plugin that runs the generator in Node, so a browser test can compare Node's quiz with
// the browser's byte for byte (executeServerCommand('generate-in-node', {article, options})).
import {build} from 'esbuild';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

export function nodeGeneratePlugin() {
  let generator;
  async function loadGenerator() {
    if (!generator) {
      const outfile = join(mkdtempSync(join(tmpdir(), 'news-quiz-')), 'generate.mjs');
      await build({entryPoints: ['src/quiz/generate.ts'], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error'});
      generator = await import(pathToFileURL(outfile).href);
    }
    return generator;
  }
  return {
    name: 'news-quiz-node-generate',
    async executeCommand({command, payload}) {
      if (command !== 'generate-in-node') return undefined;
      const {generateQuiz} = await loadGenerator();
      return JSON.stringify(generateQuiz(payload.article, payload.options ?? {}));
    },
  };
}
