// Self-test of the local lint rule that keeps user-facing words in locales/.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import noLiteralJsxText from '../eslint/no-literal-jsx-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const literal = [{ messageId: 'literal' }];

ruleTester.run('no-literal-jsx-text', noLiteralJsxText, {
  valid: [
    { name: 'text from t()', code: `<p>{t('intro')}</p>` },
    { name: 'attribute from t()', code: `<nav aria-label={t('actions.back')} />` },
    { name: 'punctuation between translations', code: `<p>{t('a')}: {t('b')}</p>` },
    { name: 'a space in braces', code: `<p>{t('a')}{' '}<a href="#x">{t('b')}</a></p>` },
    { name: 'a comma list separator', code: `<span>{index > 0 && ', '}{name}</span>` },
    { name: 'template literal of translations and punctuation', code: '<label>{`${t(\'a\')}: ${t(\'b\')}`}</label>' },
    { name: 'attributes nobody reads', code: `<div className="panel" id="main-content" role="status" lang="en" />` },
    { name: 'title from a variable', code: `<PageHeading title={title} />` },
    { name: 'digits and symbols only', code: `<p>1 – 2 · 3</p>` },
    { name: 'a string passed to a function is not shown as-is', code: `<p>{t('result.use', { childPughClass: 'A' })}</p>` },
  ],
  invalid: [
    { name: 'text between tags', code: `<p>Hello</p>`, errors: literal },
    { name: 'non-Latin text between tags', code: `<p>肝癌</p>`, errors: literal },
    { name: 'letters mixed with punctuation', code: `<span>{t('a')}, or </span>`, errors: literal },
    { name: 'string literal child', code: `<p>{'Continue'}</p>`, errors: literal },
    { name: 'template literal child without expressions', code: '<p>{`Continue`}</p>', errors: literal },
    { name: 'template literal child with words around an expression', code: '<p>{`Step ${n}`}</p>', errors: literal },
    { name: 'both branches of a conditional', code: `<p>{ok ? 'Yes' : 'No'}</p>`, errors: [...literal, ...literal] },
    { name: 'right side of &&', code: `<p>{ok && 'Done'}</p>`, errors: literal },
    { name: 'alt text', code: `<img alt="A liver" src="x.svg" />`, errors: literal },
    { name: 'aria-label in braces', code: `<nav aria-label={'Back'} />`, errors: literal },
    { name: 'title on a component', code: `<PageHeading title="Check your answers" />`, errors: literal },
    { name: 'placeholder as template literal', code: '<input placeholder={`Type here`} />', errors: literal },
    { name: 'label', code: `<Field label="Albumin" />`, errors: literal },
    { name: 'aria-description', code: `<div aria-description="More" />`, errors: literal },
    { name: 'aria-roledescription', code: `<div aria-roledescription="slide" />`, errors: literal },
    { name: 'aria-valuetext', code: `<div aria-valuetext="Step 2 of 5" />`, errors: literal },
    { name: 'text inside a fragment', code: `<>Loading</>`, errors: literal },
  ],
});
