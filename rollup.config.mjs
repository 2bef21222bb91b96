// The CDN build: minified ES modules with Lit included, for pages with no build step.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './scripts/rollup-minify-templates.mjs';
import {shortMessageIds} from './scripts/rollup-short-message-ids.mjs';

const onwarn = (warning, warn) => {
  // tsc's decorator helper reads top-level `this`; in an ES module that is undefined, as intended.
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};
const plugins = () => [shortMessageIds(), minifyTemplates(), nodeResolve({browser: true}), terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}})];
// The widget uses only `str` from @lit/localize (see src/localization.ts): the rest of its top-level code,
// written for configureLocalization, is left out.
const treeshake = {moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id)};

export default [
  {
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
    treeshake,
    onwarn,
    plugins: plugins(),
  },
  // The studio, a build of its own so the reader's files do not change: it carries its own Lit and the
  // reader element (for the preview), and loads its engine chunk (news-quiz-studio-engine.js) on first use.
  {
    input: ['dist/news-quiz-studio.js'],
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'news-quiz-studio-[name].js',
      // One engine chunk: the drafting module and the engine the reader would load lazily too.
      manualChunks: (id) => (/[\\/]dist[\\/](quiz[\\/](?!validate|types)|studio[\\/]studio-engine)/.test(id) ? 'engine' : undefined),
    },
    // The chunk may import from the entry (shared Lit-free helpers) rather than get a facade file.
    preserveEntrySignatures: 'allow-extension',
    treeshake,
    onwarn,
    plugins: plugins(),
  },
];
