// The routing of the clinical map as pure functions of the answers.
// The machine's guards are one-line calls into these; tests/rules.test.ts has one row per row
// of the map's routing table.
import type { Answers, Barrier, QuestionId } from './answers';
import { isValidAnswer, questionIds } from './answers';
import type { OutcomeId, StepId } from './steps';

type Spread = 'no' | 'yes' | 'notSure';

/** clinical-map: Q-stage. Stage IV means spread (N1 or M1); stages I-III are N0 M0. */
export function effectiveSpread(a: Answers): Spread | undefined {
  if (a.stage === 'four') return 'yes';
  if (a.stage === 'early' || a.stage === 'three') return 'no';
  return a.spread;
}

/** clinical-map: Q-history. "not sure" continues as a first treatment. */
export function isRecurrent(a: Answers): boolean {
  return a.history === 'recurrent';
}

/** clinical-map: Routing, "Q-barriers with Q-liver". */
export function localOutcome(
  liverHealth: Answers['liverHealth'],
  barriers: readonly Barrier[],
): OutcomeId {
  if (barriers.includes('notSure')) return 'localUnknown';
  if (barriers.some((b) => b === 'several' || b === 'tooLarge' || b === 'unfit')) return 'unresectable';
  // The location that rules out a partial hepatectomy may still allow a transplant.
  if (barriers.includes('hardToReach')) return 'transplantable';
  if (liverHealth === 'notHealthy') return 'transplantable';
  if (liverHealth === 'healthy') return 'resectable';
  return 'localUnknown';
}

/**
 * The step that follows `step` on the route the answers describe, or undefined when the
 * answer to `step` is still missing. Questions lead to questions or to the summary;
 * the summary leads to the outcome.
 */
export function nextStep(a: Answers, step: StepId): StepId | undefined {
  if (step !== 'checkAnswers' && isQuestion(step) && a[step] === undefined) return undefined;
  switch (step) {
    case 'history':
      return isRecurrent(a) ? 'recurrenceSite' : 'stage';
    case 'stage':
      if (a.stage === 'notSure') return 'spread';
      return effectiveSpread(a) === 'yes' ? 'liverFunction' : 'liverHealth';
    case 'spread':
      if (a.spread === 'yes') return 'liverFunction';
      if (a.spread === 'no') return 'liverHealth';
      return 'checkAnswers';
    case 'liverHealth':
      return 'barriers';
    case 'barriers':
      return 'checkAnswers';
    case 'liverFunction':
      return isRecurrent(a) ? 'checkAnswers' : 'drugLine';
    case 'drugLine':
      return 'checkAnswers';
    case 'recurrenceSite':
      if (a.recurrenceSite === 'local') return 'firstTreatment';
      if (a.recurrenceSite === 'distant') return 'liverFunction';
      return 'checkAnswers';
    case 'firstTreatment':
      return 'liverFunction';
    case 'checkAnswers':
      return outcomeFor(a);
    default:
      return undefined;
  }
}

function isQuestion(step: StepId): step is QuestionId {
  return (questionIds as readonly string[]).includes(step);
}

/** clinical-map: Outcomes. The outcome the answers lead to, once every question on the route is answered. */
export function outcomeFor(a: Answers): OutcomeId | undefined {
  const route = routeOf(a);
  if (!route.complete) return undefined;
  if (isRecurrent(a)) {
    if (a.recurrenceSite === 'local') return 'recurrentLocal';
    if (a.recurrenceSite === 'distant') return 'recurrentDistant';
    return 'recurrentUnknown';
  }
  const spread = effectiveSpread(a);
  if (spread === 'yes') return 'advanced';
  if (spread === 'notSure') return 'spreadUnknown';
  return localOutcome(a.liverHealth, a.barriers ?? []);
}

export type Route = {
  /** The questions on the route, in order, up to and including the first unanswered one. */
  questions: QuestionId[];
  /** True when every question on the route is answered. */
  complete: boolean;
};

/** Walks the routing table from the first question. */
export function routeOf(a: Answers): Route {
  const questions: QuestionId[] = [];
  let step: StepId | undefined = 'history';
  while (step !== undefined && isQuestion(step)) {
    questions.push(step);
    step = nextStep(a, step);
  }
  return { questions, complete: step === 'checkAnswers' };
}

/** The first question still to answer, or the summary when the route is complete. */
export function firstOpenStep(a: Answers): StepId {
  const route = routeOf(a);
  return route.complete ? 'checkAnswers' : (route.questions.at(-1) ?? 'history');
}

/** Keeps only the valid answers that lie on the route: an answer the route no longer asks for is dropped. */
export function pruneAnswers(a: Answers): Answers {
  const valid: Answers = {};
  for (const [question, value] of Object.entries(a)) {
    if (isValidAnswer(question as QuestionId, value)) Object.assign(valid, { [question]: value });
  }
  const kept: Answers = {};
  for (const question of routeOf(valid).questions) {
    if (valid[question] !== undefined) Object.assign(kept, { [question]: valid[question] });
  }
  return kept;
}

/** Records one answer and drops the answers that no longer apply. */
export function withAnswer<Q extends QuestionId>(a: Answers, question: Q, value: Answers[Q]): Answers {
  return pruneAnswers({ ...a, [question]: value });
}

/** Whether a person may be shown `step` with these answers (a link or browser history may ask for any). */
export function canVisit(a: Answers, step: StepId): boolean {
  const route = routeOf(a);
  if (isQuestion(step)) return route.questions.includes(step);
  if (step === 'childPughCalculator') return route.questions.includes('liverFunction');
  if (step === 'checkAnswers') return route.complete;
  if (step === 'downstaging') return outcomeFor(a) === 'unresectable';
  if (step === 'ifRecurrent') return route.complete && a.history === 'notSure';
  return outcomeFor(a) === step;
}

/** The step the Back link leads to. */
export function previousStep(a: Answers, step: StepId): StepId | undefined {
  if (step === 'childPughCalculator') return 'liverFunction';
  if (step === 'downstaging' || step === 'ifRecurrent') return outcomeFor(a);
  const { questions, complete } = routeOf(a);
  if (step === 'checkAnswers') return questions.at(-1);
  if (isQuestion(step)) {
    const index = questions.indexOf(step);
    return index > 0 ? questions[index - 1] : undefined;
  }
  return complete ? 'checkAnswers' : undefined;
}

/** After answering while changing an answer from the summary: back to the summary once nothing is missing. */
export function stepAfterAnswer(a: Answers, question: QuestionId, changing: boolean): StepId | undefined {
  if (changing && routeOf(a).complete) return 'checkAnswers';
  return nextStep(a, question);
}

/** The questions that lie on the route the answers describe (for the summary). */
export function answeredQuestions(a: Answers): QuestionId[] {
  return routeOf(a).questions.filter((q) => a[q] !== undefined);
}
