import { useTranslation } from 'react-i18next';
import { approvalsSince, sourceDocument } from '../content/sources';
import { useDrugName } from './OptionCard';
import { useDate } from './useDate';

/**
 * clinical-map: "Since the source was written". On every page that shows a drug treatment, apart
 * from the American Cancer Society content and citing its own source: the FDA approvals since.
 */
export function SinceSource() {
  const { t } = useTranslation('sources');
  const date = useDate();
  const drugName = useDrugName();
  const dates = useApprovalDates();
  return (
    <aside className="since-source" aria-labelledby="since-heading">
      <h2 id="since-heading" className="heading-m">
        {t('since.heading')}
      </h2>
      <p>{t('since.intro', { date: date(sourceDocument.date, 'month') })}</p>
      <ul className="list list--bullet">
        {approvalsSince.map((approval) => (
          <li key={approval.id}>
            {t(`since.approvals.${approval.id}`, {
              first: drugName([approval.drugs[0]]),
              second: drugName([approval.drugs[1]]),
              date: date(approval.date),
            })}
          </li>
        ))}
      </ul>
      <p>{t('since.careTeam')}</p>
      <p className="hint">{t('since.source', { dates })}</p>
      <ul className="list no-print">
        {approvalsSince.map((approval) => (
          <li key={approval.id}>
            <a href={approval.url} rel="noreferrer noopener" target="_blank">
              {t('since.openAnnouncement', { date: date(approval.date) })}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The dates of the FDA approvals since the source, as one list in the reader's language. */
export function useApprovalDates(): string {
  const { i18n } = useTranslation();
  const date = useDate();
  return new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    approvalsSince.map((approval) => date(approval.date)),
  );
}
