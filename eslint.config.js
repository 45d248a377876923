// Lint: JavaScript and TypeScript recommended rules, the rules of hooks, accessibility, and a local
// rule that keeps user-facing words in locales/. Run with `npm run lint` (no warnings allowed).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import noLiteralJsxText from './eslint/no-literal-jsx-text.js';

/** Which layer may not import which: each layer imports only the ones below it. */
const below = {
  'src/flow': [],
  'src/calculator': [],
  'src/i18n': [],
  'src/content': ['src/flow'],
  'src/hooks': ['src/flow', 'src/content', 'src/i18n'],
  'src/components': ['src/hooks', 'src/flow', 'src/content', 'src/i18n', 'src/calculator'],
  'src/screens': ['src/components', 'src/hooks', 'src/flow', 'src/content', 'src/i18n', 'src/calculator'],
  'src/app': ['src/screens', 'src/components', 'src/hooks', 'src/flow', 'src/content', 'src/i18n', 'src/calculator'],
};
export const layerZones = [
  ...Object.entries(below).map(([layer, allowed]) => ({
    target: `./${layer}`,
    from: './src',
    // src/facts.mjs holds the facts every layer shares (storage keys, namespaces).
    except: [layer, ...allowed].map((path) => `./${path.slice('src/'.length)}`).concat('./facts.mjs'),
    message: `${layer} may import only ${allowed.length ? allowed.join(', ') : 'itself'} (docs/adr/004-layers.md).`,
  })),
  // The two test tiers and the browser suite stand apart: a jsdom or pure test imports nothing
  // from tests/e2e, and the browser suite imports no test helper.
  { target: './tests/*.{ts,tsx}', from: './tests/e2e', message: 'Tests import nothing from the browser suite.' },
  { target: './tests/e2e', from: './tests', except: ['./e2e'], message: 'The browser suite imports no test helper.' },
];

export default defineConfig([
  globalIgnores(['dist/', 'bench/dist-*/', 'node_modules/', '.tmp/', 'coverage/', '.stryker-tmp/', 'reports/']),
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
    // A region that scrolls sideways (the decision map) takes focus, so a keyboard can scroll it.
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }] },
  },
  {
    // Imports flow one way, from the shell down to the pure core (docs/adr/004-layers.md):
    // app → screens → components → hooks → content, i18n → flow; the calculator stands alone.
    name: 'project/layers',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    name: 'project/words-in-locales',
    files: ['src/**/*.tsx'],
    plugins: { local: { rules: { 'no-literal-jsx-text': noLiteralJsxText } } },
    rules: { 'local/no-literal-jsx-text': 'error' },
  },
]);
