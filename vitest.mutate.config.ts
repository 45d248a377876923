// The tests Stryker runs against each mutant (npm run mutate): the pure tier only, without the
// checks of files and scripts, which no mutant of src/flow, src/content or the calculator reaches,
// and without the tests of the chart against the rules (tests/machine.test.ts, tests/chart.test.ts),
// which take seconds per mutant of the rules; the chart itself (src/flow/machine.ts) is left out
// of the mutants for that reason (stryker.config.mjs), and the rules are held by their tables.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/i18n-check.test.ts',
      'tests/lint-rule.test.ts',
      'tests/clinical-safety.test.ts',
      'tests/machine.test.ts',
      'tests/chart.test.ts',
    ],
    testTimeout: 120000,
  },
});
