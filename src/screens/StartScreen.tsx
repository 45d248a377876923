import { useTranslation } from 'react-i18next';
import { Wizard } from '../hooks/wizard';
import { PageHeading } from '../components/PageHeading';
import { stepHref } from '../hooks/location';

/** GOV.UK start page: what this is for, who it is for and not for, what helps to have, how long, privacy. */
export function StartScreen() {
  const { t } = useTranslation();
  const actor = Wizard.useActorRef();
  return (
    <>
      <PageHeading title={t('start.title')} className="heading-xl" />
      <p className="lead">{t('start.intro')}</p>
      <h2 className="heading-m">{t('start.forHeading')}</h2>
      <p>{t('start.forBody')}</p>
      <p>{t('start.notForIntro')}</p>
      <ul className="list list--bullet">
        <li>{t('start.notForSpread')}</li>
        <li>{t('start.notForBileDuct')}</li>
      </ul>
      <h2 className="heading-m">{t('start.haveHeading')}</h2>
      <ul className="list list--bullet">
        <li>{t('start.haveLetter')}</li>
        <li>{t('start.haveChildPugh')}</li>
        <li>{t('start.haveBloodTests')}</li>
      </ul>
      <p>{t('start.time')}</p>
      <p>{t('privacy')}</p>
      <p>{t('disclaimer')}</p>
      <button type="button" className="button button--start" onClick={() => actor.send({ type: 'CONTINUE' })}>
        {t('actions.startNow')}
      </button>
      <h2 className="heading-s">{t('start.careTeamsHeading')}</h2>
      <p>
        <a href={stepHref('overview')}>{t('pageLinks.overview')}</a>
      </p>
    </>
  );
}
