// What the page shows now: a step of the chart, or an info page over it. Links that keep the
// person where they are (a language link) point at this.
import { createContext, useContext } from 'react';
import type { StepId } from '../flow/steps';
import type { InfoPageId } from './location';

export const PlaceContext = createContext<StepId | InfoPageId>('start');

export function usePlace(): StepId | InfoPageId {
  return useContext(PlaceContext);
}
