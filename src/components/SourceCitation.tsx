import { useTranslation } from 'react-i18next';
import { patientInformation, type PatientInformationId } from '../content/information';
import { sourceDocument, type EstablishedReferenceId, type SourceSectionId } from '../content/sources';
import { useDate, useSourceDate } from './useDate';

type Props = {
  sections: readonly SourceSectionId[];
  established?: readonly EstablishedReferenceId[];
  /** The patient-information pages behind what the options involve and their side effects. */
  information?: readonly PatientInformationId[];
};

/** The source section, its last-revised date, and the note that newer treatments may exist. */
export function SourceCitation({ sections, established = [], information = [] }: Props) {
  const { t } = useTranslation('sources');
  const date = useDate();
  const sourceDate = useSourceDate();
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
        {t('lastRevised', { date: date(sourceDocument.date) })}{' '}
        <time dateTime={sourceDocument.date} className="visually-hidden">
          {sourceDocument.date}
        </time>
      </p>
      <p>{t('newerTreatments')}</p>
      <p className="no-print">
        <a href={sourceDocument.url} rel="noreferrer noopener" target="_blank">
          {t('openSource')}
        </a>
      </p>
      {information.length > 0 && (
        <>
          <h3 className="heading-s">{t('information.heading')}</h3>
          <p>{t('information.intro')}</p>
          <ul className="list list--bullet source-list">
            {information.map((id) => {
              const page = patientInformation[id];
              return (
                <li key={id}>
                  {t('information.entry', { publisher: page.publisher, title: page.title, date: sourceDate(page.date) })}{' '}
                  <span className="source-list__url">{page.url}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Near the top of a result: which source it rests on, and how old that is. */
export function BasedOn() {
  const { t } = useTranslation('sources');
  const date = useDate();
  return <p className="based-on">{t('basedOn', { date: date(sourceDocument.date, 'month') })}</p>;
}
