import { useTranslation } from 'react-i18next';

/** A YYYY-MM-DD date written the reader's way (or `language`'s, for the handout): in full, or as month and year. */
export function useDate(language?: string) {
  const { i18n } = useTranslation();
  return (isoDate: string, precision: 'day' | 'month' = 'day'): string =>
    new Intl.DateTimeFormat(
      language ?? i18n.language,
      precision === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' },
    ).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A source's own date: YYYY-MM-DD in full, YYYY-MM as month and year, or the words for "no date shown". */
export function useSourceDate() {
  const { t } = useTranslation('sources');
  const date = useDate();
  return (sourceDate: string | null): string => {
    if (sourceDate === null) return t('noDate');
    return /^\d{4}-\d{2}$/.test(sourceDate) ? date(`${sourceDate}-01`, 'month') : date(sourceDate);
  };
}
