// Lays out the decision map at build time (the virtual:decision-map module of vite.config.ts), so
// the browser gets positions, never the layout library: @dagrejs/dagre, top to bottom. The graph
// comes from the chart (src/flow/map.ts); this only places its nodes and routes its edges.
import dagre from '@dagrejs/dagre';
import { decisionGraph, type DecisionGraph, type DecisionMap, type Point } from '../src/flow/map';

/** Room for each box and each edge's label, in the SVG's own units (the text wraps inside). */
export const box = { width: 156, height: 56 } as const;
export const labelBox = { width: 112, height: 44 } as const;

export function layOut(graph: DecisionGraph): DecisionMap {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 56, edgesep: 12, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { ...box });
  for (const edge of graph.edges) g.setEdge(edge.from, edge.to, { ...labelBox, labelpos: 'c' });
  dagre.layout(g);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width: Math.ceil(g.graph().width ?? 0),
    height: Math.ceil(g.graph().height ?? 0),
    nodes: graph.nodes.map((node) => {
      const placed = g.node(node.id);
      return { ...node, x: round(placed.x), y: round(placed.y), width: box.width, height: box.height };
    }),
    edges: graph.edges.map((edge) => {
      const placed = g.edge(edge.from, edge.to);
      return {
        ...edge,
        points: (placed.points ?? []).map((p: Point) => ({ x: round(p.x), y: round(p.y) })),
        label: { x: round(placed.x ?? 0), y: round(placed.y ?? 0) },
      };
    }),
  };
}

/** The app's own map: its chart's graph, laid out. */
export function decisionMap(): DecisionMap {
  return layOut(decisionGraph());
}
