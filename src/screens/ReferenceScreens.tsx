import { useTranslation } from 'react-i18next';
import { GlossaryList } from '../components/Glossary';
import { OptionCard } from '../components/OptionCard';
import { PageHeading } from '../components/PageHeading';
import { PossibleGroups } from '../components/PossibleGroups';
import { SinceSource } from '../components/SinceSource';
import { SourceCitation } from '../components/SourceCitation';
import { StepLink } from '../components/StepLink';
import { TranslationNotice } from '../components/TranslationNotice';
import { mainOptions, referenceView } from '../content/outcomes';
import { useTarget } from '../hooks/wizard';

/** clinical-map: from O-unresectable, "If treatment shrinks the tumor" (downstaging). */
export function DownstagingScreen() {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  const view = referenceView('downstaging');
  return (
    <>
      <PageHeading title={t('downstaging.title')} />
      <p className="disclaimer">{tc('disclaimer')}</p>
      <TranslationNotice />
      <p>{t('downstaging.intro')}</p>
      {view.possible.map((outcome) => (
        <section key={outcome} aria-labelledby={`downstaging-${outcome}`}>
          <h2 id={`downstaging-${outcome}`} className="heading-m">
            {t(`titles.${outcome}`)}
          </h2>
          {mainOptions[outcome].map((option) => (
            <OptionCard key={option} option={option} />
          ))}
        </section>
      ))}
      <BackToResult />
      <section aria-labelledby="glossary-heading">
        <h2 id="glossary-heading" className="heading-m">
          {tc('glossary.heading')}
        </h2>
        <GlossaryList terms={view.terms} />
      </section>
      <SourceCitation sections={view.sources} />
    </>
  );
}

/** clinical-map: Q-history "not sure": the recurrent outcomes, side by side. */
export function IfRecurrentScreen() {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  const view = referenceView('ifRecurrent');
  return (
    <>
      <PageHeading title={t('ifRecurrent.title')} />
      <p className="disclaimer">{tc('disclaimer')}</p>
      <TranslationNotice />
      <p>{t('ifRecurrent.intro')}</p>
      <p className="inset">{t('notes.recurrentFactors')}</p>
      <PossibleGroups outcomes={view.possible} decidingQuestion="recurrentWhichOptions" />
      {view.sinceSource && <SinceSource />}
      <BackToResult />
      <SourceCitation sections={view.sources} />
    </>
  );
}

const back = { type: 'BACK' } as const;

/** Back to the outcome the page was opened from: where the chart's Back leads. */
function BackToResult() {
  const { t } = useTranslation('outcomes');
  const result = useTarget(back);
  if (!result) return null;
  return (
    <p>
      <StepLink to={result} event={back}>
        {t('downstaging.back')}
      </StepLink>
    </p>
  );
}
