import { useTranslation } from 'react-i18next';
import { stepHref } from '../hooks/location';
import { useStep } from '../hooks/wizard';
import { PageHeading } from '../components/PageHeading';
import { useApprovalDates } from '../components/SinceSource';
import { useDate } from '../components/useDate';
import { contentRecords } from '../content/information';
import { sourceDocument } from '../content/sources';
import { sourceLanguage } from '../i18n/i18n';
import { languageTags, languages } from '../i18n/languages';

/** About this tool: who makes it, funding, what it rests on, review, translations, mistakes, privacy. */
export function AboutScreen() {
  const { t } = useTranslation();
  const date = useDate();
  const step = useStep();
  const approvalDates = useApprovalDates();
  return (
    <>
      <PageHeading title={t('about.title')} />
      <h2 className="heading-m">{t('about.whoHeading')}</h2>
      <p>{t('about.whoBody')}</p>
      <h2 className="heading-m">{t('about.fundingHeading')}</h2>
      <p>{t('about.fundingBody')}</p>
      <h2 className="heading-m">{t('about.basisHeading')}</h2>
      <p>{t('about.basisSource', { date: date(sourceDocument.date) })}</p>
      <p>{t('about.basisApprovals', { dates: approvalDates })}</p>
      <p>{t('about.basisEstablished')}</p>
      <h2 className="heading-m">{t('about.reviewHeading')}</h2>
      <p>{t('about.reviewBody')}</p>
      <h2 className="heading-m">{t('about.policyHeading')}</h2>
      <p>{t('about.policyBody')}</p>
      <ul className="list review-dates">
        {contentRecords.map((record) => (
          <li key={record.url} className="review-dates__record">
            <p className="review-dates__source" lang="en">
              {record.publisher}: {record.title}
            </p>
            <dl className="review-dates__dates">
              <dt>{t('about.lastReviewedLabel')}</dt>
              <dd>
                <time dateTime={record.lastReviewed}>{date(record.lastReviewed)}</time>
              </dd>
              <dt>{t('about.nextReviewLabel')}</dt>
              <dd>
                <time dateTime={record.nextReview}>{date(record.nextReview)}</time>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <h2 className="heading-m">{t('about.translationHeading')}</h2>
      <p>{t('about.translationIntro')}</p>
      <ul className="list list--bullet">
        {languageTags.map((tag) => {
          const meta = languages[tag];
          const language = meta?.nativeName ?? tag;
          if (tag === sourceLanguage) return <li key={tag}>{t('about.translationSource', { language })}</li>;
          if (meta?.review.status === 'reviewed') {
            const reviewed = { language, role: meta.review.reviewerRole, date: date(meta.review.date ?? '') };
            return <li key={tag}>{t('about.translationReviewed', reviewed)}</li>;
          }
          return <li key={tag}>{t('about.translationDraft', { language })}</li>;
        })}
      </ul>
      <h2 className="heading-m">{t('about.reportHeading')}</h2>
      <p>{t('about.reportBody')}</p>
      <h2 className="heading-m">{t('about.privacyHeading')}</h2>
      <p>{t('about.privacyBody')}</p>
      <p>
        <a href={stepHref(step)}>{t('about.back')}</a>
      </p>
    </>
  );
}
