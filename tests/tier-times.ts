// A Vitest reporter that prints, after the run, how long each tier took (its files' time summed)
// and the wall time: npm test must stay within 60 s on 2 cores.
import type { Reporter, TestModule } from 'vitest/node';

export default class TierTimes implements Reporter {
  private started = performance.now();

  onTestRunEnd(testModules: readonly TestModule[]) {
    const tiers = new Map<string, { files: number; tests: number; ms: number }>();
    for (const module of testModules) {
      const tier = tiers.get(module.project.name) ?? { files: 0, tests: 0, ms: 0 };
      tier.files += 1;
      tier.tests += [...module.children.allTests()].length;
      tier.ms += module.diagnostic().duration;
      tiers.set(module.project.name, tier);
    }
    for (const [name, tier] of tiers) {
      console.log(`tier ${name}: ${tier.tests} tests in ${tier.files} files, ${(tier.ms / 1000).toFixed(1)} s of test time`);
    }
    console.log(`tiers: ${((performance.now() - this.started) / 1000).toFixed(1)} s wall time`);
  }
}
