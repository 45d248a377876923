// The Child-Pugh calculator as a person uses it (clinical-map: Child-Pugh score, "work it out"):
// a result never outlives the inputs it came from, and a message names what was entered.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import { en, heading, renderApp } from './render';

const c = (key: string, options?: Record<string, unknown>) => en(`calculator:${key}`, options);

async function openCalculator() {
  window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first', stage: 'four' }));
  const view = await renderApp('#/childPughCalculator');
  expect(heading()).toHaveTextContent(c('title'));
  return view;
}

async function fill(user: Awaited<ReturnType<typeof openCalculator>>['user'], values: { bilirubin: string; albumin: string; inr: string }) {
  await user.type(screen.getByRole('textbox', { name: c('fields.bilirubin.label') }), values.bilirubin);
  await user.type(screen.getByRole('textbox', { name: c('fields.albumin.label') }), values.albumin);
  await user.type(screen.getByRole('textbox', { name: c('fields.inr.label') }), values.inr);
  await user.click(screen.getAllByLabelText(c('ascites.none'))[0]!);
  await user.click(screen.getAllByLabelText(c('encephalopathy.none'))[1]!);
}

describe('the Child-Pugh calculator', () => {
  it('withdraws a result as soon as a field changes, so a stale class can never be used', async () => {
    const { user } = await openCalculator();
    await fill(user, { bilirubin: '1', albumin: '4', inr: '1' });
    await user.click(screen.getByRole('button', { name: c('calculate') }));
    expect(screen.getByText(c('result.score', { points: 5, childPughClass: 'A' }))).toBeInTheDocument();
    const bilirubin = screen.getByRole('textbox', { name: c('fields.bilirubin.label') });
    await user.clear(bilirubin);
    await user.type(bilirubin, '5');
    expect(screen.queryByRole('button', { name: c('result.use', { childPughClass: 'A' }) })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: c('calculate') }));
    expect(screen.getByText(c('result.score', { points: 7, childPughClass: 'B' }))).toBeInTheDocument();
  });

  it('names the value and the unit that were entered, even after the unit is changed', async () => {
    const { user } = await openCalculator();
    await fill(user, { bilirubin: '1', albumin: '35', inr: '1' });
    await user.click(screen.getByRole('button', { name: c('calculate') }));
    const message = c('problems.implausible', { field: c('fields.albumin.label'), value: '35', unit: 'g/dL', min: '0.5', max: '7' });
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    await user.selectOptions(screen.getByRole('combobox', { name: c('unitFor', { field: c('fields.albumin.label') }) }), 'gPerL');
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByText(/35 g\/L is not/)).not.toBeInTheDocument();
  });

  it('refuses "1,234", which may be a thousands separator or a decimal comma', async () => {
    const { user } = await openCalculator();
    await fill(user, { bilirubin: '1,234', albumin: '4', inr: '1' });
    await user.click(screen.getByRole('button', { name: c('calculate') }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      c('problems.ambiguousSeparator', { field: c('fields.bilirubin.label'), value: '1,234' }),
    );
    expect(screen.queryByText(c('result.heading'))).not.toBeInTheDocument();
  });
});
