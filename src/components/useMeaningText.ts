import { useTranslation } from 'react-i18next';
import type { MeaningId } from '../content/outcomes';

/**
 * What a group means, in one or two sentences (the transplant outcome has its own: it must not
 * promise surgery), in the reader's language or in `language` (the handout's).
 */
export function useMeaningText(language?: string) {
  const { t } = useTranslation('outcomes', language ? { lng: language } : undefined);
  return (meaning: MeaningId) => (meaning === 'transplantable' ? t('transplantMeaning') : t(`groups.${meaning}.meaning`));
}
