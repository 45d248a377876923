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
 * clinical-map: Routing, stage III with barriers "none". The answers point to a group the source
 * places at "stage I and some stage II": the person is asked before the outcome, and the outcome
 * names the stage given.
 */
export function stageBeyondGroup(a: Answers): boolean {
  if (a.stage !== 'three' || a.barriers === undefined) return false;
  const outcome = localOutcome(a.liverHealth, a.barriers);
  return outcome === 'resectable' || outcome === 'transplantable';
}

/** clinical-map: Q-function. The source lists no drugs for Child-Pugh C, so Q-line would change nothing. */
function asksDrugLine(a: Answers): boolean {
  return !isRecurrent(a) && a.liverFunction !== 'c';
}

/**
 * The step that follows `step` on the route the answers describe, or undefined when the
 * answer to `step` is still missing. Questions lead to questions, to the stage III check, to the
 * summary, or (for cancer that did not start in the liver) to the exit page; the summary leads
 * to the outcome.
 */
export function nextStep(a: Answers, step: StepId): StepId | undefined {
  if (isQuestion(step) && a[step] === undefined) return undefined;
  switch (step) {
    case 'start':
      return 'origin';
    case 'origin':
      return a.origin === 'no' ? 'notCovered' : 'history';
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
      return stageBeyondGroup(a) ? 'stageCheck' : 'checkAnswers';
    case 'stageCheck':
      return 'checkAnswers';
    case 'liverFunction':
      return asksDrugLine(a) ? 'drugLine' : 'checkAnswers';
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

export function isQuestion(step: StepId): step is QuestionId {
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
  /** Where the route leads once every question on it is answered: the summary or the exit page. */
  end: 'checkAnswers' | 'notCovered' | undefined;
  /** True when every question on the route is answered and it leads to the summary. */
  complete: boolean;
  /** True when the route passes the stage III check on its way to the summary. */
  stageCheck: boolean;
};

/** Walks the routing table from the first question. */
export function routeOf(a: Answers): Route {
  const questions: QuestionId[] = [];
  let stageCheck = false;
  let step: StepId | undefined = 'origin';
  while (step !== undefined && (isQuestion(step) || step === 'stageCheck')) {
    if (step === 'stageCheck') stageCheck = true;
    else questions.push(step);
    step = nextStep(a, step);
  }
  const end = step === 'checkAnswers' || step === 'notCovered' ? step : undefined;
  return { questions, end, complete: end === 'checkAnswers', stageCheck };
}

/** The first question still to answer, or where the route ends when every question is answered. */
export function firstOpenStep(a: Answers): StepId {
  const route = routeOf(a);
  return route.end ?? route.questions.at(-1) ?? 'origin';
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
  if (step === 'start') return true;
  if (isQuestion(step)) return route.questions.includes(step);
  if (step === 'childPughCalculator') return route.questions.includes('liverFunction');
  if (step === 'stageCheck') return route.complete && route.stageCheck;
  if (step === 'checkAnswers') return route.complete;
  if (step === 'notCovered') return route.end === 'notCovered';
  if (step === 'downstaging') return outcomeFor(a) === 'unresectable';
  if (step === 'ifRecurrent') return route.complete && a.history === 'notSure';
  if (step === 'values') return outcomeFor(a) !== undefined;
  return outcomeFor(a) === step;
}

/** The step the Back link leads to. While an answer is being changed from the summary, it leads back there. */
export function previousStep(a: Answers, step: StepId, changing = false): StepId | undefined {
  if (step === 'start') return undefined;
  if (step === 'childPughCalculator') return 'liverFunction';
  if (step === 'downstaging' || step === 'ifRecurrent' || step === 'values') return outcomeFor(a);
  const route = routeOf(a);
  if (changing && route.complete && (isQuestion(step) || step === 'stageCheck')) return 'checkAnswers';
  if (step === 'stageCheck') return 'barriers';
  if (step === 'checkAnswers') return route.stageCheck ? 'stageCheck' : route.questions.at(-1);
  if (step === 'notCovered') return 'origin';
  if (isQuestion(step)) {
    const index = route.questions.indexOf(step);
    return index > 0 ? route.questions[index - 1] : 'start';
  }
  return route.complete ? 'checkAnswers' : undefined;
}

/**
 * After answering while changing an answer from the summary: once nothing is missing, on to
 * where the route ends (the stage III check first, when it applies), instead of every question again.
 */
export function stepAfterAnswer(a: Answers, question: QuestionId, changing: boolean): StepId | undefined {
  const route = routeOf(a);
  if (changing && route.end !== undefined) return route.stageCheck ? 'stageCheck' : route.end;
  return nextStep(a, question);
}

/** The questions that lie on the route the answers describe (for the summary). */
export function answeredQuestions(a: Answers): QuestionId[] {
  return routeOf(a).questions.filter((q) => a[q] !== undefined);
}
