import './styles/main.css';

// The app starts once the page has painted, so its files never compete with what the first paint
// needs, and in steps, each a task of its own, so that no one task holds the page for long:
// React DOM first (most of the first screen's code), then the app.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
async function go() {
  await import('./app/reactDom');
  await nextTask();
  await import('./main');
}

/** Runs `start` once the first contentful paint is reported (at once in a hidden tab, which paints nothing). */
function afterFirstPaint(start: () => void) {
  if (document.visibilityState === 'hidden') return start();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(start));
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Should the paint never be reported, the app starts all the same.
  setTimeout(once, 2000);
}

afterFirstPaint(() => void go());
