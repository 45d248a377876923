import { useTranslation } from 'react-i18next';
import { sourceDocument, type EstablishedReferenceId, type SourceSectionId } from '../content/sources';

type Props = { sections: readonly SourceSectionId[]; established?: readonly EstablishedReferenceId[] };

/** The source section, its last-revised date, and the note that newer treatments may exist. */
export function SourceCitation({ sections, established = [] }: Props) {
  const { t, i18n } = useTranslation('sources');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${sourceDocument.lastRevised}T00:00:00Z`),
  );
  return (
    <section className="source" aria-labelledby="source-heading">
      <h2 id="source-heading" className="heading-m">
        {t('heading')}
      </h2>
      <p>{t('document')}</p>
      <ul className="list">
        {sections.map((section) => (
          <li key={section}>{t('sectionLabel', { section: t(`sections.${section}`) })}</li>
        ))}
        {established.map((reference) => (
          <li key={reference}>{t('establishedLabel', { reference: t(`established.${reference}`) })}</li>
        ))}
      </ul>
      <p>
        {t('lastRevised', { date })}{' '}
        <time dateTime={sourceDocument.lastRevised} className="visually-hidden">
          {sourceDocument.lastRevised}
        </time>
      </p>
      <p>{t('newerTreatments')}</p>
      <p className="no-print">
        <a href={sourceDocument.url} rel="noreferrer noopener" target="_blank">
          {t('openSource')}
        </a>
      </p>
    </section>
  );
}
