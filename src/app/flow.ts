// The chart's chunk: XState, the decision path, and the app that walks it. It is not in the first
// screen: main.tsx imports it before the first render when the visit starts anywhere but a bare
// start page, and StartFirst once the person leaves the start page (fetched when idle before that).
export { App } from './App';
export { boot } from './boot';
export { prefetchScreens } from '../screens/registry';
