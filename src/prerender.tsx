// Build time only (vite.config.ts, prerenderFirstScreens): the start page and the first question,
// in English, as HTML for index.html, so that a visit paints them before any script runs.
// main.tsx hydrates the start page, or renders over it when the address asks for another step.
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { Root } from './app/Root';
import { StartFirst } from './app/StartFirst';
import { boot } from './app/boot';
import { i18next, initI18n, namespaces, sourceLanguage } from './i18n/i18n';

export type FirstScreens = { start: string; firstQuestion: string };

/** Rendered as this module is imported: vite.config.ts's module runner closes once it has been. */
export const firstScreens: FirstScreens = await prerenderFirstScreens();

async function prerenderFirstScreens(): Promise<FirstScreens> {
  await initI18n(sourceLanguage);
  await i18next.loadNamespaces([...namespaces]);
  // As main.tsx draws them on a first visit (nothing stored): the start page before the chart, the first question with it.
  return { start: await html(<StartFirst />, 'the start page'), firstQuestion: await html(<App start={boot(undefined, '#/origin')} />, 'the first question') };
}

async function html(page: ReactNode, name: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(<Root>{page}</Root>, { onError: (error) => void errors.push(error) });
  // A part that fails here would only be drawn in the browser: the build fails instead.
  if (errors.length > 0) throw new Error(`prerendering ${name} failed`, { cause: errors[0] });
  let text = '';
  for await (const chunk of prelude) text += String(chunk);
  return text;
}
