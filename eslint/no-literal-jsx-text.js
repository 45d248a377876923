// Local rule: user-facing words live only in locales/, so a translator finds every one of them.
// Rejects literal text in JSX: text between tags, string literals shown as children, and string
// literals given to attributes a person reads or hears. Punctuation and spaces (' ', ', ', ': ') pass.

const textAttributes = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'label',
]);

const hasLetter = (text) => /\p{L}/u.test(text);

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow literal user-facing text in JSX; it must come from locales/ through t()' },
    schema: [],
    messages: { literal: 'User-facing text must come from locales/ through t()' },
  },
  create(context) {
    const report = (node) => context.report({ node, messageId: 'literal' });

    /** Checks an expression shown to the user, following both branches of `a ? b : c` and `a && b`. */
    function checkShown(node) {
      if (!node) return;
      switch (node.type) {
        case 'Literal':
          if (typeof node.value === 'string' && hasLetter(node.value)) report(node);
          break;
        case 'TemplateLiteral':
          if (node.quasis.some((quasi) => hasLetter(quasi.value.cooked ?? quasi.value.raw))) report(node);
          break;
        case 'ConditionalExpression':
          checkShown(node.consequent);
          checkShown(node.alternate);
          break;
        case 'LogicalExpression':
          checkShown(node.right);
          if (node.operator !== '&&') checkShown(node.left);
          break;
      }
    }

    const isChild = (node) => node.parent?.type === 'JSXElement' || node.parent?.type === 'JSXFragment';

    return {
      JSXText(node) {
        if (hasLetter(node.value)) report(node);
      },
      JSXExpressionContainer(node) {
        if (isChild(node)) checkShown(node.expression);
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !textAttributes.has(node.name.name) || !node.value) return;
        if (node.value.type === 'JSXExpressionContainer') checkShown(node.value.expression);
        else checkShown(node.value);
      },
    };
  },
};
