import { useTranslation } from 'react-i18next';

/** A YYYY-MM-DD date written the reader's way: in full, or as month and year. */
export function useDate() {
  const { i18n } = useTranslation();
  return (isoDate: string, precision: 'day' | 'month' = 'day'): string =>
    new Intl.DateTimeFormat(
      i18n.language,
      precision === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' },
    ).format(new Date(`${isoDate}T00:00:00Z`));
}
