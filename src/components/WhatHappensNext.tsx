import { useTranslation } from 'react-i18next';

const steps = ['talk', 'team', 'take'] as const;

/** What happens next, in three plain steps, on every outcome. */
export function WhatHappensNext() {
  const { t } = useTranslation('outcomes');
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading" className="heading-m">
        {t('next.heading')}
      </h2>
      <ol className="list list--number">
        {steps.map((step) => (
          <li key={step}>{t(`next.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}
