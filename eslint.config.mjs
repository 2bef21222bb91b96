// `npm run lint`: typescript-eslint, the Lit, Lit a11y and web-component rules, on the sources and tests.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['dist/', 'coverage/', 'src/generated/', 'node_modules/', 'custom-elements.json']},
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: {'lit-a11y': litA11y},
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names start with an underscore when a signature needs them.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    // chai's `expect(x).to.be.true` is an assertion, not an unused expression.
    files: ['tests/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', '*.mjs', 'demo/**/*.js'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', document: 'readonly', window: 'readonly', URL: 'readonly', fetch: 'readonly'}},
  }
);
