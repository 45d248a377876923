// i18next-cli: extraction drift and hard-coded strings. Languages are found in locales/ by
// scripts/languages.mjs, the one discovery the app and the checks share.
import { discoverLanguages } from './scripts/languages.mjs';

const locales = Object.keys(discoverLanguages('locales'));

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
