import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from '../hooks/announcer';

type Props = { title: string; hasError?: boolean; caption?: ReactNode; className?: string };

/** The page's h1. It names the page in the title bar, and takes focus when a new step is shown. */
export function PageHeading({ title, hasError = false, caption, className = 'heading-l' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shouldFocus = usePageTitle(title, hasError);
  // Before the page is painted, so focus is never left on the body while the new page shows.
  useLayoutEffect(() => {
    if (shouldFocus) ref.current?.focus();
  }, [shouldFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {caption}
      {title}
    </h1>
  );
}
