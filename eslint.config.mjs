import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  // test/consumer/: apps that use the packed package (scripts/consumer.mjs), with lines that are wrong on purpose.
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'audit-report/', 'node_modules/', '**/*.d.ts', 'test/consumer/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    files: ['*.mjs', '*.js', 'scripts/**', 'test/node/**', '.ci/**', 'src/theme-builder/node/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
