// Dev-server middleware: a request for src/**/*.js that exists only as .ts gets the .ts, which the esbuild
// plugin serves as JavaScript. Imports are rewritten by the plugin already; a URL built at run time (the
// engine's Worker, `new URL('./news-quiz-worker.js', import.meta.url)`) is not.
import {existsSync} from 'node:fs';
import {join} from 'node:path';

export function tsAsJs(root = process.cwd()) {
  return (context, next) => {
    if (/^\/src\/.+\.js$/.test(context.path) && !existsSync(join(root, context.path)) && existsSync(join(root, context.path.replace(/\.js$/, '.ts')))) {
      context.path = context.path.replace(/\.js$/, '.ts');
    }
    return next();
  };
}
