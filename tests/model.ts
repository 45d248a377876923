// The test model of the wizard, generated from the statechart with xstate/graph: which events a
// person can cause on each screen (concrete examples), how states are told apart, and which
// transition of the chart each step takes; the paths that cover it all.
import { createTestModel, toDirectedGraph, type TestPath } from 'xstate/graph';
import { createActor, createEmptyActor, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';
import { answerChoices, type Barrier, type QuestionId } from '../src/flow/answers';
import { wizardMachine, type WizardEvent } from '../src/flow/machine';
import type { Values } from '../src/flow/values';
import { answeredQuestions, canVisit } from '../src/flow/rules';
import { outcomeIds, referenceIds, type OutcomeId, type StepId } from '../src/flow/steps';
import { outcomeView } from '../src/content/outcomes';
import coveringEvents from './covering-paths.json';

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

const emptyActor = createEmptyActor();
/** What getNextSnapshot gives an actor it makes on every call; the chart's actions only assign, so none is run. */
const inertScope = {
  self: emptyActor,
  system: emptyActor.system,
  id: '',
  sessionId: 'tests',
  logger: () => {},
  defer: () => {},
  emit: () => {},
  stopChild: () => {},
  actionExecutor: () => {},
};

/**
 * The snapshot an event leads to, as getNextSnapshot gives it, but five times faster: getNextSnapshot
 * builds a new actor for every call (tests/machine.test.ts checks that both agree).
 */
export function nextSnapshot<T extends AnyStateMachine>(chart: T, snapshot: SnapshotFrom<T>, event: EventFromLogic<T>): SnapshotFrom<T> {
  return chart.transition(snapshot, event, inertScope as never) as SnapshotFrom<T>;
}

/** What a person says matters to them, on the values page (it changes no route, so states do not count it). */
export const valuesExample = { ratings: { liveLonger: 'very' }, other: '' } as const satisfies Values;

/** Tells states apart by what routing reads: the step, the answers, and whether an answer is being changed. */
export function serializeState(snapshot: WizardSnapshot): string {
  return JSON.stringify([snapshot.value, snapshot.context.changing, snapshot.context.toResult, snapshot.context.answers]);
}

/** Runs the paths through the UI: each step's state checked by the test's own `states` checks. */
const testModel = createTestModel(wizardMachine, { serializeState: (snapshot) => serializeState(snapshot as WizardSnapshot) });

/** Every state a person can reach from the start, with what they can do there (built on first use, inside a test). */
export function reachableStates(): { state: WizardSnapshot; moves: Move[] }[] {
  const initial = createActor(wizardMachine).getSnapshot();
  const found = new Map([[serializeState(initial), initial]]);
  for (const state of found.values()) {
    for (const { after } of movesFrom(state)) if (!found.has(serializeState(after))) found.set(serializeState(after), after);
  }
  return [...found.values()].map((state) => ({ state, moves: movesFrom(state) }));
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

/** How long a covering path may grow before a new one starts from the start page. */
const pathLength = 40;

/**
 * A few paths that, together, take every transition of the chart (and so reach every state) and
 * show every part of every outcome page. They are kept in tests/covering-paths.json, which
 * tests/machine.test.ts checks against `findCoveringPaths` (so the screen tests need not search the
 * chart again on each core); `npm test -- -u` writes it again after a change to the chart.
 */
export function coveringPaths(): WizardPath[] {
  return (coveringEvents as WizardEvent[][]).map(pathOf);
}

/** The covering paths' events, as tests/covering-paths.json keeps them: one path per line. */
export function coveringPathsFile(): string {
  return `[\n${findCoveringPaths().map((events) => `  ${JSON.stringify(events)}`).join(',\n')}\n]\n`;
}

/**
 * Finds covering paths: each goes from the start to the nearest transition not yet taken or part of
 * an outcome page not yet shown (each note, section, option, question to ask, possible group,
 * source…, as outcomeView gives them for some answers), then on from where it landed to the next
 * nearest, until it is `pathLength` long; then a new path starts.
 */
function findCoveringPaths(): WizardEvent[][] {
  const untaken = definedTransitions();
  const shown = new Set<string>();
  const isNew = (move: Move) => move.taken.some((t) => untaken.has(t)) || move.shows.some((part) => !shown.has(part));
  const initial = createActor(wizardMachine).getSnapshot();
  const chosen: WizardEvent[][] = [];
  for (;;) {
    const events: WizardEvent[] = [];
    let at = initial;
    while (events.length < pathLength) {
      const way = nearest(at, isNew);
      if (!way) break;
      for (const move of way) {
        move.taken.forEach((t) => untaken.delete(t));
        move.shows.forEach((part) => shown.add(part));
      }
      events.push(...way.map((move) => move.event));
      at = way.at(-1)!.after;
    }
    // Nothing new is left that can be reached (a transition never taken is named by tests/machine.test.ts).
    if (events.length === 0) return chosen;
    chosen.push(events);
  }
}

/** The parts of the outcome page a snapshot shows, as "key=value" (none on other steps). */
export function partsShown(snapshot: WizardSnapshot): string[] {
  if (!snapshot.hasTag('outcome')) return [];
  const step = snapshot.value as OutcomeId;
  const key = `${step} ${JSON.stringify(snapshot.context.answers)}`;
  const known = partsOfPage.get(key);
  if (known) return known;
  const parts: string[] = [];
  const collect = (key: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((item) => collect(key, item));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => collect(k, v));
    else parts.push(`${key}=${String(value)}`);
  };
  collect('outcome', step);
  collect('view', outcomeView(step, snapshot.context.answers));
  partsOfPage.set(key, parts);
  return parts;
}
const partsOfPage = new Map<string, string[]>();

/** One thing a person can do: the transitions it takes, and the parts of the outcome page it leads to. */
export type Move = { before: WizardSnapshot; event: WizardEvent; after: WizardSnapshot; taken: string[]; shows: string[] };

/** What can be done in each state explored so far, and where it leads (worked out once per state). */
const movesKnown = new Map<string, Move[]>();
function movesFrom(before: WizardSnapshot): Move[] {
  const key = serializeState(before);
  let moves = movesKnown.get(key);
  if (!moves) {
    // A chart gone wrong (one that never stops adding answers) fails instead of hanging the run.
    if (movesKnown.size > 100_000) throw new Error('More than 100,000 states: the chart does not stop');
    moves = eventsFor(before).map((event) => {
      const after = nextSnapshot(wizardMachine, before, event);
      return { before, event, after, taken: takenTransitions(before, event, after), shows: partsShown(after) };
    });
    movesKnown.set(key, moves);
  }
  return moves;
}

/** The shortest way from `from` whose last move is `wanted` (breadth first), or none. */
function nearest(from: WizardSnapshot, wanted: (move: Move) => boolean): Move[] | undefined {
  const cameBy = new Map<string, Move | undefined>([[serializeState(from), undefined]]);
  const wayTo = (move: Move): Move[] => {
    const way = [move];
    for (let last = cameBy.get(serializeState(move.before)); last; last = cameBy.get(serializeState(last.before))) way.unshift(last);
    return way;
  };
  let frontier = [from];
  while (frontier.length > 0) {
    const next: WizardSnapshot[] = [];
    for (const at of frontier) {
      for (const move of movesFrom(at)) {
        if (wanted(move)) return wayTo(move);
        const key = serializeState(move.after);
        if (cameBy.has(key)) continue;
        cameBy.set(key, move);
        next.push(move.after);
      }
    }
    frontier = next;
  }
  return undefined;
}

/**
 * The path these events take from the start, as xstate/graph gives it (each step: the event, then
 * the state it led to). Built by sending the events: testModel.getPathsFromEvents would first build
 * every state those events can reach.
 */
function pathOf(events: readonly WizardEvent[]): WizardPath {
  let state = createActor(wizardMachine).getSnapshot();
  const steps: WizardPath['steps'] = [{ state, event: { type: 'xstate.init' } as never }];
  for (const event of events) {
    state = nextSnapshot(wizardMachine, state, event);
    steps.push({ state, event });
  }
  const statePath = { state, steps, weight: steps.length };
  return {
    ...statePath,
    description: `${events.length} steps to ${state.value}: ${events.map((e) => Object.values(e).join(' ')).join(', ')}`,
    test: (params) => testModel.testPath(statePath, params),
  };
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
