// npm run mutate: deliberate single-point bugs (mutants) in the routing, the clinical content
// and the Child-Pugh calculator, each run against the pure tests; prints the mutation score and
// every mutant that survived. Slow, so not part of CI: run it before resolving a change there.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/flow/**/*.ts', 'src/content/**/*.ts', 'src/calculator/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
