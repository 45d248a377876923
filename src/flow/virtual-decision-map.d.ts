declare module 'virtual:decision-map' {
  /** The decision map, drawn from the chart and laid out at build time (vite.config.ts): a DecisionMap of ./map. */
  const map: unknown;
  export default map;
}
