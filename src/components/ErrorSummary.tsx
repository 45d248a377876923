import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InPageLink } from './InPageLink';

export type FieldError = { target: string; message: string };

/** GOV.UK error summary: takes focus when shown, and links each message to its field. */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errorSummary.title')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.target}>
            <InPageLink target={error.target}>{error.message}</InPageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
