import { useTranslation } from 'react-i18next';
import { GlossaryLink } from '../components/Glossary';
import { PageHeading } from '../components/PageHeading';
import { GroupOptions, PossibleGroups } from '../components/PossibleGroups';
import { SinceSource } from '../components/SinceSource';
import { SourceCitation } from '../components/SourceCitation';
import { StepLink } from '../components/StepLink';
import { TranslationNotice } from '../components/TranslationNotice';
import { referenceView } from '../content/outcomes';
import { useTarget } from '../hooks/wizard';

/** clinical-map: from O-unresectable, "If treatment shrinks the tumor" (downstaging). */
export function DownstagingScreen() {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  const view = referenceView('downstaging');
  return (
    <>
      <PageHeading title={t('downstaging.title')} />
      <p className="disclaimer">{tc('disclaimerShort')}</p>
      <TranslationNotice />
      <p>{t('downstaging.intro')}</p>
      {view.possible.map((outcome) => (
        <GroupOptions key={outcome} outcome={outcome} />
      ))}
      <BackToResult />
      <GlossaryLink />
      <SourceCitation sections={view.sources} information={view.information} />
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
      <p className="disclaimer">{tc('disclaimerShort')}</p>
      <TranslationNotice />
      <p>{t('ifRecurrent.intro')}</p>
      <p className="inset">{t('notes.recurrentFactors')}</p>
      <PossibleGroups outcomes={view.possible} decidingQuestion="recurrentWhichOptions" />
      {view.possible.map((outcome) => (
        <GroupOptions key={outcome} outcome={outcome} />
      ))}
      {view.sinceSource && <SinceSource />}
      <BackToResult />
      <SourceCitation sections={view.sources} information={view.information} />
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
