export declare const storage: {
  readonly answersKey: string;
  readonly schemaVersion: 3;
  readonly rememberKey: string;
  readonly languageKey: string;
};
export declare const byLanguageOrder: (a: string, b: string) => number;
export declare const namespaces: readonly ['common', 'questions', 'outcomes', 'options', 'glossary', 'sources', 'calculator'];
export declare const firstScreenNamespaces: readonly ['common'];
