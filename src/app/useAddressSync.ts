import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstOpenStep } from '../flow/rules';
import { languageTags } from '../i18n/languages';
import { matchLanguage } from '../i18n/chooseLanguage';
import { switchLanguage } from '../i18n/switching';
import { currentAddress, infoPageFromHash, placeFromHash, stepHref, type InfoPageId } from '../hooks/location';
import { Wizard, useStep } from '../hooks/wizard';

/**
 * Keeps the address and the page in step: each step gets its own history entry, and the
 * browser's Back and Forward (or a typed address) ask the machine to go there. A step that
 * cannot be shown yet, or an address that cannot be read, leads to the first question still to
 * answer. The address also names an info page (About) shown over the current step, and the
 * language (?lng=): Back and Forward always show the page, and the language, the address names.
 * Returns the info page the address names, if any.
 */
export function useAddressSync(onStepNotAvailable: () => void): InfoPageId | undefined {
  const actor = Wizard.useActorRef();
  const step = useStep();
  const { i18n } = useTranslation();
  const [page, setPage] = useState(() => infoPageFromHash(currentAddress().hash));
  const firstRender = useRef(true);

  useEffect(() => {
    const href = stepHref(page ?? step);
    // An info page's address may name a part of it (#/glossary/cirrhosis): that is kept.
    const here = infoPageFromHash(window.location.hash);
    if (window.location.hash !== href && !(page && here === page)) {
      if (firstRender.current) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    }
    firstRender.current = false;
  }, [step, page]);

  useEffect(() => {
    function followAddress() {
      const asked = new URLSearchParams(window.location.search).get('lng');
      const language = asked ? matchLanguage(asked, languageTags) : undefined;
      if (language && language !== i18n.language) void switchLanguage(language);

      const place = placeFromHash(window.location.hash);
      if (place === undefined) return;
      if (place !== 'unknown' && 'page' in place) return setPage(place.page);
      setPage(undefined);
      if (place !== 'unknown') actor.send({ type: 'GO_TO', step: place.step });
      const snapshot = actor.getSnapshot();
      if (place !== 'unknown' && snapshot.value === place.step) return;
      actor.send({ type: 'GO_TO', step: firstOpenStep(snapshot.context.answers) });
      window.history.replaceState(null, '', stepHref(actor.getSnapshot().value));
      onStepNotAvailable();
    }
    // hashchange alone misses a history entry that differs only in its query (?lng=).
    window.addEventListener('hashchange', followAddress);
    window.addEventListener('popstate', followAddress);
    return () => {
      window.removeEventListener('hashchange', followAddress);
      window.removeEventListener('popstate', followAddress);
    };
  }, [actor, i18n, onStepNotAvailable]);

  return page;
}
