// Lint: JavaScript and TypeScript recommended rules, the rules of hooks, accessibility, and a local
// rule that keeps user-facing words in locales/. Run with `npm run lint` (no warnings allowed).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noLiteralJsxText from './eslint/no-literal-jsx-text.js';

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', '.tmp/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'project/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node',
    files: ['scripts/**', 'eslint/**', '**/*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // End-to-end tests run under Node, but the callbacks they pass to page.evaluate() and
    // page.waitForFunction() run inside the page, where document and window exist.
    name: 'project/e2e',
    files: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Unit tests run in jsdom under Node.
    name: 'project/unit-tests',
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },
  {
    name: 'project/words-in-locales',
    files: ['src/**/*.tsx'],
    plugins: { local: { rules: { 'no-literal-jsx-text': noLiteralJsxText } } },
    rules: { 'local/no-literal-jsx-text': 'error' },
  },
]);
