import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { StartFirst, loadFlow } from './app/StartFirst';
import { isRemembering, keptStorage, nothingKept } from './hooks/keeping';
import { currentAddress, stepHref } from './hooks/location';
import { registerOffline } from './hooks/offline';
import { chooseLanguage } from './i18n/chooseLanguage';
import { firstScreenNamespaces, i18next, initI18n, sourceLanguage } from './i18n/i18n';
import { languageTags } from './i18n/languages';
import { rememberedLanguage } from './i18n/preference';
import { loadLanguage, reportFallback } from './i18n/switching';

async function main(root: HTMLElement) {
  // A bare start page with nothing kept is drawn before the chart arrives (StartFirst); any other
  // visit needs the chart before its first render, fetched while the words are.
  const { hash } = currentAddress();
  const bareStart = (hash === '' || hash === '#' || hash === stepHref('start')) && nothingKept();
  const flow = bareStart ? undefined : loadFlow();
  const choice = chooseLanguage(
    {
      query: new URLSearchParams(window.location.search).get('lng'),
      chosen: rememberedLanguage(),
      browser: navigator.languages,
    },
    languageTags,
    sourceLanguage,
  );
  // Only the words of the first screen before it shows; the rest load when the browser is idle.
  await initI18n(choice.language, { ns: [...firstScreenNamespaces] });
  // A language whose words cannot be downloaded is never shown as current: English stands in,
  // and says so. If not even English can be downloaded, index.html's own note appears.
  const wanted = await loadLanguage(choice.language, firstScreenNamespaces);
  if (!wanted.ok) {
    const english = await loadLanguage(sourceLanguage, firstScreenNamespaces);
    if (!english.ok) return showDevelopmentDetail(english.detail ?? wanted.detail);
    reportFallback(choice.language, wanted.detail);
    await i18next.changeLanguage(sourceLanguage);
  }
  if (!flow) {
    // index.html holds the start page as the build rendered it (src/prerender.tsx): React takes it
    // over as it is when this visit would render exactly that; otherwise it renders over it.
    const page = (
      <Root>
        <StartFirst languageNote={choice.note} onShown={removePainted} />
      </Root>
    );
    if (root.dataset.prerendered === 'start' && !choice.note && isAsPrerendered()) hydrateRoot(root, page);
    else createRoot(root).render(page);
  } else {
    const { App, boot } = await flow;
    // Once, before the first render: reading (and clearing) stored answers happens exactly once.
    const start = boot(keptStorage(), window.location.hash);
    createRoot(root).render(
      <Root>
        <App start={start} languageNote={choice.note} onShown={removePainted} />
      </Root>,
    );
  }
  registerOffline();
}

/** Whether the start page shows exactly as prerendered: in English, from a bare address, not remembering. */
function isAsPrerendered(): boolean {
  return i18next.language === sourceLanguage && currentAddress().search === '' && !isRemembering();
}

/** Once the first screen is shown: the prerendered first question, and the note shown if the app never starts. */
function removePainted() {
  document.getElementById('/origin')?.remove();
  document.getElementById('page-loading')?.remove();
}

/** In development only: why not even English could be shown (a JSON syntax error in a locale file, say). */
function showDevelopmentDetail(detail: string | undefined) {
  if (!import.meta.env.DEV || !detail) return;
  const pre = document.createElement('pre');
  pre.textContent = detail;
  document.getElementById('page-loading')?.append(pre);
}

const root = document.getElementById('root');
if (root) void main(root);
