// Each step has its own address: #/<step id>. Other fragments are not steps and are left alone.
import { isStepId, type StepId } from '../flow/steps';

export function stepHref(step: StepId): string {
  return `#/${step}`;
}

/** The step an address names: undefined when it names none, 'unknown' when it names one that does not exist. */
export function stepFromHash(hash: string): StepId | 'unknown' | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const name = decodeURIComponent(hash.slice(2)).split(/[?/]/)[0] ?? '';
  return isStepId(name) ? name : 'unknown';
}
