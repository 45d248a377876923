// One state, one screen: every step of the machine maps to exactly one screen. A step without a
// screen, or a screen without a step, fails the type check. Info pages (About) have their own map.
import type { ComponentType } from 'react';
import type { InfoPageId } from '../app/location';
import type { StepId } from '../flow/steps';
import { AboutScreen } from './AboutScreen';
import { CheckAnswersScreen } from './CheckAnswersScreen';
import { ChildPughCalculatorScreen } from './ChildPughCalculatorScreen';
import { NotCoveredScreen } from './NotCoveredScreen';
import { OutcomeScreen } from './OutcomeScreen';
import { QuestionScreen } from './QuestionScreen';
import { DownstagingScreen, IfRecurrentScreen } from './ReferenceScreens';
import { StageCheckScreen } from './StageCheckScreen';
import { StartScreen } from './StartScreen';

export const screens: { readonly [S in StepId]: ComponentType } = {
  start: StartScreen,
  origin: () => <QuestionScreen question="origin" />,
  history: () => <QuestionScreen question="history" />,
  stage: () => <QuestionScreen question="stage" />,
  spread: () => <QuestionScreen question="spread" />,
  liverHealth: () => <QuestionScreen question="liverHealth" />,
  barriers: () => <QuestionScreen question="barriers" />,
  liverFunction: () => <QuestionScreen question="liverFunction" />,
  drugLine: () => <QuestionScreen question="drugLine" />,
  recurrenceSite: () => <QuestionScreen question="recurrenceSite" />,
  firstTreatment: () => <QuestionScreen question="firstTreatment" />,
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
};

export const infoScreens: { readonly [P in InfoPageId]: ComponentType } = {
  about: AboutScreen,
};
