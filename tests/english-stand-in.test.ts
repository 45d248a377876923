// A translation that lacks a key shows the English text, and English is downloaded only then:
// here in Node, with the real backend, nothing preloaded and no handler replaced.
import { describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../src/i18n/i18n';

describe('the English stand-in for a missing translation', () => {
  it('is downloaded only when a key turns out to be missing, then shown in its place', async () => {
    await initI18n('es');
    expect(i18next.hasResourceBundle('en', 'common')).toBe(false);
    const spanish = i18next.getResourceBundle('es', 'common') as { actions: Record<string, string> };
    delete spanish.actions.continue;
    expect(i18next.t('actions.back')).not.toBe('Back');
    expect(i18next.hasResourceBundle('en', 'common')).toBe(false);
    i18next.t('actions.continue');
    await vi.waitFor(() => expect(i18next.hasResourceBundle('en', 'common')).toBe(true));
    expect(i18next.t('actions.continue')).toBe('Continue');
  });
});
