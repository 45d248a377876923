// The development-only pseudo-languages change the words, never the placeholders or tags.
import { describe, expect, it } from 'vitest';
import { pseudoTranslate } from '../src/i18n/pseudo';

const english = { title: 'Check {{page}} <strong>now</strong>', nested: { label: 'Back' } };

describe('pseudo-languages', () => {
  it('en-XA accents and lengthens the words, keeping placeholders and tags', () => {
    const result = pseudoTranslate('en-XA', english) as typeof english;
    expect(result.title).toContain('{{page}}');
    expect(result.title).toContain('<strong>');
    expect(result.title).not.toContain('Check');
    expect(result.nested.label.length).toBeGreaterThan('Back'.length);
  });

  it('ar-XB wraps every text in a right-to-left override, keeping placeholders', () => {
    const result = pseudoTranslate('ar-XB', english) as typeof english;
    expect(result.nested.label).toBe('\u202EBack\u202C');
    expect(result.title).toContain('{{page}}');
  });
});
