/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { discoverLanguages, likelyScripts } from './scripts/languages.mjs';
import { contentSecurityPolicy, headersFile } from './scripts/headers.mjs';

// Nothing leaves the device: the built page may only load its own files (scripts/headers.mjs).
// Injected at build time only, so the dev server's hot reload keeps working.
function injectContentSecurityPolicy(): Plugin {
  return {
    name: 'inject-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
    // The headers a static host should send, for hosts that read _headers (docs/hosting.md).
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

const languagesSource = (languages: Record<string, unknown>) =>
  `export default ${JSON.stringify(languages)};\nexport const likelyScripts = ${JSON.stringify(likelyScripts(Object.keys(languages)))};`;

/** `virtual:languages`: the languages of locales/, found once by scripts/languages.mjs, and the scripts they are written in. */
function languagesModule(): Plugin {
  const id = 'virtual:languages';
  return {
    name: 'languages-from-the-folder',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}` ? languagesSource(discoverLanguages('locales')) : undefined,
  };
}

/**
 * `virtual:decision-map`: the decision map, drawn from the chart and laid out once, at build time.
 * The chart and the layout are loaded through Vite's own module runner, so this config imports
 * none of the app's modules itself.
 */
function decisionMapModule(): Plugin {
  const id = 'virtual:decision-map';
  return {
    name: 'decision-map-from-the-chart',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const { module } = await runnerImport<typeof import('./scripts/decision-map')>(fileURLToPath(new URL('./scripts/decision-map.ts', import.meta.url)), {
        configFile: false,
        logLevel: 'silent',
      });
      return `export default ${JSON.stringify(module.decisionMap())};`;
    },
  };
}

/**
 * Build only: the start page and the first question, prerendered into index.html
 * (src/prerender.tsx), so a visit paints them before any script runs. The first question shows
 * instead of the start page when the address is #/origin (its id, with CSS :target), until
 * main.tsx's first screen replaces both.
 */
function prerenderFirstScreens(): Plugin {
  return {
    name: 'prerender-first-screens',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<typeof import('./src/prerender')>(fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)), {
          configFile: false,
          logLevel: 'silent',
          plugins: [languagesModule()],
        });
        const { start, firstQuestion } = module.firstScreens;
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error(`index.html has no empty ${root} to prerender into`);
        return html.replace(root, `<div id="root" data-prerendered="start">${start}</div>\n    <div id="/origin" class="prerendered-step">${firstQuestion}</div>`);
      },
    },
  };
}

/**
 * Build only: index.html's script (src/start.ts, 1 kB, fetched beside the stylesheet) blocks the
 * first paint, which then waits until the page is parsed. Without it, Chromium painted the start
 * page first at #/origin, and the question ~200 ms later, once :target applied. Vite writes the
 * entry's <script> tag itself, without the attribute: it is added here.
 */
function firstPaintWhenParsed(): Plugin {
  const entry = /<script type="module" crossorigin src="(\.\/assets\/index-[\w-]+\.js)"><\/script>/;
  return {
    name: 'first-paint-when-parsed',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!entry.test(html)) throw new Error('index.html has no entry <script> to make render-blocking');
        return html.replace(entry, '<script type="module" blocking="render" crossorigin src="$1"></script>');
      },
    },
  };
}

/**
 * Working offline after the first visit (docs/adr/006-first-screen-and-offline.md): a Workbox
 * service worker that keeps every file of the app, and each language's words once downloaded
 * (src/hooks/offline.ts registers it and offers a new version; it never takes over by itself).
 */
function offline() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'robots.txt'],
    manifest: {
      name: 'Liver cancer treatment navigator',
      short_name: 'Liver cancer options',
      description: 'Explains the treatment options for a liver cancer at its stage. Not medical advice.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4f91',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The app's own files; a language's words are kept once a visit downloads them (below).
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      globIgnores: ['**/locale-*.js'],
      navigateFallback: 'index.html',
      // No importScripts: the worker is one file, under the same Content-Security-Policy.
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      // Takes over the page of the first visit, which then fetches its words again through it.
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.includes('/assets/locale-'),
          handler: 'CacheFirst',
          options: { cacheName: 'languages', expiration: { maxEntries: 400 } },
        },
      ],
    },
  });
}

export default defineConfig({
  base: './',
  plugins: [react(), injectContentSecurityPolicy(), languagesModule(), decisionMapModule(), prerenderFirstScreens(), firstPaintWhenParsed(), offline()],
  build: {
    assetsInlineLimit: 0,
    modulePreload: {
      polyfill: false,
      // Preloaded beside their chunk: only the chunks of the app itself (main.tsx, started after
      // the first paint) and of the chart. The screens fetched when idle find their shared chunks
      // as they load: adding a <link rel=modulepreload> for each dependency of each screen cost
      // the page ~50 ms of main thread at once (190 ms at 4x CPU), more than the waiting it saves.
      resolveDependencies: (filename, deps) => (/(^|\/)(main|flow)-[\w-]+\.js$/.test(filename) ? deps : []),
    },
    // dist/.vite/manifest.json: which chunks the first screen loads (npm run size).
    manifest: true,
    target: 'es2022',
    rollupOptions: {
      output: {
        // One lazy chunk per language and namespace, named so its language can be read off it.
        chunkFileNames: (chunk) => {
          const locale = /locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  // Two tiers, each in its own environment: pure tests (*.test.ts: rules, chart, content,
  // Child-Pugh, storage, language choice, the checks) run in Node with no DOM and no i18n;
  // what a person sees (*.test.tsx) runs in jsdom with English loaded once (tests/setup.ts).
  test: {
    testTimeout: 30000,
    // Both cores (Vitest would keep one free): the suite is sized for a 2-core machine.
    maxWorkers: 2,
    reporters: ['default', './tests/tier-times.ts'],
    projects: [
      // Pure tests share one module graph: nothing in them keeps state between files.
      { extends: true, test: { name: 'pure', environment: 'node', include: ['tests/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: { name: 'screens', environment: 'jsdom', setupFiles: ['tests/setup.ts'], include: ['tests/**/*.test.tsx'], isolate: false },
      },
    ],
  },
});
