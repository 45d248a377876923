// The routing table of the clinical map, one row per rule, including every "not sure".
import { describe, expect, it } from 'vitest';
import { answerChoices, questionIds, type Answers, type Barrier } from '../src/flow/answers';
import {
  canVisit,
  effectiveSpread,
  firstOpenStep,
  localOutcome,
  nextStep,
  outcomeFor,
  previousStep,
  pruneAnswers,
  routeOf,
  stepAfterAnswer,
  withAnswer,
} from '../src/flow/rules';

describe('every question offers "not sure"', () => {
  it.each(questionIds)('%s has a not-sure answer', (question) => {
    const choices: readonly string[] = answerChoices[question];
    expect(choices.some((c) => c === 'notSure' || c === 'otherOrNotSure')).toBe(true);
  });
});

describe('clinical-map: Routing, the next question', () => {
  it.each<[string, Answers, Parameters<typeof nextStep>[1], string | undefined]>([
    ['first treatment goes on to the stage', { history: 'first' }, 'history', 'stage'],
    ['came back goes to where it came back', { history: 'recurrent' }, 'history', 'recurrenceSite'],
    ['not sure continues as a first treatment', { history: 'notSure' }, 'history', 'stage'],
    ['stage I-II answers "not spread" and asks about the liver', { history: 'first', stage: 'early' }, 'stage', 'liverHealth'],
    ['stage III answers "not spread" and asks about the liver', { history: 'first', stage: 'three' }, 'stage', 'liverHealth'],
    ['stage IV answers "spread" and asks how the liver works', { history: 'first', stage: 'four' }, 'stage', 'liverFunction'],
    ['stage not known asks about spread', { history: 'first', stage: 'notSure' }, 'stage', 'spread'],
    ['not spread asks about the liver', { history: 'first', stage: 'notSure', spread: 'no' }, 'spread', 'liverHealth'],
    ['spread asks how the liver works', { history: 'first', stage: 'notSure', spread: 'yes' }, 'spread', 'liverFunction'],
    ['spread not sure goes to the summary', { history: 'first', stage: 'notSure', spread: 'notSure' }, 'spread', 'checkAnswers'],
    ['liver health leads to the barriers', { history: 'first', stage: 'early', liverHealth: 'healthy' }, 'liverHealth', 'barriers'],
    ['barriers lead to the summary', { history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }, 'barriers', 'checkAnswers'],
    ['liver function on the advanced route asks about drugs', { history: 'first', stage: 'four', liverFunction: 'a' }, 'liverFunction', 'drugLine'],
    ['drug line leads to the summary', { history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }, 'drugLine', 'checkAnswers'],
    ['came back in the liver asks the first treatment', { history: 'recurrent', recurrenceSite: 'local' }, 'recurrenceSite', 'firstTreatment'],
    ['came back elsewhere asks how the liver works', { history: 'recurrent', recurrenceSite: 'distant' }, 'recurrenceSite', 'liverFunction'],
    ['where it came back not sure goes to the summary', { history: 'recurrent', recurrenceSite: 'notSure' }, 'recurrenceSite', 'checkAnswers'],
    ['first treatment asks how the liver works', { history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery' }, 'firstTreatment', 'liverFunction'],
    ['liver function on a recurrent route goes to the summary', { history: 'recurrent', recurrenceSite: 'distant', liverFunction: 'b' }, 'liverFunction', 'checkAnswers'],
    ['an unanswered question has no next step', { history: 'first' }, 'stage', undefined],
  ])('%s', (_name, answers, step, expected) => {
    expect(nextStep(answers, step)).toBe(expected);
  });
});

describe('clinical-map: Q-barriers with Q-liver', () => {
  it.each<[Answers['liverHealth'], Barrier[], string]>([
    ['healthy', ['several'], 'unresectable'],
    ['healthy', ['tooLarge'], 'unresectable'],
    ['healthy', ['unfit'], 'unresectable'],
    ['notHealthy', ['several', 'hardToReach'], 'unresectable'],
    ['notSure', ['tooLarge', 'hardToReach'], 'unresectable'],
    ['healthy', ['hardToReach'], 'transplantable'],
    ['notHealthy', ['hardToReach'], 'transplantable'],
    ['notSure', ['hardToReach'], 'transplantable'],
    ['notHealthy', ['none'], 'transplantable'],
    ['healthy', ['none'], 'resectable'],
    ['notSure', ['none'], 'localUnknown'],
    ['healthy', ['notSure'], 'localUnknown'],
    ['notHealthy', ['notSure'], 'localUnknown'],
    ['notSure', ['notSure'], 'localUnknown'],
  ])('liver %s with %j leads to %s', (liver, barriers, expected) => {
    expect(localOutcome(liver, barriers)).toBe(expected);
  });
});

describe('clinical-map: Outcomes, from complete answers', () => {
  it.each<[string, Answers, string | undefined]>([
    ['resectable', { history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }, 'resectable'],
    ['transplantable', { history: 'notSure', stage: 'three', liverHealth: 'notHealthy', barriers: ['none'] }, 'transplantable'],
    ['unresectable', { history: 'first', stage: 'notSure', spread: 'no', liverHealth: 'healthy', barriers: ['several'] }, 'unresectable'],
    ['local unknown', { history: 'first', stage: 'early', liverHealth: 'notSure', barriers: ['none'] }, 'localUnknown'],
    ['advanced from stage IV', { history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }, 'advanced'],
    ['advanced from spread', { history: 'first', stage: 'notSure', spread: 'yes', liverFunction: 'c', drugLine: 'notSure' }, 'advanced'],
    ['spread unknown', { history: 'first', stage: 'notSure', spread: 'notSure' }, 'spreadUnknown'],
    ['recurrent local', { history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery', liverFunction: 'a' }, 'recurrentLocal'],
    ['recurrent distant', { history: 'recurrent', recurrenceSite: 'distant', liverFunction: 'notSure' }, 'recurrentDistant'],
    ['recurrent unknown', { history: 'recurrent', recurrenceSite: 'notSure' }, 'recurrentUnknown'],
    ['no outcome while a question is open', { history: 'first', stage: 'four', liverFunction: 'a' }, undefined],
  ])('%s', (_name, answers, expected) => {
    expect(outcomeFor(answers)).toBe(expected);
  });
});

describe('clinical-map: Q-stage is a shortcut for Q-spread', () => {
  it.each<[Answers, string | undefined]>([
    [{ stage: 'four', spread: 'no' }, 'yes'],
    [{ stage: 'early' }, 'no'],
    [{ stage: 'three' }, 'no'],
    [{ stage: 'notSure', spread: 'notSure' }, 'notSure'],
    [{ stage: 'notSure' }, undefined],
  ])('%j means spread %s', (answers, expected) => {
    expect(effectiveSpread(answers)).toBe(expected);
  });
});

describe('answers that no longer apply are dropped', () => {
  it('changing to "came back" drops the first-treatment answers', () => {
    const before: Answers = { history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] };
    expect(withAnswer(before, 'history', 'recurrent')).toEqual({ history: 'recurrent' });
  });

  it('a known stage drops an earlier answer about spread', () => {
    const before: Answers = { history: 'first', stage: 'notSure', spread: 'yes', liverFunction: 'a', drugLine: 'no' };
    expect(withAnswer(before, 'stage', 'early')).toEqual({ history: 'first', stage: 'early' });
  });

  it('keeps the answers still on the route', () => {
    const before: Answers = { history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] };
    expect(withAnswer(before, 'stage', 'three')).toEqual({ ...before, stage: 'three' });
  });

  it('drops invalid values and answers off the route', () => {
    const messy = { history: 'first', stage: 'six', recurrenceSite: 'local' } as unknown as Answers;
    expect(pruneAnswers(messy)).toEqual({ history: 'first' });
  });

  it('rejects "none" together with a barrier', () => {
    expect(pruneAnswers({ history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none', 'tooLarge'] })).toEqual({
      history: 'first',
      stage: 'early',
      liverHealth: 'healthy',
    });
  });
});

describe('which steps may be shown', () => {
  const advanced: Answers = { history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
  it.each<[string, Answers, Parameters<typeof canVisit>[1], boolean]>([
    ['the first question, always', {}, 'history', true],
    ['a question whose earlier answers are missing', {}, 'liverHealth', false],
    ['a question off the route', advanced, 'liverHealth', false],
    ['the summary of a complete route', advanced, 'checkAnswers', true],
    ['the summary of an open route', { history: 'first' }, 'checkAnswers', false],
    ['the outcome the answers lead to', advanced, 'advanced', true],
    ['another outcome', advanced, 'resectable', false],
    ['the calculator when liver function is asked', advanced, 'childPughCalculator', true],
    ['the calculator before it is asked', { history: 'first' }, 'childPughCalculator', false],
    ['downstaging from an unresectable result', { history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['several'] }, 'downstaging', true],
    ['downstaging from another result', advanced, 'downstaging', false],
    ['recurrent options when history is not sure', { ...advanced, history: 'notSure' }, 'ifRecurrent', true],
    ['recurrent options when history is known', advanced, 'ifRecurrent', false],
  ])('%s', (_name, answers, step, expected) => {
    expect(canVisit(answers, step)).toBe(expected);
  });
});

describe('Back and Continue', () => {
  const answers: Answers = { history: 'first', stage: 'notSure', spread: 'yes', liverFunction: 'b', drugLine: 'yes' };
  it.each<[Parameters<typeof previousStep>[1], string | undefined]>([
    ['history', undefined],
    ['stage', 'history'],
    ['spread', 'stage'],
    ['liverFunction', 'spread'],
    ['drugLine', 'liverFunction'],
    ['checkAnswers', 'drugLine'],
    ['advanced', 'checkAnswers'],
    ['childPughCalculator', 'liverFunction'],
  ])('Back from %s goes to %s', (step, expected) => {
    expect(previousStep(answers, step)).toBe(expected);
  });

  it('while changing, Continue returns to the summary once nothing is missing', () => {
    expect(stepAfterAnswer(answers, 'spread', true)).toBe('checkAnswers');
    expect(stepAfterAnswer(answers, 'spread', false)).toBe('liverFunction');
  });

  it('while changing, Continue goes on to a question the new answer needs', () => {
    const changed = withAnswer(answers, 'spread', 'no');
    expect(stepAfterAnswer(changed, 'spread', true)).toBe('liverHealth');
  });

  it('the first open step is the first unanswered question, or the summary', () => {
    expect(firstOpenStep({})).toBe('history');
    expect(firstOpenStep({ history: 'recurrent' })).toBe('recurrenceSite');
    expect(firstOpenStep(answers)).toBe('checkAnswers');
    expect(routeOf(answers).questions).toEqual(['history', 'stage', 'spread', 'liverFunction', 'drugLine']);
  });
});
