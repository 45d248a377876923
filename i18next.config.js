// i18next-cli: extraction drift and hard-coded strings. Languages are read from locales/ (each
// folder with a meta.json), so adding one touches no code.
import { readdirSync, existsSync } from 'node:fs';

const locales = readdirSync('locales', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`locales/${entry.name}/meta.json`))
  .map((entry) => entry.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

export default {
  locales,
  extract: {
    input: ['src/**/*.{ts,tsx}'],
    output: 'locales/{{language}}/{{namespace}}.json',
    primaryLanguage: 'en',
    defaultNS: 'common',
    functions: ['t', 'tc', 'to', 'i18next.t'],
    indentation: 2,
    // Key order is the order a translator reads the page in, not the alphabet.
    sort: false,
    ignoreNamespaces: ['meta'],
    // Keys built from ids (`questions:${question}.choices.${choice}`) are typed by TypeScript
    // against English instead; extraction cannot see them.
    preservePatterns: [
      'questions:*',
      'outcomes:*',
      'options:*',
      'glossary:*',
      'sources:sections.*',
      'sources:established.*',
      'sources:since.approvals.*',
      'calculator:*',
      'common:notices.*',
      'common:language.*',
    ],
  },
};
