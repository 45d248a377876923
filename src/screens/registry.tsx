// One state, one screen: every step of the machine maps to exactly one screen. A step without a
// screen, or a screen without a step, fails the type check. Info pages (About) have their own map.
// The registry comes with the chart (src/app/flow.ts); the start page is drawn before either has
// arrived (StartFirst), so it is in the first screen's chunk. The others (the questions, the
// summary, outcomes, the calculator, reference pages, About, the glossary) are their own chunks,
// fetched when the browser is idle after the first screen (prefetchScreens); the handout and the
// overview are fetched only when opened.
import { lazy, type ComponentType } from 'react';
import { whenIdle } from '../hooks/idle';
import type { InfoPageId } from '../hooks/location';
import type { StepId } from '../flow/steps';
import type { QuestionId } from '../flow/answers';
import { StartScreen } from './StartScreen';

const later = {
  question: () => import('./QuestionScreen'),
  checkAnswers: () => import('./CheckAnswersScreen'),
  stageCheck: () => import('./StageCheckScreen'),
  notCovered: () => import('./NotCoveredScreen'),
  outcome: () => import('./OutcomeScreen'),
  calculator: () => import('./ChildPughCalculatorScreen'),
  reference: () => import('./ReferenceScreens'),
  about: () => import('./AboutScreen'),
  values: () => import('./ValuesScreen'),
  glossary: () => import('./GlossaryScreen'),
};
/** Loaded only when a person opens them: the handout (with its QR code) and the overview with its map. */
const whenUsed = {
  handout: () => import('./HandoutScreen'),
  overview: () => import('./OverviewScreen'),
};
/** Each chunk's module, once it is here. */
const arrived = new Map<() => Promise<unknown>, unknown>();
const fetchChunk = <M,>(load: () => Promise<M>): Promise<M> =>
  load().then((module) => {
    arrived.set(load, module);
    return module;
  });

/**
 * A screen from a chunk of its own. Once its chunk is here (prefetched when idle), it is drawn at
 * once; before that, through React.lazy, which shows the loading fallback first (and React then
 * waits at least 300 ms before showing the screen).
 */
function fromChunk<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => fetchChunk(load).then((module) => ({ default: pick(module) })));
  function Screen(props: P) {
    const module = arrived.get(load) as M | undefined;
    const Shown = module ? pick(module) : Lazy;
    return <Shown {...props} />;
  }
  return Screen;
}

const QuestionScreen = fromChunk(later.question, (m) => m.QuestionScreen);
const CheckAnswersScreen = fromChunk(later.checkAnswers, (m) => m.CheckAnswersScreen);
const StageCheckScreen = fromChunk(later.stageCheck, (m) => m.StageCheckScreen);
const NotCoveredScreen = fromChunk(later.notCovered, (m) => m.NotCoveredScreen);
const OutcomeScreen = fromChunk(later.outcome, (m) => m.OutcomeScreen);
const ChildPughCalculatorScreen = fromChunk(later.calculator, (m) => m.ChildPughCalculatorScreen);
const DownstagingScreen = fromChunk(later.reference, (m) => m.DownstagingScreen);
const IfRecurrentScreen = fromChunk(later.reference, (m) => m.IfRecurrentScreen);
const ValuesScreen = fromChunk(later.values, (m) => m.ValuesScreen);
const GlossaryScreen = fromChunk(later.glossary, (m) => m.GlossaryScreen);
const AboutScreen = fromChunk(later.about, (m) => m.AboutScreen);
const HandoutScreen = fromChunk(whenUsed.handout, (m) => m.HandoutScreen);
const OverviewScreen = fromChunk(whenUsed.overview, (m) => m.OverviewScreen);

/**
 * Fetches the screens that are not on the first page, so a later step never waits on the network:
 * one at a time, each when the browser is idle, the questions first. Fetched together, their
 * chunks arrived and ran together, one long task that would delay a person's first tap.
 */
export async function prefetchScreens(): Promise<void> {
  for (const load of Object.values(later) as (() => Promise<unknown>)[]) {
    await new Promise<void>((resolve) => whenIdle(resolve, { timeout: 500 }));
    await fetchChunk(load);
  }
}

const ask = (question: QuestionId) => () => <QuestionScreen question={question} />;

export const screens: { readonly [S in StepId]: ComponentType } = {
  start: StartScreen,
  origin: ask('origin'),
  history: ask('history'),
  stage: ask('stage'),
  spread: ask('spread'),
  liverHealth: ask('liverHealth'),
  barriers: ask('barriers'),
  liverFunction: ask('liverFunction'),
  drugLine: ask('drugLine'),
  recurrenceSite: ask('recurrenceSite'),
  firstTreatment: ask('firstTreatment'),
  childPughCalculator: ChildPughCalculatorScreen,
  stageCheck: StageCheckScreen,
  checkAnswers: CheckAnswersScreen,
  resectable: () => <OutcomeScreen outcome="resectable" />,
  transplantable: () => <OutcomeScreen outcome="transplantable" />,
  unresectable: () => <OutcomeScreen outcome="unresectable" />,
  localUnknown: () => <OutcomeScreen outcome="localUnknown" />,
  advanced: () => <OutcomeScreen outcome="advanced" />,
  spreadUnknown: () => <OutcomeScreen outcome="spreadUnknown" />,
  recurrentLocal: () => <OutcomeScreen outcome="recurrentLocal" />,
  recurrentDistant: () => <OutcomeScreen outcome="recurrentDistant" />,
  recurrentUnknown: () => <OutcomeScreen outcome="recurrentUnknown" />,
  notCovered: NotCoveredScreen,
  downstaging: DownstagingScreen,
  ifRecurrent: IfRecurrentScreen,
  values: ValuesScreen,
};

export const infoScreens: { readonly [P in InfoPageId]: ComponentType } = {
  about: AboutScreen,
  glossary: GlossaryScreen,
  handout: HandoutScreen,
  overview: OverviewScreen,
};
