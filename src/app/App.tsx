import { useCallback, useState } from 'react';
import { wizardMachine } from '../flow/machine';
import { BackLink } from '../components/BackLink';
import { keptStorage, useRemembering } from '../hooks/keeping';
import type { LanguageChoice } from '../i18n/chooseLanguage';
import { infoScreens, prefetchScreens, screens } from '../screens/registry';
import type { Boot } from './boot';
import { Layout } from './Layout';
import { useAddressSync } from './useAddressSync';
import { usePersistAnswers } from './usePersistAnswers';
import { Wizard, useStep } from '../hooks/wizard';

type Props = {
  start: Boot;
  languageNote?: LanguageChoice['note'];
  /** Whether the visit has already moved on from its first page (StartFirst hands the page over on leaving the start page). */
  navigated?: boolean;
  /** Called once, when the first screen has been shown (main.tsx then removes what index.html painted before). */
  onShown?: () => void;
};

/** The app, started from what boot() read once before the chart's first render. */
export function App({ start, ...props }: Props) {
  return (
    <Wizard.Provider logic={wizardMachine} options={{ snapshot: start.snapshot }}>
      <Flow initialNotice={start.notice} {...props} />
    </Wizard.Provider>
  );
}

type FlowProps = Omit<Props, 'start'> & { initialNotice: Boot['notice'] };

/** Each step of the chart (or the info page the address names) in the page around it. */
function Flow({ initialNotice, ...props }: FlowProps) {
  const step = useStep();
  const [notice, setNotice] = useState(initialNotice);
  const showStepNotAvailable = useCallback(() => setNotice('stepNotAvailable'), []);
  const dismissNotice = useCallback(() => setNotice(undefined), []);
  const page = useAddressSync(showStepNotAvailable);
  // sessionStorage unless the person chose to remember their answers on this device.
  const keeping = useRemembering();
  usePersistAnswers(keptStorage(keeping.remembering));
  const Screen = page ? infoScreens[page] : screens[step];

  return (
    <Layout
      place={page ?? step}
      onStep={!page}
      back={<BackLink />}
      keeping={keeping}
      notice={notice}
      onDismissNotice={dismissNotice}
      prefetch={prefetchScreens}
      {...props}
    >
      <Screen key={page ?? step} />
    </Layout>
  );
}
