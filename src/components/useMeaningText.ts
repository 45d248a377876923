import { useTranslation } from 'react-i18next';
import type { MeaningId } from '../content/outcomes';

/** What a group means, in one or two sentences (the transplant outcome has its own: it must not promise surgery). */
export function useMeaningText() {
  const { t } = useTranslation('outcomes');
  return (meaning: MeaningId) => (meaning === 'transplantable' ? t('transplantMeaning') : t(`groups.${meaning}.meaning`));
}
