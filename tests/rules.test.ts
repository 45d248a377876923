// The routing table of the clinical map, one row per rule, including every "not sure".
import { describe, expect, it } from 'vitest';
import { answerChoices, isValidAnswer, questionIds, type Answers, type Barrier, type QuestionId } from '../src/flow/answers';
import {
  answeredQuestions,
  canVisit,
  effectiveSpread,
  firstOpenStep,
  localOutcome,
  nextStep,
  outcomeFor,
  previousStep,
  pruneAnswers,
  routeOf,
  stageBeyondGroup,
  stepAfterAnswer,
  withAnswer,
} from '../src/flow/rules';

describe('an answer is valid only as its question allows (isValidAnswer)', () => {
  it.each<[string, QuestionId, unknown, boolean]>([
    ['a radio choice', 'origin', 'yes', true],
    ['an unknown radio choice', 'origin', 'maybe', false],
    ['a radio answer that is not text', 'stage', 4, false],
    ['a list for a radio question', 'origin', ['yes'], false],
    ['one barrier', 'barriers', ['tooLarge'], true],
    ['several barriers', 'barriers', ['tooLarge', 'several'], true],
    ['no barrier at all', 'barriers', [], false],
    ['a barrier that is not a choice', 'barriers', ['tooLarge', 'tooSmall'], false],
    ['only unknown barriers', 'barriers', ['tooSmall'], false],
    ['a barrier that is not text', 'barriers', [1], false],
    ['the same barrier twice', 'barriers', ['tooLarge', 'tooLarge'], false],
    ['"none" with a barrier', 'barriers', ['none', 'unfit'], false],
    ['"not sure" alone', 'barriers', ['notSure'], true],
    ['barriers given as text', 'barriers', 'none', false],
  ])('%s: %s', (_name, question, value, expected) => {
    expect(isValidAnswer(question, value)).toBe(expected);
  });
});

describe('every question offers "not sure"', () => {
  it.each(questionIds)('%s has a not-sure answer', (question) => {
    const choices: readonly string[] = answerChoices[question];
    expect(choices.some((c) => c === 'notSure' || c === 'otherOrNotSure')).toBe(true);
  });
});

describe('clinical-map: Routing, the next question', () => {
  it.each<[string, Answers, Parameters<typeof nextStep>[1], string | undefined]>([
    ['the start page leads to Q-origin', {}, 'start', 'origin'],
    ['Q-origin "yes" goes on to the history', { origin: 'yes' }, 'origin', 'history'],
    ['Q-origin "not sure" goes on to the history', { origin: 'notSure' }, 'origin', 'history'],
    ['Q-origin "no" leads to the exit page (O-not-covered)', { origin: 'no' }, 'origin', 'notCovered'],
    ['stage III with barriers "none" and a healthy liver stops at the stage III check', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['none'] }, 'barriers', 'stageCheck'],
    ['stage III with barriers "none" and a liver not healthy stops at the stage III check', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'notHealthy', barriers: ['none'] }, 'barriers', 'stageCheck'],
    ['stage III with a hard-to-reach tumor (transplantable) stops at the stage III check', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['hardToReach'] }, 'barriers', 'stageCheck'],
    ['stage III that is unresectable goes to the summary', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['tooLarge'] }, 'barriers', 'checkAnswers'],
    ['stage III with barriers not sure goes to the summary', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['notSure'] }, 'barriers', 'checkAnswers'],
    ['stage III with liver health not sure goes to the summary', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'notSure', barriers: ['none'] }, 'barriers', 'checkAnswers'],
    ['stage I-II with barriers "none" goes to the summary', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }, 'barriers', 'checkAnswers'],
    ['the stage III check goes on to the summary', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['none'] }, 'stageCheck', 'checkAnswers'],
    ['Child-Pugh C on the advanced route skips Q-line', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'c' }, 'liverFunction', 'checkAnswers'],
    ['Child-Pugh not sure on the advanced route asks Q-line', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'notSure' }, 'liverFunction', 'drugLine'],
    ['first treatment goes on to the stage', { origin: 'yes', history: 'first' }, 'history', 'stage'],
    ['came back goes to where it came back', { origin: 'yes', history: 'recurrent' }, 'history', 'recurrenceSite'],
    ['not sure continues as a first treatment', { origin: 'yes', history: 'notSure' }, 'history', 'stage'],
    ['stage I-II answers "not spread" and asks about the liver', { origin: 'yes', history: 'first', stage: 'early' }, 'stage', 'liverHealth'],
    ['stage III answers "not spread" and asks about the liver', { origin: 'yes', history: 'first', stage: 'three' }, 'stage', 'liverHealth'],
    ['stage IV answers "spread" and asks how the liver works', { origin: 'yes', history: 'first', stage: 'four' }, 'stage', 'liverFunction'],
    ['stage not known asks about spread', { origin: 'yes', history: 'first', stage: 'notSure' }, 'stage', 'spread'],
    ['not spread asks about the liver', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'no' }, 'spread', 'liverHealth'],
    ['spread asks how the liver works', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'yes' }, 'spread', 'liverFunction'],
    ['spread not sure goes to the summary', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' }, 'spread', 'checkAnswers'],
    ['liver health leads to the barriers', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy' }, 'liverHealth', 'barriers'],
    ['barriers lead to the summary', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }, 'barriers', 'checkAnswers'],
    ['liver function on the advanced route asks about drugs', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a' }, 'liverFunction', 'drugLine'],
    ['drug line leads to the summary', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }, 'drugLine', 'checkAnswers'],
    ['came back in the liver asks the first treatment', { origin: 'yes', history: 'recurrent', recurrenceSite: 'local' }, 'recurrenceSite', 'firstTreatment'],
    ['came back elsewhere asks how the liver works', { origin: 'yes', history: 'recurrent', recurrenceSite: 'distant' }, 'recurrenceSite', 'liverFunction'],
    ['where it came back not sure goes to the summary', { origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }, 'recurrenceSite', 'checkAnswers'],
    ['first treatment asks how the liver works', { origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery' }, 'firstTreatment', 'liverFunction'],
    ['liver function on a recurrent route goes to the summary', { origin: 'yes', history: 'recurrent', recurrenceSite: 'distant', liverFunction: 'b' }, 'liverFunction', 'checkAnswers'],
    ['an unanswered question has no next step', { origin: 'yes', history: 'first' }, 'stage', undefined],
    ['the summary leads to the outcome', { origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }, 'checkAnswers', 'recurrentUnknown'],
    ['an outcome leads nowhere further', { origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }, 'recurrentUnknown', undefined],
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
    ['resectable', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }, 'resectable'],
    ['transplantable', { origin: 'yes', history: 'notSure', stage: 'three', liverHealth: 'notHealthy', barriers: ['none'] }, 'transplantable'],
    ['unresectable', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'no', liverHealth: 'healthy', barriers: ['several'] }, 'unresectable'],
    ['local unknown', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'notSure', barriers: ['none'] }, 'localUnknown'],
    ['advanced from stage IV', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }, 'advanced'],
    ['advanced from spread', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'yes', liverFunction: 'c', drugLine: 'notSure' }, 'advanced'],
    ['spread unknown', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' }, 'spreadUnknown'],
    ['recurrent local', { origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery', liverFunction: 'a' }, 'recurrentLocal'],
    ['recurrent distant', { origin: 'yes', history: 'recurrent', recurrenceSite: 'distant', liverFunction: 'notSure' }, 'recurrentDistant'],
    ['recurrent unknown', { origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }, 'recurrentUnknown'],
    ['no outcome while a question is open', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a' }, undefined],
  ])('%s', (_name, answers, expected) => {
    expect(outcomeFor(answers)).toBe(expected);
  });
});

describe('clinical-map: the stage III check (stage III with answers that point to surgery or a transplant)', () => {
  const base: Answers = { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy' };
  it.each<[string, Answers, boolean]>([
    ['before the barriers are answered', base, false],
    ['with barriers "none"', { ...base, barriers: ['none'] }, true],
    ['with a tumor hard to reach', { ...base, barriers: ['hardToReach'] }, true],
    ['when unresectable', { ...base, barriers: ['tooLarge'] }, false],
    ['at stage I-II', { ...base, stage: 'early', barriers: ['none'] }, false],
  ])('%s: %s', (_name, answers, expected) => {
    expect(stageBeyondGroup(answers)).toBe(expected);
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
    const before: Answers = { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] };
    expect(withAnswer(before, 'history', 'recurrent')).toEqual({ origin: 'yes', history: 'recurrent' });
  });

  it('a known stage drops an earlier answer about spread', () => {
    const before: Answers = { origin: 'yes', history: 'first', stage: 'notSure', spread: 'yes', liverFunction: 'a', drugLine: 'no' };
    expect(withAnswer(before, 'stage', 'early')).toEqual({ origin: 'yes', history: 'first', stage: 'early' });
  });

  it('keeps the answers still on the route', () => {
    const before: Answers = { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] };
    expect(withAnswer(before, 'stage', 'three')).toEqual({ ...before, stage: 'three' });
  });

  it('drops invalid values and answers off the route, leaving no key for an open question', () => {
    const messy = { origin: 'yes', history: 'first', stage: 'six', recurrenceSite: 'local' } as unknown as Answers;
    expect(pruneAnswers(messy)).toStrictEqual({ origin: 'yes', history: 'first' });
    expect(Object.keys(pruneAnswers(messy))).toEqual(['origin', 'history']);
  });

  it('rejects "none" together with a barrier', () => {
    expect(pruneAnswers({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none', 'tooLarge'] })).toEqual({
      origin: 'yes',
      history: 'first',
      stage: 'early',
      liverHealth: 'healthy',
    });
  });
});

describe('which steps may be shown', () => {
  const advanced: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
  it.each<[string, Answers, Parameters<typeof canVisit>[1], boolean]>([
    ['the start page, always', {}, 'start', true],
    ['the first question, always', {}, 'origin', true],
    ['the second question before the first is answered', {}, 'history', false],
    ['the exit page when the cancer started elsewhere', { origin: 'no' }, 'notCovered', true],
    ['the exit page when it started in the liver', { origin: 'yes' }, 'notCovered', false],
    ['no summary after "started elsewhere"', { origin: 'no' }, 'checkAnswers', false],
    ['the stage III check on its route', { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['none'] }, 'stageCheck', true],
    ['no stage III check for stage I-II', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }, 'stageCheck', false],
    ['a question whose earlier answers are missing', {}, 'liverHealth', false],
    ['a question off the route', advanced, 'liverHealth', false],
    ['the summary of a complete route', advanced, 'checkAnswers', true],
    ['the summary of an open route', { origin: 'yes', history: 'first' }, 'checkAnswers', false],
    ['the outcome the answers lead to', advanced, 'advanced', true],
    ['another outcome', advanced, 'resectable', false],
    ['the calculator when liver function is asked', advanced, 'childPughCalculator', true],
    ['the calculator before it is asked', { origin: 'yes', history: 'first' }, 'childPughCalculator', false],
    ['downstaging from an unresectable result', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['several'] }, 'downstaging', true],
    ['downstaging from another result', advanced, 'downstaging', false],
    ['recurrent options when history is not sure', { ...advanced, history: 'notSure' }, 'ifRecurrent', true],
    ['recurrent options when history is known', advanced, 'ifRecurrent', false],
  ])('%s', (_name, answers, step, expected) => {
    expect(canVisit(answers, step)).toBe(expected);
  });
});

describe('Back and Continue', () => {
  const answers: Answers = { origin: 'yes', history: 'first', stage: 'notSure', spread: 'yes', liverFunction: 'b', drugLine: 'yes' };
  it.each<[Parameters<typeof previousStep>[1], string | undefined]>([
    ['start', undefined],
    ['origin', 'start'],
    ['history', 'origin'],
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

  const unresectable: Answers = { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['several'] };
  const stageThree: Answers = { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['none'] };
  it.each<[string, Answers, Parameters<typeof previousStep>[1], boolean, string | undefined]>([
    ['downstaging leads back to the unresectable result', unresectable, 'downstaging', false, 'unresectable'],
    ['"if it has come back" leads back to the result', { ...unresectable, history: 'notSure' }, 'ifRecurrent', false, 'unresectable'],
    ['the stage III check leads back to the barriers', stageThree, 'stageCheck', false, 'barriers'],
    ['the summary after the stage III check leads back to it', stageThree, 'checkAnswers', false, 'stageCheck'],
    ['the exit page leads back to Q-origin', { origin: 'no' }, 'notCovered', false, 'origin'],
    ['an outcome leads back to the summary, changing or not', unresectable, 'unresectable', true, 'checkAnswers'],
    ['the stage III check while changing leads back to the summary', stageThree, 'stageCheck', true, 'checkAnswers'],
    ['the calculator leads back to Q-function', answers, 'childPughCalculator', true, 'liverFunction'],
    ['an outcome of an open route has no Back', { origin: 'yes' }, 'advanced', false, undefined],
  ])('Back: %s', (_name, given, step, changing, expected) => {
    expect(previousStep(given, step, changing)).toBe(expected);
  });

  it('while changing from the summary, Back returns to the summary', () => {
    expect(previousStep(answers, 'liverFunction', true)).toBe('checkAnswers');
    expect(previousStep(answers, 'origin', true)).toBe('checkAnswers');
  });

  it('while changing, Back follows the route when an answer is still missing', () => {
    const open = withAnswer(answers, 'spread', 'no');
    expect(previousStep(open, 'liverHealth', true)).toBe('spread');
  });

  it('while changing, Continue returns to the summary once nothing is missing', () => {
    expect(stepAfterAnswer(answers, 'spread', true)).toBe('checkAnswers');
    expect(stepAfterAnswer(answers, 'spread', false)).toBe('liverFunction');
  });

  it('while changing, Continue goes on to a question the new answer needs', () => {
    const changed = withAnswer(answers, 'spread', 'no');
    expect(stepAfterAnswer(changed, 'spread', true)).toBe('liverHealth');
  });

  it('the summary lists the answered questions of the route only, in order', () => {
    expect(answeredQuestions({ origin: 'yes', history: 'first', recurrenceSite: 'local' })).toEqual(['origin', 'history']);
    expect(answeredQuestions(answers)).toEqual(['origin', 'history', 'stage', 'spread', 'liverFunction', 'drugLine']);
  });

  it('while changing, the stage III check comes before the summary', () => {
    const stageThree: Answers = { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['none'] };
    expect(stepAfterAnswer(stageThree, 'liverHealth', true)).toBe('stageCheck');
    expect(stepAfterAnswer({ origin: 'no' }, 'origin', true)).toBe('notCovered');
  });

  it('the first open step is the first unanswered question, or the summary', () => {
    expect(firstOpenStep({})).toBe('origin');
    expect(firstOpenStep({ origin: 'no' })).toBe('notCovered');
    expect(firstOpenStep({ origin: 'yes', history: 'recurrent' })).toBe('recurrenceSite');
    expect(firstOpenStep(answers)).toBe('checkAnswers');
    expect(routeOf(answers).questions).toEqual(['origin', 'history', 'stage', 'spread', 'liverFunction', 'drugLine']);
  });
});
