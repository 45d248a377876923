// One state, one screen: every step of the machine maps to exactly one screen. A step without a
// screen, or a screen without a step, fails the type check. Info pages (About) have their own map.
// Only the start page is in the first screen's chunk. The others (the questions, the summary,
// outcomes, the calculator, reference pages, About, the glossary) are their own chunks, fetched
// when the browser is idle after the first screen (prefetchScreens), the questions first; the
// handout and the overview are fetched only when opened.
import { lazy, type ComponentType } from 'react';
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
const QuestionScreen = lazy(() => later.question().then((m) => ({ default: m.QuestionScreen })));
const CheckAnswersScreen = lazy(() => later.checkAnswers().then((m) => ({ default: m.CheckAnswersScreen })));
const StageCheckScreen = lazy(() => later.stageCheck().then((m) => ({ default: m.StageCheckScreen })));
const NotCoveredScreen = lazy(() => later.notCovered().then((m) => ({ default: m.NotCoveredScreen })));
const OutcomeScreen = lazy(() => later.outcome().then((m) => ({ default: m.OutcomeScreen })));
const ChildPughCalculatorScreen = lazy(() => later.calculator().then((m) => ({ default: m.ChildPughCalculatorScreen })));
const DownstagingScreen = lazy(() => later.reference().then((m) => ({ default: m.DownstagingScreen })));
const IfRecurrentScreen = lazy(() => later.reference().then((m) => ({ default: m.IfRecurrentScreen })));
const ValuesScreen = lazy(() => later.values().then((m) => ({ default: m.ValuesScreen })));
const GlossaryScreen = lazy(() => later.glossary().then((m) => ({ default: m.GlossaryScreen })));
const HandoutScreen = lazy(() => whenUsed.handout().then((m) => ({ default: m.HandoutScreen })));
const OverviewScreen = lazy(() => whenUsed.overview().then((m) => ({ default: m.OverviewScreen })));
const AboutScreen = lazy(() => later.about().then((m) => ({ default: m.AboutScreen })));

/** Fetches the screens that are not on the first page, so a later step never waits on the network. */
export function prefetchScreens(): Promise<unknown> {
  return Promise.all(Object.values(later).map((load) => load()));
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
