import { useTranslation } from 'react-i18next';
import { PageActions } from '../components/PageActions';
import { PageHeading } from '../components/PageHeading';
import { StepLink } from '../components/StepLink';

/**
 * clinical-map: Q-origin "no". An exit page: this guide is about cancer that started in the liver,
 * so it shows no options; it says why and what to ask.
 */
export function NotCoveredScreen() {
  const { t } = useTranslation('outcomes');
  return (
    <>
      <PageHeading title={t('notCovered.title')} />
      <p>{t('notCovered.youSaid')}</p>
      <p>{t('notCovered.why')}</p>
      <h2 className="heading-m">{t('notCovered.askHeading')}</h2>
      <ul className="list list--bullet">
        <li>{t('notCovered.askWhere')}</li>
        <li>{t('notCovered.askOptions')}</li>
        <li>{t('notCovered.askInformation')}</li>
      </ul>
      <p>
        <StepLink to="origin" event={{ type: 'BACK' }}>
          {t('notCovered.changeAnswer')}
        </StepLink>
      </p>
      <PageActions print={false} />
    </>
  );
}
