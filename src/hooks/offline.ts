// Working offline after the first visit (docs/adr/006-first-screen-and-offline.md). The build
// writes a service worker (vite-plugin-pwa, Workbox: vite.config.ts) that keeps the app's files,
// and the words of each language once they have been downloaded. A new version waits until the
// person chooses to reload (UpdateNotice): code never changes under them in the middle of a route.
import { useSyncExternalStore } from 'react';
import { whenIdle } from './idle';

const workerUrl = './sw.js';

type TrustedTypes = { createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => { createScriptURL: (url: string) => string } };

let waiting: ServiceWorker | undefined;
let reloading = false;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  listeners.forEach((listener) => listener());
}

/**
 * Registers the service worker, in a production build, where the browser has them: once the page
 * has loaded and the browser is idle, so that its first visit's downloads never slow the first screen.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const later = () => void whenIdle(register, { timeout: 5000, fallback: 1000 });
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

function register() {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    // The first visit: the files it fetched before the worker took over are fetched again through it.
    else keepWhatWasDownloaded();
  });
  navigator.serviceWorker
    .register(trustedWorkerUrl() as string, { scope: './' })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
        });
      });
    })
    // No offline copy (storage refused, a private window…): the guide works online as before.
    .catch(() => undefined);
}

/**
 * The page asks for Trusted Types (its Content-Security-Policy), so the worker's address goes
 * through the one policy it allows, which accepts only that address.
 */
function trustedWorkerUrl(): unknown {
  const trustedTypes = (window as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!trustedTypes) return workerUrl;
  return trustedTypes
    .createPolicy('service-worker', {
      createScriptURL: (url) => {
        if (url !== workerUrl) throw new TypeError(`Not the service worker: ${url}`);
        return url;
      },
    })
    .createScriptURL(workerUrl);
}

function keepWhatWasDownloaded() {
  const words = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/assets\/locale-/.test(new URL(url).pathname));
  for (const url of new Set(words)) void fetch(url).catch(() => undefined);
}

/** Whether a new version is ready, waiting for the person to reload. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waiting !== undefined,
    () => false,
  );
}

/** Starts the new version: the page reloads once it has taken over (the answers are kept). */
export function reloadToUpdate(): void {
  reloading = true;
  if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
  else window.location.reload();
}
