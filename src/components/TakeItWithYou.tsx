import { useTranslation } from 'react-i18next';
import { stepHref } from '../hooks/location';

/** From a result: the handout to print, in any language, and the overview of every group with the decision map. */
export function TakeItWithYou() {
  const { t } = useTranslation();
  return (
    <ul className="page-links no-print">
      <li>
        <a href={stepHref('handout')}>{t('pageLinks.handout')}</a>
      </li>
      <li>
        <a href={stepHref('overview')}>{t('pageLinks.overview')}</a>
      </li>
    </ul>
  );
}
