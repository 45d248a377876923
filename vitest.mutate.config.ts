// The tests Stryker runs against each mutant (npm run mutate): the pure tier only, without the
// checks of files and scripts, which no mutant of src/flow, src/content or the calculator reaches,
// and without the whole-graph tests of tests/machine.test.ts, which take seconds per mutant; the
// chart is held to the rules by tests/chart.test.ts, which builds its own chart in each test.
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
