import { useTranslation } from 'react-i18next';
import { contentRecords, isDueForReview } from '../content/information';
import { useDate } from './useDate';

/** Once a review date has passed, every result says so. Decided from today's date, never at build time. */
export function DueForReview() {
  const { t } = useTranslation();
  const date = useDate();
  if (!isDueForReview(new Date())) return null;
  const lastReviewed = contentRecords.map((record) => record.lastReviewed).sort()[0] ?? '';
  return (
    <div className="notification notification--warning">
      <p>{t('dueForReview', { date: date(lastReviewed) })}</p>
    </div>
  );
}
