// Lint: typescript-eslint's recommended rules, React hooks rules for the UI, and the rules that
// keep the layers of docs/ARCHITECTURE.md apart (scripts/eslint/layers.js) and the core pure.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import layers from './scripts/eslint/layers.js'

const noFocusedTests = {
  selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]",
  message: 'No focused or skipped tests: every test must run.',
}

/** What the simulation core must never touch: wall-clock time, ambient randomness, timers, hosts. */
export const simPurity = {
  'no-restricted-properties': ['error',
    { object: 'Date', property: 'now', message: 'The core runs in simulated time: use the kernel clock.' },
    { object: 'Math', property: 'random', message: 'The core is deterministic: use the seeded Rng.' },
    { object: 'performance', property: 'now', message: 'The core runs in simulated time: use the kernel clock.' },
  ],
  'no-restricted-globals': ['error',
    ...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'queueMicrotask',
      'requestAnimationFrame', 'window', 'document', 'self', 'globalThis', 'localStorage', 'performance',
      'process', 'console', 'fetch'].map((name) => ({ name, message: `src/sim is pure: no ${name} (DESIGN §2).` })),
  ],
  'no-restricted-syntax': ['error', noFocusedTests,
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the wall clock: pass a time.' },
    { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the wall clock: pass a time.' },
  ],
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/', 'src/ui/schema/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { local: { rules: { layers } } },
    rules: {
      'local/layers': 'error',
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noFocusedTests],
    },
  },
  { files: ['src/sim/**/*.ts'], rules: simPurity },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
)
