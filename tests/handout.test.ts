// The handout's content (src/content/handout.ts), derived from the outcome page: the options in
// brief, each kind of treatment once, and one question for every "I'm not sure" answer.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../src/flow/answers';
import { handoutView, notSureAnswers, notSureAsk } from '../src/content/handout';
import { treatmentOptions } from '../src/content/options';
import { mainOptions, outcomeView } from '../src/content/outcomes';
import { outcomeFor } from '../src/flow/rules';
import { questionIds } from '../src/flow/answers';

const advanced: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
const unsure: Answers = { origin: 'notSure', history: 'notSure', stage: 'notSure', spread: 'notSure' };

describe('the handout', () => {
  it('lists one group\'s options as the page does, and each kind of treatment among them once', () => {
    const view = handoutView('advanced', advanced);
    expect(view.blocks).toEqual([{ options: outcomeView('advanced', advanced).sections.flatMap((s) => s.options) }]);
    expect(view.kinds).toEqual(['radiation', 'targeted', 'immunotherapy', 'clinicalTrial', 'palliative']);
    for (const option of view.blocks[0]!.options) {
      for (const kind of treatmentOptions[option].kinds) expect(view.kinds).toContain(kind);
    }
    expect(view.group).toBe('advanced');
    expect(view.sources).toEqual(outcomeView('advanced', advanced).sources);
    expect(view.sinceSource).toBe(true);
    expect(view.ask).toEqual(outcomeView('advanced', advanced).ask);
  });

  it('lists each possible group\'s options on a "not sure" result, with the deciding question', () => {
    const outcome = outcomeFor(unsure)!;
    const view = handoutView(outcome, unsure);
    const page = outcomeView(outcome, unsure);
    expect(view.blocks).toEqual(page.possible!.map((possible) => ({ outcome: possible, options: mainOptions[possible] })));
    expect(view.deciding).toBe(page.deciding);
    expect(view.group).toBeUndefined();
  });

  it('adds one question for every "I\'m not sure" answer, after the page\'s own, each once', () => {
    const view = handoutView(outcomeFor(unsure)!, unsure);
    expect(view.ask).toEqual(expect.arrayContaining(['decideOrigin', 'decideHistory', 'decideStage', 'decideSpread']));
    expect(new Set(view.ask).size).toBe(view.ask.length);
    expect(view.ask.slice(0, outcomeView(outcomeFor(unsure)!, unsure).ask.length)).toEqual(outcomeView(outcomeFor(unsure)!, unsure).ask);
    expect(handoutView('advanced', advanced).ask).not.toContain('decideStage');
  });

  it.each<[string, Answers, string[]]>([
    ['nothing unsure', advanced, []],
    ['the origin', { ...advanced, origin: 'notSure' }, ['origin']],
    ['a barrier', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['notSure'] }, ['barriers']],
    ['the first treatment', { origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'otherOrNotSure', liverFunction: 'notSure' }, ['firstTreatment', 'liverFunction']],
    ['an answer off the route', { ...advanced, spread: 'notSure' } as Answers, []],
  ])('finds the "I\'m not sure" answers: %s', (_name, answers, expected) => {
    expect(notSureAnswers(answers)).toEqual(expected);
  });

  it('has a question to ask for every question (docs/clinical-map.md, Take it with you)', () => {
    expect(Object.keys(notSureAsk).sort()).toEqual([...questionIds].sort());
    expect(notSureAsk).toEqual({
      origin: 'decideOrigin',
      history: 'decideHistory',
      stage: 'decideStage',
      spread: 'decideSpread',
      liverHealth: 'decideLiverHealth',
      barriers: 'decideBarriers',
      liverFunction: 'advancedChildPugh',
      drugLine: 'advancedWhichDrugs',
      recurrenceSite: 'decideRecurrenceSite',
      firstTreatment: 'decideFirstTreatment',
    });
  });
});
