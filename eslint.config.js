// typescript-eslint with type information for src/ and test/: the recommended rules, plus the two that catch the
// bugs this codebase can least afford (a promise nobody awaits loses a write error; a switch that misses a new
// kind of difference or error silently does nothing).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'site/**',
      'coverage/**',
      'bench/.data/**',
      'bench/tools/node_modules/**',
      'src/**/generated/**',
      'test/**/fixtures/**',
      'test/**/golden/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // procmap finds, escapes and refuses control characters in officers' text: its patterns name them on purpose.
      'no-control-regex': 'off',
      // Patterns that match fixed indentation and column gaps read better with the spaces written out.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
        globalThis: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
  },
  {
    // The entry and its loader are CommonJS (bin/package.json): require() is how they load.
    files: ['bin/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
