// What matters to you (values clarification): optional, offered from every outcome; kept with the
// answers; shown beside the options; it never changes, filters or ranks them.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Answers } from '../src/flow/answers';
import { parseStoredAnswers, serializeAnswers, storageKey } from '../src/flow/persistence';
import { outcomeFor } from '../src/flow/rules';
import { otherMaxLength } from '../src/flow/values';
import { en, heading, renderApp } from './render';

const answers: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
const v = (key: string, options?: Record<string, unknown>) => en(`outcomes:values.${key}`, options);

async function openOutcome(kept = answers) {
  window.sessionStorage.setItem(storageKey, serializeAnswers(kept));
  const view = await renderApp(`#/${outcomeFor(kept)}`);
  return view;
}

const statement = (id: string) => screen.getByRole('group', { name: v(`statements.${id}`) });

describe('what matters to you', () => {
  it('is offered from an outcome, rated by keyboard and mouse, kept as it is given, and shown beside the unchanged options', async () => {
    const { user } = await openOutcome();
    const optionsBefore = screen.getAllByRole('article').map((card) => card.getAttribute('aria-labelledby'));
    await user.click(screen.getByRole('link', { name: v('offer') }));
    expect(await screen.findByRole('heading', { level: 1, name: `${v('caption')}${v('title')}` })).toHaveFocus();
    expect(screen.getByText(v('changesNothing'))).toBeInTheDocument();
    await user.click(within(statement('liveLonger')).getByLabelText(v('levels.very')));
    await user.click(within(statement('closeToHome')).getByLabelText(v('levels.notImportant')));
    // Keyboard: arrow keys move between the levels of one statement.
    within(statement('avoidSideEffects')).getByLabelText(v('levels.notImportant')).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(statement('avoidSideEffects')).getByLabelText(v('levels.somewhat'))).toBeChecked();
    await user.type(screen.getByLabelText(v('otherLabel')), 'Being home for my garden');
    expect(within(statement('liveLonger')).getByLabelText(v('levels.very'))).toBeChecked();
    const kept = parseStoredAnswers(window.sessionStorage.getItem(storageKey));
    expect(kept.values).toEqual({
      ratings: { liveLonger: 'very', closeToHome: 'notImportant', avoidSideEffects: 'somewhat' },
      other: 'Being home for my garden',
    });
    expect(kept.answers).toEqual(answers);
    await user.click(screen.getByRole('button', { name: v('done') }));
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(en('outcomes:titles.advanced')) })).toBeInTheDocument();
    const section = screen.getByRole('region', { name: v('summaryHeading') });
    expect(within(section).getByText(v('levels.very')).nextElementSibling).toHaveTextContent(v('statements.liveLonger'));
    expect(within(section).getByText('Being home for my garden')).toBeInTheDocument();
    expect(screen.getAllByRole('article').map((card) => card.getAttribute('aria-labelledby'))).toEqual(optionsBefore);
  });

  it('survives a reload and comes back on the page, and "Clear" forgets it', async () => {
    window.sessionStorage.setItem(
      storageKey,
      serializeAnswers(answers, { ratings: { dailyLife: 'very' }, other: 'Work' }),
    );
    const { user } = await renderApp('#/values');
    expect(within(statement('dailyLife')).getByLabelText(v('levels.very'))).toBeChecked();
    expect(screen.getByLabelText(v('otherLabel'))).toHaveValue('Work');
    await user.click(screen.getByRole('button', { name: v('clear') }));
    expect(within(statement('dailyLife')).getByLabelText(v('levels.very'))).not.toBeChecked();
    expect(screen.getByLabelText(v('otherLabel'))).toHaveValue('');
    expect(parseStoredAnswers(window.sessionStorage.getItem(storageKey)).values).toEqual({ ratings: {}, other: '' });
  });

  it('keeps no more of its own words than the page allows', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers(answers));
    const { user } = await renderApp('#/values');
    const box = screen.getByLabelText(v('otherLabel'));
    expect(box).toHaveAttribute('maxlength', String(otherMaxLength));
    expect(box).toHaveAccessibleDescription(v('otherHint', { count: otherMaxLength }));
    await user.click(box);
    await user.paste('x'.repeat(otherMaxLength + 20));
    expect((box as HTMLTextAreaElement).value).toHaveLength(otherMaxLength);
  });

  it('is forgotten by Start again, with the answers', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers(answers, { ratings: { liveLonger: 'somewhat' }, other: '' }));
    const { user } = await renderApp('#/advanced');
    expect(screen.getByRole('region', { name: v('summaryHeading') })).toHaveTextContent(v('statements.liveLonger'));
    await user.click(screen.getByRole('button', { name: en('actions.startAgain') }));
    await user.click(screen.getByRole('button', { name: en('startAgainConfirm.yes') }));
    await waitFor(() => expect(heading()).toHaveTextContent(en('start.title')));
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
  });

  it('cannot be opened before there is an outcome', async () => {
    await renderApp('#/values');
    expect(heading()).not.toHaveTextContent(v('title'));
  });
});
