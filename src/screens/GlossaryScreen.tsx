import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { termAnchor } from '../components/Glossary';
import { isTermId, termIds } from '../content/glossary';
import { pagePartFromHash, stepHref } from '../hooks/location';
import { useStep } from '../hooks/wizard';

/**
 * Every word the guide explains, in the reader's alphabetical order (Intl.Collator), each with its
 * own address (#/glossary/<term>): the "Words explained" links of every page lead here, and the
 * term they name takes focus.
 */
export function GlossaryScreen() {
  const { t, i18n } = useTranslation('glossary');
  const { t: to } = useTranslation('outcomes');
  const step = useStep();
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...termIds].sort((a, b) => collator.compare(t(`${a}.term`), t(`${b}.term`)));

  useEffect(() => {
    function showTerm() {
      const term = pagePartFromHash(window.location.hash);
      const element = term && isTermId(term) ? document.getElementById(termAnchor(term)) : null;
      if (!element) return;
      element.focus();
      element.scrollIntoView?.({ block: 'start' });
    }
    showTerm();
    window.addEventListener('hashchange', showTerm);
    return () => window.removeEventListener('hashchange', showTerm);
  }, []);

  return (
    <>
      <PageHeading title={to('glossaryPage.title')} />
      <p>{to('glossaryPage.intro')}</p>
      <dl className="glossary glossary--page">
        {sorted.map((term) => (
          <div key={term} className="glossary__entry">
            <dt id={termAnchor(term)} tabIndex={-1}>
              {t(`${term}.term`)}
            </dt>
            <dd>{t(`${term}.definition`)}</dd>
          </div>
        ))}
      </dl>
      <p className="no-print">
        <a href={stepHref(step)}>{to('glossaryPage.back')}</a>
      </p>
    </>
  );
}
