// The test model of the wizard, generated from the statechart with xstate/graph: which events a
// person can cause on each screen (concrete examples), how states are told apart, and which
// transition of the chart each step takes.
import { createTestModel, toDirectedGraph, type TestPath } from 'xstate/graph';
import { createActor, type SnapshotFrom } from 'xstate';
import { answerChoices, type Barrier, type QuestionId } from '../src/flow/answers';
import { wizardMachine, type WizardEvent } from '../src/flow/machine';
import type { Values } from '../src/flow/values';
import { answeredQuestions, canVisit } from '../src/flow/rules';
import { outcomeIds, referenceIds, type StepId } from '../src/flow/steps';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;
export type WizardPath = TestPath<WizardSnapshot, WizardEvent>;

/** Checkbox answers are sets: these examples reach every barrier rule of the map. */
export const barrierExamples: readonly (readonly Barrier[])[] = [
  ['none'],
  ['notSure'],
  ['tooLarge'],
  ['hardToReach'],
  ['several', 'unfit'],
];

const rootEvents = new Set(['GO_TO', 'CHANGE', 'START_AGAIN', 'SET_VALUES']);
/** Root events that change the context only: their transition has no target of its own. */
const targetless = new Set(['SET_VALUES']);

/** What a person can do on the screen of this snapshot, or with the address bar, as machine events. */
export function eventsFor(snapshot: WizardSnapshot): WizardEvent[] {
  return [...onScreen(snapshot), ...fromAddressBar(snapshot)];
}

function onScreen(snapshot: WizardSnapshot): WizardEvent[] {
  const step = snapshot.value;
  const { answers } = snapshot.context;
  const events: WizardEvent[] = step === 'start' ? [] : [{ type: 'BACK' }];
  if (step === 'start' || step === 'stageCheck') events.push({ type: 'CONTINUE' });
  if (step === 'stageCheck') {
    events.push({ type: 'CHANGE', question: 'stage' }, { type: 'CHANGE', question: 'barriers' });
  }
  if (snapshot.hasTag('question')) {
    const question = step as QuestionId;
    const values = question === 'barriers' ? barrierExamples : answerChoices[question];
    for (const value of values) events.push({ type: 'ANSWER', value } as WizardEvent);
    if (question === 'liverFunction') events.push({ type: 'GO_TO', step: 'childPughCalculator' });
  }
  if (step === 'childPughCalculator') {
    for (const value of ['a', 'b', 'c'] as const) events.push({ type: 'USE_CALCULATED', value });
  }
  if (step === 'checkAnswers' || snapshot.hasTag('outcome')) {
    // Change on the summary returns to it; Change on a result returns straight to the result.
    const toResult = snapshot.hasTag('outcome') ? { toResult: true } : {};
    for (const question of answeredQuestions(answers)) events.push({ type: 'CHANGE', question, ...toResult });
    for (const reference of [...referenceIds, 'values'] as const) {
      if (canVisit(answers, reference)) events.push({ type: 'GO_TO', step: reference });
    }
  }
  if (step === 'checkAnswers') events.push({ type: 'CONTINUE' });
  if (step === 'values') events.push({ type: 'SET_VALUES', values: valuesExample });
  if (snapshot.hasTag('outcome') || snapshot.hasTag('exit')) events.push({ type: 'START_AGAIN' });
  return events;
}

/** The address bar and the browser's Back and Forward can ask for any question answered, the summary or the outcome. */
function fromAddressBar(snapshot: WizardSnapshot): WizardEvent[] {
  const { answers } = snapshot.context;
  const steps: StepId[] = ['start', ...answeredQuestions(answers), 'stageCheck', 'checkAnswers', ...outcomeIds, 'notCovered'];
  return steps
    .filter((step) => step !== snapshot.value && canVisit(answers, step))
    .map((step) => ({ type: 'GO_TO', step }));
}

/** Tells states apart by what routing reads: the step, the answers, and whether an answer is being changed. */
/** What a person says matters to them, on the values page (it changes no route, so states do not count it). */
export const valuesExample = { ratings: { liveLonger: 'very' }, other: '' } as const satisfies Values;

export function serializeState(snapshot: WizardSnapshot): string {
  return JSON.stringify([snapshot.value, snapshot.context.changing, snapshot.context.toResult, snapshot.context.answers]);
}

// What the screen of a snapshot offers, worked out once per snapshot (filterEvents asks per event).
const offeredBy = new WeakMap<WizardSnapshot, Set<string>>();
function offered(snapshot: WizardSnapshot, event: WizardEvent): boolean {
  let events = offeredBy.get(snapshot);
  if (!events) {
    events = new Set(eventsFor(snapshot).map((e) => JSON.stringify(e)));
    offeredBy.set(snapshot, events);
  }
  return events.has(JSON.stringify(event));
}

export const testModel = createTestModel(wizardMachine, {
  events: eventsFor,
  // Only what the screen offers: not every event the chart would accept in that state.
  filterEvents: (snapshot, event) => offered(snapshot as WizardSnapshot, event as WizardEvent),
  serializeState: (snapshot) => serializeState(snapshot as WizardSnapshot),
  // A chart gone wrong (one that never stops adding answers) fails instead of hanging the run.
  limit: 500_000,
});

/** Every state a person can reach, with what they can do there; built once, on first use, inside a test. */
let adjacency: ReturnType<typeof testModel.getAdjacencyMap> | undefined;
export function adjacencyMap() {
  adjacency ??= testModel.getAdjacencyMap();
  return adjacency;
}

/** Every transition the chart defines, as "event source -> target" (the root's own are "wizard"; eventless ones "always"). */
export function definedTransitions(): Set<string> {
  const found = new Set<string>();
  const visit = (node: ReturnType<typeof toDirectedGraph>) => {
    for (const edge of node.edges) {
      found.add(transitionId(edge.label.text, edge.source.key, edge.target.key));
    }
    node.children.forEach(visit);
  };
  visit(toDirectedGraph(wizardMachine));
  for (const [key, node] of Object.entries(wizardMachine.root.states)) {
    for (const always of node.always ?? []) for (const target of always.target ?? []) found.add(transitionId('always', key, target.key));
  }
  return found;
}

/**
 * The transitions of the chart that took `before` to `after` by `event`: one, or two when the
 * summary was passed straight through to a result (after Change on a result).
 */
export function takenTransitions(before: WizardSnapshot, event: WizardEvent, after: WizardSnapshot): string[] {
  const source = rootEvents.has(event.type) ? 'wizard' : before.value;
  if (before.context.toResult && after.hasTag('outcome') && !rootEvents.has(event.type)) {
    return [transitionId(event.type, source, 'checkAnswers'), transitionId('always', 'checkAnswers', after.value)];
  }
  return [transitionId(event.type, source, targetless.has(event.type) ? 'wizard' : after.value)];
}

const transitionId = (event: string, source: string, target: string) => `${event} ${source} -> ${target}`;

/**
 * A small set of paths that, together, take every transition of the chart (and so reach every
 * state): for each transition, the shortest way to a state where it can be taken, then the event.
 */
export function coveringPaths(): WizardPath[] {
  const adjacency = adjacencyMap();
  const initial = serializeState(createActor(wizardMachine).getSnapshot());
  const routeTo = new Map<string, WizardEvent[]>([[initial, []]]);
  const queue = [initial];
  const covered = new Set<string>();
  const chosen: WizardEvent[][] = [];
  while (queue.length > 0) {
    const key = queue.shift()!;
    const { state, transitions } = adjacency[key as keyof typeof adjacency]!;
    for (const { event, state: next } of Object.values(transitions)) {
      const nextKey = serializeState(next);
      const events = [...routeTo.get(key)!, event];
      if (!routeTo.has(nextKey)) {
        routeTo.set(nextKey, events);
        queue.push(nextKey);
      }
      const transitions = takenTransitions(state, event, next).filter((transition) => !covered.has(transition));
      if (transitions.length > 0) {
        transitions.forEach((transition) => covered.add(transition));
        chosen.push(events);
      }
    }
  }
  // Drop a path that is the start of another chosen path: the longer one takes it too.
  const distinct = chosen.filter(
    (events, i) => !chosen.some((other, j) => j !== i && other.length > events.length && startsWith(other, events)),
  );
  return distinct.flatMap((events) => testModel.getPathsFromEvents(events));
}

function startsWith(events: WizardEvent[], prefix: WizardEvent[]): boolean {
  return prefix.every((event, i) => JSON.stringify(event) === JSON.stringify(events[i]));
}

/** The transitions a path takes, found by sending its events to the machine. */
export function transitionsOf(path: WizardPath): string[] {
  const actor = createActor(wizardMachine).start();
  const taken: string[] = [];
  for (const { event } of path.steps) {
    if ((event.type as string) === 'xstate.init') continue;
    const before = actor.getSnapshot();
    actor.send(event);
    taken.push(...takenTransitions(before, event, actor.getSnapshot()));
  }
  actor.stop();
  return taken;
}
