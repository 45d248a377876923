// Model-based tests: paths found in the statechart (tests/model.ts) that together take every
// transition, each driven through the real UI by role and label, checking the screen of every state.
// Routing is the same in every language, so the paths are walked in English; every screen they
// reach is checked in every language by tests/screens.test.tsx. The paths are walked in two halves
// (tests/wizard.model.test.tsx and tests/wizard.model-2.test.tsx), one per core.
import { configure, getConfig, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChoices, type QuestionId } from '../src/flow/answers';
import type { WizardEvent } from '../src/flow/machine';
import { outcomeIds, stepIds, type StepId } from '../src/flow/steps';
import { coveringPaths, type WizardSnapshot } from './model';
import { i18next } from '../src/i18n/i18n';
import { renderApp, wordsIn } from './render';

type User = ReturnType<typeof userEvent.setup>;

const paths = coveringPaths();

const en = wordsIn('en');

/** The h1 each step must show. */
function expectedHeading(step: StepId): string {
  if ((answerChoices as Record<string, unknown>)[step]) return en(`questions:${step}.title`);
  if ((outcomeIds as readonly string[]).includes(step)) return en(`outcomes:titles.${step}`);
  if (step === 'childPughCalculator') return en('calculator:title');
  if (step === 'checkAnswers') return en('checkAnswers.title');
  if (step === 'start') return en('start.title');
  return en(`outcomes:${step}.title`);
}

async function checkScreen(snapshot: WizardSnapshot) {
  const step = snapshot.value;
  // Cheap queries on purpose (this runs on every one of some 320 steps): the h1 and the labels of the
  // chosen answers; tests/screens.test.tsx checks every screen's roles and names with axe.
  await waitFor(() => expect(document.querySelector('h1')).toHaveTextContent(expectedHeading(step)));
  expect(window.location.hash).toBe(`#/${step}`);
  expect(document.title).toContain(expectedHeading(step));
  if (snapshot.hasTag('question')) {
    const question = step as QuestionId;
    const answer = snapshot.context.answers[question];
    const chosen: readonly string[] = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer as string];
    for (const choice of chosen) {
      expect(screen.getByLabelText(en(`questions:${question}.choices.${choice}`)), `${question}: ${choice}`).toBeChecked();
    }
    expect(document.querySelectorAll(`input[name="${question}"]:checked`), `${question}: only ${chosen.join(', ')}`).toHaveLength(
      chosen.length,
    );
  }
  if (snapshot.hasTag('outcome')) {
    expect(screen.getByText(en('actions.print'), { selector: 'button' })).toBeInTheDocument();
    expect(screen.getByText(en('sources:heading'), { selector: 'h2' })).toBeInTheDocument();
  }
  if (step === 'values') {
    for (const [id, level] of Object.entries(snapshot.context.values.ratings)) {
      const group = screen.getByRole('group', { name: en(`outcomes:values.statements.${id}`) });
      expect(within(group).getByLabelText(en(`outcomes:values.levels.${level}`))).toBeChecked();
    }
  }
  expect(document.documentElement.lang).toBe('en');
  expect(document.documentElement.dir).toBe('ltr');
}

const calculatorInputs = {
  a: { bilirubin: '1', albumin: '4', inr: '1', ascites: 'none', encephalopathy: 'none' },
  b: { bilirubin: '2.5', albumin: '3', inr: '2', ascites: 'none', encephalopathy: 'none' },
  c: { bilirubin: '4', albumin: '2', inr: '3', ascites: 'moderateToSevere', encephalopathy: 'none' },
} as const;

async function perform(user: User, event: WizardEvent, before: WizardSnapshot) {
  switch (event.type) {
    case 'ANSWER': {
      const question = before.value as QuestionId;
      const wanted: readonly string[] = Array.isArray(event.value) ? event.value : [event.value as string];
      const choices: readonly string[] = answerChoices[question];
      for (const choice of choices) {
        const input = screen.getByLabelText(en(`questions:${question}.choices.${choice}`));
        if ((input as HTMLInputElement).checked && !wanted.includes(choice) && question === 'barriers') await user.click(input);
      }
      for (const choice of wanted) {
        const input = screen.getByLabelText(en(`questions:${question}.choices.${choice}`));
        if (!(input as HTMLInputElement).checked) await user.click(input);
      }
      return user.click(screen.getByRole('button', { name: en('actions.continue') }));
    }
    case 'BACK':
      return user.click(
        before.hasTag('reference')
          ? screen.getByRole('link', { name: en('outcomes:downstaging.back') })
          : screen.getByRole('link', { name: en('actions.back') }),
      );
    case 'CONTINUE': {
      const names: Partial<Record<StepId, string>> = { start: en('actions.startNow'), checkAnswers: en('actions.confirm') };
      return user.click(screen.getByRole('button', { name: names[before.value] ?? en('actions.continue') }));
    }
    case 'CHANGE':
      if (before.value === 'stageCheck') {
        const link = event.question === 'stage' ? 'outcomes:stageCheck.changeStage' : 'outcomes:stageCheck.changeBarriers';
        return user.click(screen.getByRole('link', { name: en(link) }));
      }
      return user.click(
        screen.getByRole('link', { name: `${en('actions.change')} ${en(`questions:${event.question}.summaryLabel`)}` }),
      );
    case 'START_AGAIN':
      await user.click(screen.getByRole('button', { name: en('actions.startAgain') }));
      return user.click(screen.getByRole('button', { name: en('startAgainConfirm.yes') }));
    case 'USE_CALCULATED': {
      const values = calculatorInputs[event.value];
      await user.type(screen.getByLabelText(en('calculator:fields.bilirubin.label')), values.bilirubin);
      await user.type(screen.getByLabelText(en('calculator:fields.albumin.label')), values.albumin);
      await user.type(screen.getByLabelText(en('calculator:fields.inr.label')), values.inr);
      const ascites = screen.getByRole('group', { name: en('calculator:fields.ascites.label') });
      await user.click(within(ascites).getByLabelText(en(`calculator:ascites.${values.ascites}`)));
      const encephalopathy = screen.getByRole('group', { name: en('calculator:fields.encephalopathy.label') });
      await user.click(within(encephalopathy).getByLabelText(en(`calculator:encephalopathy.${values.encephalopathy}`)));
      await user.click(screen.getByRole('button', { name: en('calculator:calculate') }));
      return user.click(
        await screen.findByRole('button', { name: en('calculator:result.use', { childPughClass: event.value.toUpperCase() }) }),
      );
    }
    case 'SET_VALUES': {
      for (const [id, level] of Object.entries(event.values.ratings)) {
        const group = screen.getByRole('group', { name: en(`outcomes:values.statements.${id}`) });
        await user.click(within(group).getByLabelText(en(`outcomes:values.levels.${level}`)));
      }
      return;
    }
    case 'GO_TO': {
      const link = linkTo(event.step);
      if (link) return user.click(link);
      // The address bar, or the browser's Back and Forward.
      window.location.hash = `#/${event.step}`;
      return;
    }
  }
}

/** Steps with a link of their own on the screen that leads there. */
function linkTo(step: StepId): HTMLElement | undefined {
  const names: Partial<Record<StepId, string>> = {
    childPughCalculator: en('questions:liverFunction.calculatorLink'),
    downstaging: en('outcomes:downstagingLink'),
    ifRecurrent: en('outcomes:ifRecurrent.link'),
    values: en('outcomes:values.offer'),
  };
  const name = names[step];
  return (name && screen.queryByRole('link', { name })) || undefined;
}

// Queries here skip the visibility walk (every ancestor's computed style, on every query of every
// step of every path): jsdom applies none of the app's CSS, so it could only find what the hidden
// attribute hides, and the browser suite walks the routes with the real CSS.
export function walkPaths(half: 0 | 1) {
  const { defaultHidden } = getConfig();
  afterAll(() => configure({ defaultHidden }));
  const mine = paths.filter((_path, index) => index % 2 === half);

  describe(`model-based paths through the wizard, half ${half + 1} of 2`, () => {
    beforeAll(async () => {
      configure({ defaultHidden: true });
      await i18next.changeLanguage('en');
    });

    if (half === 0) {
      it('cover every state', () => {
        const reached = new Set(paths.flatMap((path) => path.steps.map((step) => step.state.value)));
        expect([...stepIds].filter((step) => !reached.has(step))).toEqual([]);
      });
    }

    it.each(mine.map((path) => [path.description, path] as const))('%s', async (_description, path) => {
      const { user } = await renderApp();
      // The snapshot whose screen is showing: each event is performed on that screen.
      let showing = path.steps[0]!.state;
      const act = ({ event }: { event: { type: string } }) => perform(user, event as WizardEvent, showing);
      await path.test({
        states: Object.fromEntries(
          stepIds.map((step) => [
            step,
            async (snapshot: WizardSnapshot) => {
              await checkScreen(snapshot);
              showing = snapshot;
            },
          ]),
        ),
        events: {
          ANSWER: act,
          BACK: act,
          CONTINUE: act,
          CHANGE: act,
          GO_TO: act,
          USE_CALCULATED: act,
          START_AGAIN: act,
          SET_VALUES: act,
        },
      });
    });
  });
}
