// Typed keys: a misspelled key fails the type check. English is the source language.
import type calculator from '../../locales/en/calculator.json';
import type common from '../../locales/en/common.json';
import type glossary from '../../locales/en/glossary.json';
import type options from '../../locales/en/options.json';
import type outcomes from '../../locales/en/outcomes.json';
import type questions from '../../locales/en/questions.json';
import type sources from '../../locales/en/sources.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      questions: typeof questions;
      outcomes: typeof outcomes;
      options: typeof options;
      glossary: typeof glossary;
      sources: typeof sources;
      calculator: typeof calculator;
    };
    returnNull: false;
  }
}
