// ESLint: typescript-eslint (type-aware) and no-unsanitized (no HTML sinks fed with page text).
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-e2e/', 'artifacts/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the extension runs no dynamic code.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is rendered as text only.' },
      ],
    },
  },
);
