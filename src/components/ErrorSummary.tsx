import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InPageLink } from './InPageLink';

export type FieldError = { target: string; message: string };

type Props = {
  errors: readonly FieldError[];
  /** Changes on each submit: the summary takes focus then, not while the person corrects a field. */
  attempt: number;
};

/** GOV.UK error summary: takes focus after a submit with errors, and links each message to its field. */
export function ErrorSummary({ errors, attempt }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // Focus follows the submit attempt only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
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
