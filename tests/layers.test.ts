// The layer rule of eslint.config.js (docs/adr/004-layers.md), tried on imports written as if in
// real files: an upward import fails lint, an import of a layer below passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('imports flow one way', () => {
  it.each([
    ['src/flow/rules.ts', "import { screens } from '../screens/registry';\nexport const x = screens;\n"],
    ['src/flow/rules.ts', "import { outcomeView } from '../content/outcomes';\nexport const x = outcomeView;\n"],
    ['src/content/outcomes.ts', "import { useStep } from '../hooks/wizard';\nexport const x = useStep;\n"],
    ['src/i18n/i18n.ts', "import { stepIds } from '../flow/steps';\nexport const x = stepIds;\n"],
    ['src/calculator/childPugh.ts', "import { answerChoices } from '../flow/answers';\nexport const x = answerChoices;\n"],
    ['src/hooks/wizard.ts', "import { StepLink } from '../components/StepLink';\nexport const x = StepLink;\n"],
    ['src/components/BackLink.tsx', "import { screens } from '../screens/registry';\nexport const x = screens;\n"],
    ['src/screens/StartScreen.tsx', "import { App } from '../app/App';\nexport const x = App;\n"],
    ['tests/rules.test.ts', "import { t } from './e2e/lib.mjs';\nexport const x = t;\n"],
  ])('%s may not import this: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/content/outcomes.ts', "import { stepIds } from '../flow/steps';\nexport const x = stepIds;\n"],
    ['src/components/StepLink.tsx', "import { stepHref } from '../hooks/location';\nexport const x = stepHref;\n"],
    ['src/app/App.tsx', "import { screens } from '../screens/registry';\nexport const x = screens;\n"],
    ['tests/e2e/run.mjs', "import { t } from './lib.mjs';\nexport const x = t;\n"],
  ])('%s may import a layer below: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
