import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { boot, type Boot } from './app/boot';
import { isRemembering, keptStorage } from './hooks/keeping';
import { currentAddress, infoPageFromHash } from './hooks/location';
import { registerOffline } from './hooks/offline';
import { chooseLanguage } from './i18n/chooseLanguage';
import { firstScreenNamespaces, i18next, initI18n, sourceLanguage } from './i18n/i18n';
import { languageTags } from './i18n/languages';
import { rememberedLanguage } from './i18n/preference';
import { loadLanguage, reportFallback } from './i18n/switching';
import './styles/main.css';

async function main(root: HTMLElement) {
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
  // Once, before the first render: reading (and clearing) stored answers happens exactly once.
  const start = boot(keptStorage(), window.location.hash);
  const page = <Root start={start} languageNote={choice.note} onShown={removePainted} />;
  // index.html holds the start page as the build rendered it (src/prerender.tsx): React takes it
  // over as it is when this visit would render exactly that; otherwise it renders over it.
  if (root.dataset.prerendered === 'start' && isAsPrerendered(start) && !choice.note) hydrateRoot(root, page);
  else createRoot(root).render(page);
  registerOffline();
}

/** Whether this visit shows the start page exactly as prerendered: English, nothing stored or said, a bare address. */
function isAsPrerendered(start: Boot): boolean {
  const { search, hash } = currentAddress();
  return (
    start.snapshot.value === 'start' && !start.notice && i18next.language === sourceLanguage && search === '' && !infoPageFromHash(hash) && !isRemembering()
  );
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
