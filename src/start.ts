import './styles/main.css';

// The app starts after the first paint, and in steps, each a task of its own, so that no one task
// holds the page for long: React DOM first (most of the first screen's code), then the app.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
async function go() {
  await import('./app/reactDom');
  await nextTask();
  await import('./main');
}
if (document.visibilityState === 'hidden') void go();
else requestAnimationFrame(() => setTimeout(() => void go()));
