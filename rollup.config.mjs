// The CDN build: the element as one minified ES module with Lit included, and the question engine as a
// chunk beside it that the element imports when it needs it. Built from tsc's output in dist/.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './scripts/rollup-minify-templates.mjs';
import {shortMessageIds} from './scripts/rollup-short-message-ids.mjs';

export default {
  // The element alone: it defines <news-quiz> and pulls in only what it uses (npm users import dist/index.js).
  // The Worker that runs the engine off the main thread is an entry of its own, beside the element.
  input: ['dist/news-quiz.js', 'dist/news-quiz-worker.js'],
  // Locale chunks import `str` from the element's chunk, which may export it beside its own exports.
  preserveEntrySignatures: 'allow-extension',
  // The question engine is a chunk of its own, imported only when an article must become a quiz.
  output: {
    dir: 'dist/cdn',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'news-quiz-[name].js',
  },
  // The widget uses only `str` from @lit/localize (see src/localization.ts): the rest of its top-level code,
  // written for configureLocalization, is left out.
  treeshake: {moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id)},
  onwarn(warning, warn) {
    // tsc's decorator helper reads top-level `this`; in an ES module that is undefined, as intended.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [shortMessageIds(), minifyTemplates(), nodeResolve({browser: true}), terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}})],
};
