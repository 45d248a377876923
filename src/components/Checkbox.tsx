import type { ReactNode } from 'react';

type Props = { id: string; label: ReactNode; hint: ReactNode; checked: boolean; onChange: (checked: boolean) => void };

/** One checkbox on its own, with a hint that says what ticking it does (GOV.UK single checkbox). */
export function Checkbox({ id, label, hint, checked, onChange }: Props) {
  return (
    <div className="choice">
      <input
        className="choice__input"
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      <p className="hint choice__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
