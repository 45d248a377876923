// The decision map is drawn from the chart (src/flow/map.ts): its edges are where the chart goes
// for each answer, so a transition removed from or added to a copy of the chart changes them.
// The expected edges are written from the clinical map's routing table, not from the code.
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { layOut } from '../scripts/decision-map';
import { decisionGraph, type DecisionGraph } from '../src/flow/map';
import { wizardMachine } from '../src/flow/machine';
import { outcomeIds, type StepId } from '../src/flow/steps';
import { questionIds } from '../src/flow/answers';

const edgesOf = (graph: DecisionGraph) => graph.edges.map((edge) => `${edge.from}>${edge.to}: ${[...edge.choices].sort().join(',')}`).sort();
const edge = (graph: DecisionGraph, from: StepId, to: StepId) => graph.edges.find((e) => e.from === from && e.to === to);

/** A copy of the chart with the ANSWER transitions of one state changed. */
function chartWith(state: string, change: (transitions: { target: string }[]) => unknown[]) {
  const config = wizardMachine.config as unknown as { states: Record<string, { on: Record<string, unknown> }> };
  const node = config.states[state]!;
  const states = { ...config.states, [state]: { ...node, on: { ...node.on, ANSWER: change(node.on.ANSWER as { target: string }[]) } } };
  return createMachine({ ...(wizardMachine.config as object), states } as never).provide(wizardMachine.implementations as never) as unknown as typeof wizardMachine;
}

describe('the decision map', () => {
  it('follows the routing of the clinical map (questions to questions, through the summary to each outcome)', () => {
    const graph = decisionGraph();
    expect(edge(graph, 'origin', 'notCovered')?.choices).toEqual(['no']);
    expect(edge(graph, 'origin', 'history')?.choices).toEqual(['yes', 'notSure']);
    expect(edge(graph, 'history', 'recurrenceSite')?.choices).toEqual(['recurrent']);
    expect(edge(graph, 'stage', 'liverFunction')?.choices).toEqual(['four']);
    expect(edge(graph, 'stage', 'spread')?.choices).toEqual(['notSure']);
    expect(edge(graph, 'spread', 'spreadUnknown')?.choices).toEqual(['notSure']);
    expect(edge(graph, 'liverFunction', 'advanced')?.choices).toEqual(['c']);
    expect(edge(graph, 'barriers', 'resectable')?.choices).toEqual(['none']);
    expect(edge(graph, 'recurrenceSite', 'recurrentUnknown')?.choices).toEqual(['notSure']);
    // Every outcome and the exit page are reached; the summary and the stage III check are passed through.
    const targets = new Set(graph.edges.map((e) => e.to));
    expect([...outcomeIds, 'notCovered' as const].filter((step) => !targets.has(step))).toEqual([]);
    expect(graph.nodes.map((node) => node.id)).not.toContain('checkAnswers');
    expect(graph.nodes.map((node) => node.id)).not.toContain('stageCheck');
  });

  it('has the start page, every question, every outcome and the exit page as nodes, each of its kind, and nothing passed through', () => {
    const graph = decisionGraph();
    const kinds = Object.fromEntries(graph.nodes.map((node) => [node.id, node.kind]));
    expect(kinds).toEqual({
      start: 'start',
      ...Object.fromEntries(questionIds.map((question) => [question, 'question'])),
      ...Object.fromEntries(outcomeIds.map((outcome) => [outcome, 'outcome'])),
      notCovered: 'exit',
    });
    expect(edge(graph, 'start', 'origin')?.choices).toEqual([]);
    for (const e of graph.edges) {
      expect(e.from === 'start' || e.choices.length > 0, `${e.from}>${e.to}`).toBe(true);
      expect(e.choices.every((choice) => typeof choice === 'string' && choice !== '')).toBe(true);
      expect(e.to).not.toBe(e.from);
    }
  });

  it('draws no edge to a result the summary no longer leads to', () => {
    const config = wizardMachine.config as unknown as { states: Record<string, { on: Record<string, unknown> }> };
    const summary = config.states.checkAnswers!;
    const states = { ...config.states, checkAnswers: { ...summary, on: { ...summary.on, CONTINUE: [] } } };
    const copy = createMachine({ ...(wizardMachine.config as object), states } as never).provide(wizardMachine.implementations as never) as unknown as typeof wizardMachine;
    const graph = decisionGraph(copy);
    expect(graph.edges.filter((e) => (outcomeIds as readonly string[]).includes(e.to))).toEqual([]);
    expect(edge(graph, 'origin', 'notCovered')).toBeDefined();
  });

  it('loses an edge when the chart loses the transition', () => {
    const before = decisionGraph();
    const copy = chartWith('origin', (transitions) => transitions.filter((t) => t.target !== 'notCovered'));
    const after = decisionGraph(copy);
    expect(edge(before, 'origin', 'notCovered')).toBeDefined();
    expect(edge(after, 'origin', 'notCovered')).toBeUndefined();
    expect(edgesOf(before).filter((e) => !edgesOf(after).includes(e))).toEqual(['origin>notCovered: no']);
  });

  it('gains an edge when the chart gains a transition', () => {
    const copy = chartWith('spread', (transitions) => [{ target: 'advanced', actions: transitions[0] && (transitions[0] as { actions?: unknown }).actions }]);
    const after = decisionGraph(copy);
    expect(edge(after, 'spread', 'advanced')?.choices).toEqual(['no', 'yes', 'notSure']);
    expect(edge(after, 'spread', 'spreadUnknown')).toBeUndefined();
  });

  it('is laid out with a place for every step and a route for every edge, inside its own size', () => {
    const graph = decisionGraph();
    const map = layOut(graph);
    expect(map.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(map.edges.map((e) => `${e.from}>${e.to}`)).toEqual(graph.edges.map((e) => `${e.from}>${e.to}`));
    for (const node of map.nodes) {
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + node.height / 2).toBeLessThanOrEqual(map.height);
    }
    for (const e of map.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
    console.log(`decision map: ${map.nodes.length} nodes, ${map.edges.length} edges, ${map.width} x ${map.height}`);
  });
});
