// The bare stack that npm run bench measures the app against: the same React, XState, @xstate/react,
// i18next and react-i18next, rendering one question with two answers and Continue. No app code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createActorContext } from '@xstate/react';
import { assign, setup } from 'xstate';

const machine = setup({
  types: { context: {} as { answer?: string }, events: {} as { type: 'ANSWER'; value: string } },
}).createMachine({
  context: {},
  initial: 'question',
  states: {
    question: { on: { ANSWER: { target: 'done', actions: assign({ answer: ({ event }) => event.value }) } } },
    done: {},
  },
});
const Wizard = createActorContext(machine);

function Question() {
  const { t } = useTranslation();
  const actor = Wizard.useActorRef();
  const done = Wizard.useSelector((snapshot) => snapshot.matches('done'));
  if (done) return <h1>{t('done')}</h1>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('origin');
        if (typeof value === 'string') actor.send({ type: 'ANSWER', value });
      }}
    >
      <h1>{t('title')}</h1>
      <label>
        <input type="radio" name="origin" value="yes" /> {t('yes')}
      </label>
      <label>
        <input type="radio" name="origin" value="no" /> {t('no')}
      </label>
      <button type="submit">{t('continue')}</button>
    </form>
  );
}

void i18next
  .use(initReactI18next)
  .init({
    lng: 'en',
    resources: {
      en: {
        translation: {
          title: 'Did the cancer start in the liver?',
          yes: 'Yes',
          no: 'No',
          continue: 'Continue',
          done: 'Thank you',
        },
      },
    },
  })
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Wizard.Provider>
          <Question />
        </Wizard.Provider>
      </StrictMode>,
    );
  });
