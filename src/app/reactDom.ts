// React DOM on its own: start.ts runs its code in a task of its own, before the app's.
export { createRoot, hydrateRoot } from 'react-dom/client';
