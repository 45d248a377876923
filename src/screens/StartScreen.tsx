import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { stepHref } from '../hooks/location';

/**
 * GOV.UK start page: what this is for, who it is for and not for, what helps to have, how long,
 * privacy. Start now is GOV.UK's start button: a link to the first question, drawn as a button.
 * It works before any script has run (index.html shows the prerendered question at #/origin);
 * after, the address change starts the chart (StartFirst) or moves it (useAddressSync).
 */
export function StartScreen() {
  const { t } = useTranslation();
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
      <a href={stepHref('origin')} role="button" draggable="false" className="button button--start" onKeyDown={pressWithSpace}>
        {t('actions.startNow')}
      </a>
      <h2 className="heading-s">{t('start.careTeamsHeading')}</h2>
      <p>
        <a href={stepHref('overview')}>{t('pageLinks.overview')}</a>
      </p>
    </>
  );
}


/** A link drawn as a button is pressed with Space too, as a button is (GOV.UK Frontend's button does the same). */
function pressWithSpace(event: KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== ' ') return;
  event.preventDefault();
  event.currentTarget.click();
}
