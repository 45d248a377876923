// One state, one screen: every step of the machine maps to exactly one screen. A step without a
// screen, or a screen without a step, fails the type check.
import type { ComponentType } from 'react';
import type { StepId } from '../flow/steps';
import { CheckAnswersScreen } from './CheckAnswersScreen';
import { ChildPughCalculatorScreen } from './ChildPughCalculatorScreen';
import { OutcomeScreen } from './OutcomeScreen';
import { QuestionScreen } from './QuestionScreen';
import { DownstagingScreen, IfRecurrentScreen } from './ReferenceScreens';

export const screens: { readonly [S in StepId]: ComponentType } = {
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
  downstaging: DownstagingScreen,
  ifRecurrent: IfRecurrentScreen,
};
