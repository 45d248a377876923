import type { ReactNode } from 'react';

type Props = { target: string; className?: string; children: ReactNode };

/** A link to a place on the same page. It moves focus there without changing the step's address. */
export function InPageLink({ target, className, children }: Props) {
  return (
    <a
      href={`#${target}`}
      className={className}
      onClick={(e) => {
        const element = document.getElementById(target);
        if (!element) return;
        e.preventDefault();
        if (!element.hasAttribute('tabindex') && !isFocusable(element)) element.setAttribute('tabindex', '-1');
        element.focus();
        element.scrollIntoView?.({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}

function isFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, summary');
}
