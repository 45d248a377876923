import { useTranslation } from 'react-i18next';
import { GlossaryList } from '../components/Glossary';
import { OptionCard } from '../components/OptionCard';
import { treatmentOptions } from '../content/options';
import { PageHeading } from '../components/PageHeading';
import { PossibleGroups } from '../components/PossibleGroups';
import { SourceCitation } from '../components/SourceCitation';
import { StepLink } from '../components/StepLink';
import { TranslationNotice } from '../components/TranslationNotice';
import { outcomeOptions } from '../content/outcomes';
import { useAnswers } from '../hooks/wizard';
import { outcomeFor } from '../flow/rules';

const downstagingOutcomes = ['resectable', 'transplantable'] as const;
const downstagingOptions = downstagingOutcomes.flatMap((outcome) => outcomeOptions[outcome]);

/** clinical-map: from O-unresectable, "If treatment shrinks the tumor" (downstaging). */
export function DownstagingScreen() {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeading title={t('downstaging.title')} />
      <p className="disclaimer">{tc('disclaimer')}</p>
      <TranslationNotice />
      <p>{t('downstaging.intro')}</p>
      {downstagingOutcomes.map((outcome) => (
        <section key={outcome} aria-labelledby={`downstaging-${outcome}`}>
          <h2 id={`downstaging-${outcome}`} className="heading-m">
            {t(`titles.${outcome}`)}
          </h2>
          {outcomeOptions[outcome].map((option) => (
            <OptionCard key={option} option={option} />
          ))}
        </section>
      ))}
      <BackToResult />
      <section aria-labelledby="glossary-heading">
        <h2 id="glossary-heading" className="heading-m">
          {tc('glossary.heading')}
        </h2>
        <GlossaryList terms={downstagingOptions.flatMap((option) => treatmentOptions[option].terms)} />
      </section>
      <SourceCitation sections={['unresectable', 'resectable', 'transplantable']} />
    </>
  );
}

/** clinical-map: Q-history "not sure": the recurrent outcomes, side by side. */
export function IfRecurrentScreen() {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeading title={t('ifRecurrent.title')} />
      <p className="disclaimer">{tc('disclaimer')}</p>
      <TranslationNotice />
      <p>{t('ifRecurrent.intro')}</p>
      <p className="inset">{t('notes.recurrentFactors')}</p>
      <PossibleGroups outcomes={['recurrentLocal', 'recurrentDistant']} decidingQuestion="recurrentWhichOptions" />
      <BackToResult />
      <SourceCitation sections={['recurrent']} />
    </>
  );
}

function BackToResult() {
  const { t } = useTranslation('outcomes');
  const result = outcomeFor(useAnswers());
  if (!result) return null;
  return (
    <p>
      <StepLink to={result} event={{ type: 'BACK' }}>
        {t('downstaging.back')}
      </StepLink>
    </p>
  );
}
