// The tests Stryker runs against each mutant (npm run mutate): the pure tier only, without the
// checks of files and scripts, which no mutant of src/flow, src/content or the calculator reaches,
// and without the whole-graph tests of the chart (tests/machine.test.ts), which take seconds per
// mutant; tests/chart.test.ts checks the chart's transitions against the rules instead.
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
    ],
    testTimeout: 120000,
  },
});
