// `npm start`: serves the demo and the TypeScript sources at http://localhost:8000/.
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {tsAsJs} from './ts-as-js.mjs';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    nodeResolve: true,
    appIndex: 'demo/index.html',
    open: false,
    watch: false,
    middleware: [
      // The demo lives in demo/; serve it at the site root.
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html') context.path = '/demo/index.html';
        return next();
      },
      tsAsJs(),
    ],
    plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  },
  logStartMessage: false,
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`news-quiz demo: http://localhost:${port}/  (Ctrl+C to stop)`);
