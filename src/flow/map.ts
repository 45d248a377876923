// The decision map: the chart's routing drawn as a graph, from the chart itself. Each question
// answered with each choice, from every set of answers a person can reach going forward, is sent
// through the chart (getNextSnapshot); where the chart goes, through the summary, is an edge
// labelled with the choices that take it. So a transition removed from or added to the chart
// removes or adds its edge (tests/map.test.ts); no edge is written by hand.
import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { answerChoices } from './answers';
import { wizardMachine, type WizardEvent } from './machine';
import { isQuestion } from './rules';
import { isOutcome, type StepId } from './steps';

export type MapNodeKind = 'start' | 'question' | 'outcome' | 'exit';
export type MapNode = { id: StepId; kind: MapNodeKind };
export type MapEdge = { from: StepId; to: StepId; choices: readonly string[] };
export type DecisionGraph = { nodes: readonly MapNode[]; edges: readonly MapEdge[] };

/** The graph laid out (scripts/decision-map.ts, at build time): centres, edge routes, label places. */
export type Point = { x: number; y: number };
export type PlacedNode = MapNode & Point & { width: number; height: number };
export type PlacedEdge = MapEdge & { points: readonly Point[]; label: Point };
export type DecisionMap = { width: number; height: number; nodes: readonly PlacedNode[]; edges: readonly PlacedEdge[] };

type Chart = typeof wizardMachine;
type Snapshot = SnapshotFrom<Chart>;

/** Pages passed through on the way to an outcome: the edge goes on to where they lead. */
const passedThrough = new Set<string>(['stageCheck', 'checkAnswers']);

export function decisionGraph(chart: Chart = wizardMachine): DecisionGraph {
  const edges = new Map<string, { from: StepId; to: StepId; choices: Set<string> }>();
  const seen = new Set<string>();
  const start = getNextSnapshot(chart, createActor(chart).getSnapshot(), { type: 'CONTINUE' });
  const queue: Snapshot[] = [start];
  const nodes = new Set<StepId>(['start']);
  if (start.value !== 'start') addEdge('start', start.value, undefined);
  while (queue.length > 0) {
    const snapshot = queue.shift()!;
    const key = `${snapshot.value} ${JSON.stringify(snapshot.context.answers)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    nodes.add(snapshot.value);
    const question = snapshot.value;
    if (!isQuestion(question)) continue;
    const choices: readonly string[] = answerChoices[question];
    for (const choice of choices) {
      const value: unknown = question === 'barriers' ? [choice] : choice;
      let next: Snapshot = getNextSnapshot(chart, snapshot, { type: 'ANSWER', value } as WizardEvent);
      if (next.value === question) continue;
      for (let hops = 0; passedThrough.has(next.value) && hops < 3; hops++) {
        next = getNextSnapshot(chart, next, { type: 'CONTINUE' });
      }
      if (passedThrough.has(next.value)) continue;
      addEdge(question, next.value, choice);
      queue.push(next);
    }
  }
  return {
    nodes: [...nodes].map((id) => ({ id, kind: kindOf(id) })),
    edges: [...edges.values()].map(({ from, to, choices }) => ({ from, to, choices: [...choices] })),
  };

  function addEdge(from: StepId, to: StepId, choice: string | undefined) {
    const id = `${from}>${to}`;
    const edge = edges.get(id) ?? { from, to, choices: new Set<string>() };
    if (choice) edge.choices.add(choice);
    edges.set(id, edge);
  }
}

function kindOf(step: StepId): MapNodeKind {
  if (step === 'start') return 'start';
  if (step === 'notCovered') return 'exit';
  if (isOutcome(step)) return 'outcome';
  return 'question';
}
