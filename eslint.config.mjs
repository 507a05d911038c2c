// `npm run lint`: typescript-eslint and eslint-plugin-astro on every source file (content is data, not linted),
// and eslint-plugin-boundaries for the layer order of src/lib (docs/architecture.md).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The rooms of src/lib, each a folder (docs/architecture.md says what goes where).
const ROOMS = [
  'site',
  'content',
  'validation',
  'model',
  'figures',
  'charts',
  'search',
  'outputs',
  'views',
  'scaffold',
  'import',
  'editor',
];

// The ground floor, which every room may use: paths and URLs, CSV and XML text, dates. No words, no model.
const GROUND = [
  { element: { type: 'schemas' } },
  {
    element: {
      type: 'site',
      fileInternalPath: [
        'paths.ts',
        'site-url.ts',
        'site-url-rules.ts',
        'environment.ts',
        'csv.ts',
        'xml-text.ts',
        'css-string.ts',
        'content-security.ts',
        'json-ld.ts',
        'responsive-images.ts',
        // The publishing date's parser, which the environment module checks STUDIO_BUILD_DATE with.
        'build-date.ts',
      ],
    },
  },
  { element: { type: 'model', fileInternalPath: 'dates.ts' } },
];
// Words: the i18n dictionary and formatting. Everyone above the model may say things; the model and what it stands on may not.
const WORDS = [
  { element: { type: 'site', fileInternalPath: ['i18n.ts', 'format.ts', 'award-labels.ts'] } },
];
const room = (type) => [{ element: { type } }];

// What each room may import besides itself and the ground, lowest first. A room not named here imports nothing else.
const MAY_IMPORT = {
  // site/ holds only the ground floor and the words: they stand on the schemas and on each other.
  site: [],
  // content reads and checks files against the schemas; validation checks the whole folder at once (its messages are words).
  content: [],
  validation: [...room('content'), ...WORDS],
  // The model: facts only, built from validated content. No words: a label is said by a view.
  model: room('content'),
  // One function per figure, from the model.
  figures: [...room('content'), ...room('model')],
  // Charts: the figures said as charts in a language (their data, titles, summaries, CSV, colours and file names).
  charts: [...room('content'), ...room('model'), ...room('figures'), ...WORDS],
  // Search records and outputs (feeds, open data, share cards, print) are said from the model and the figures.
  search: [...room('content'), ...room('model'), ...room('figures'), ...WORDS],
  outputs: [...room('content'), ...room('model'), ...room('figures'), ...WORDS],
  // The views, the only place facts become words: every room below them.
  views: [
    ...room('content'),
    ...room('model'),
    ...room('figures'),
    ...room('charts'),
    ...room('search'),
    ...room('outputs'),
    ...WORDS,
  ],
  // Tools beside the site: the scaffolder and the importer write files from the schemas; the editor serves them.
  scaffold: [...room('content'), ...WORDS],
  import: [...room('content'), ...room('scaffold'), ...WORDS],
  editor: [
    ...room('content'),
    ...room('validation'),
    ...room('model'),
    ...room('views'),
    ...room('outputs'),
    ...WORDS,
  ],
};

const layerPolicies = [
  ...Object.entries(MAY_IMPORT).map(([type, may]) => ({
    from: { element: { type } },
    allow: { to: [...room(type), ...GROUND, ...may] },
  })),
  // Words stand on the ground only: never on the model or anything above it.
  { from: WORDS, disallow: { to: ROOMS.filter((type) => type !== 'site').flatMap(room) } },
  { from: WORDS, allow: { to: GROUND } },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'node_modules/',
      '.astro/',
      'public/',
      'content/',
      'screenshots/',
      'test/.tmp/',
      'test/fixtures/',
      '.stryker-tmp/',
      'reports/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except those deliberately ignored with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Non-null assertions follow lookups the model has already guaranteed (an id validated as a reference).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A variable a cleanup handler reads before the build assigns it stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Comments quote Chinese text as printed, ideographic spaces included.
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
  {
    // The layer order of src/lib: every import runs down (docs/architecture.md).
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'schemas', pattern: 'src/schemas', partialMatch: false },
        ...ROOMS.map((type) => ({ type, pattern: `src/lib/${type}`, partialMatch: false })),
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
);
