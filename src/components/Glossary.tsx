import { useTranslation } from 'react-i18next';
import type { TermId } from '../content/glossary';
import { stepHref } from '../hooks/location';

export const termAnchor = (term: TermId) => `term-${term}`;

/** Definitions of the terms a page uses, each with an anchor that links can point to. */
export function GlossaryList({ terms }: { terms: readonly TermId[] }) {
  const { t } = useTranslation('glossary');
  return (
    <dl className="glossary">
      {unique(terms).map((term) => (
        <div key={term} className="glossary__entry">
          <dt id={termAnchor(term)}>{t(`${term}.term`)}</dt>
          <dd>{t(`${term}.definition`)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Links from a piece of text to the definitions of its terms on the glossary page, listed the reader's way. */
export function TermLinks({ terms }: { terms: readonly TermId[] }) {
  const { t, i18n } = useTranslation('glossary');
  const { t: tc } = useTranslation();
  if (terms.length === 0) return null;
  const names = terms.map((term) => t(`${term}.term`));
  const parts = new Intl.ListFormat(i18n.language, { type: 'unit', style: 'short' }).formatToParts(names);
  let element = 0;
  return (
    <p className="term-links">
      {tc('glossary.termsLabel')}
      {parts.map((part, index) => {
        if (part.type === 'literal') return <span key={index}>{part.value}</span>;
        const term = terms[element++] as TermId;
        return (
          <a key={term} href={stepHref('glossary', term)}>
            {part.value}
          </a>
        );
      })}
    </p>
  );
}

/** The way to every word the guide explains, for pages that use many. */
export function GlossaryLink() {
  const { t } = useTranslation();
  return (
    <p className="no-print">
      <a href={stepHref('glossary')}>{t('pageLinks.glossary')}</a>
    </p>
  );
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
