// Each step has its own address: #/<step id>. Pages outside the decision path (About, the
// glossary, the handout, the overview) have one too: #/<page id>, and may name a part of
// themselves after it: #/glossary/cirrhosis. Other fragments are not steps and are left alone.
import { isStepId, type StepId } from '../flow/steps';

/** Pages about the tool itself, shown over the step a person is on without changing it. */
export const infoPageIds = ['about', 'glossary', 'handout', 'overview'] as const;
export type InfoPageId = (typeof infoPageIds)[number];

/**
 * The query and fragment of the page's address. At build time (src/prerender.tsx) there is no
 * window: the address is empty, as on a first visit.
 */
export function currentAddress(): { search: string; hash: string } {
  return typeof window === 'undefined' ? { search: '', hash: '' } : { search: window.location.search, hash: window.location.hash };
}

export function stepHref(step: StepId | InfoPageId, part?: string): string {
  return part ? `#/${step}/${encodeURIComponent(part)}` : `#/${step}`;
}

/** The part of an info page an address names (#/glossary/cirrhosis: "cirrhosis"), if any. */
export function pagePartFromHash(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.slice(2)).split(/[?]/)[0]?.split('/')[1] || undefined;
  } catch {
    return undefined;
  }
}

export type Place = { step: StepId } | { page: InfoPageId } | 'unknown' | undefined;

/**
 * What an address names: a step, an info page, 'unknown' when it names one that does not exist
 * (or cannot even be read, such as "#/%"), or undefined when it names none.
 */
export function placeFromHash(hash: string): Place {
  if (!hash.startsWith('#/')) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(hash.slice(2)).split(/[?/]/)[0] ?? '';
  } catch {
    return 'unknown'; // a malformed escape such as "#/%ZZ"
  }
  if (isStepId(name)) return { step: name };
  if ((infoPageIds as readonly string[]).includes(name)) return { page: name as InfoPageId };
  return 'unknown';
}

/** The step an address names: undefined when it names none, 'unknown' when it names one that does not exist. */
export function stepFromHash(hash: string): StepId | 'unknown' | undefined {
  const place = placeFromHash(hash);
  if (place === undefined || place === 'unknown') return place;
  return 'step' in place ? place.step : undefined;
}

/** The info page an address names, if it names one. */
export function infoPageFromHash(hash: string): InfoPageId | undefined {
  const place = placeFromHash(hash);
  return place !== undefined && place !== 'unknown' && 'page' in place ? place.page : undefined;
}
