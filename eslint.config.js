/**
 * ESLint: the rules that review used to check by hand (ARCHITECTURE.md, "Lint"). Each is a
 * built-in rule with a selector, so that its message names the rule of the project it guards.
 * tests/unit/lint-rules.test.ts shows that each one fires where it should and only there.
 *
 * Besides them, typescript-eslint's recommended set, less the rules that today's code breaks on
 * purpose: those of it that pass cost nothing and keep passing.
 */
import * as astroParser from 'astro-eslint-parser';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Rule 1: what site/src/lib/ may not import. */
const ASTRO_VIRTUAL = '^astro:';
const NO_ASTRO_IN_LIB =
  "site/src/lib/ is plain TypeScript that the publisher and the tests run in Node: Astro's virtual modules (astro:*) exist only inside an Astro build.";

/** Rule 2: the modules that read the CMS or hold the snapshot, which pages must not reach past content.ts. */
const RAW_CONTENT = '(^|/)lib/(cms-client|content-source|assets/originals)(\\.ts)?$';
const CONTENT_ONLY =
  'Pages, layouts and components read content only through site/src/lib/content.ts (and the lib modules built on it): it records each question a page asks, which is how the publisher knows what to render again.';

/** Rule 3: raw knex access to the database in cms/src/. */
const ON_TABLE =
  "Query tables through onTable (cms/src/database/own-tables.ts): a knex query from strapi.db.connection or getConnection does not join the caller's transaction, and on SQLite it then waits forever.";

/** Rule 4: what of the model package the admin panel's bundle may import. */
const MODEL_PACKAGE_BUT_MODEL = '^@cchc/content-types(?!/model$)';
const BROWSER_MODEL_ONLY =
  "The admin panel runs in the browser: from the model package it imports @cchc/content-types/model only (browser-safe); the root, /press and /site-publisher need Node (import type is fine).";

export default defineConfig(
  {
    // What git ignores (builds, caches, generated types, the site's snapshots), and the CMS's uploads.
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/dist-renderer/',
      '**/.astro/',
      '**/.tmp/',
      '**/.cache/',
      '**/.strapi/',
      '**/build/',
      'cms/types/generated/',
      'cms/public/',
      'site/.*/',
      '.runtime/',
      'bench-results/',
      'test-results/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  tseslint.configs.recommended,
  {
    rules: {
      // Off: each has findings today, mostly on purpose (Strapi internals cast to any, `_` for a
      // property left out of a copy, chai's `expect(x).to.be.true` in tests); not this work's.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // CommonJS on purpose (scripts/runtime/ runs before the project's Node is there).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      parser: astroParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] },
    },
  },

  // Rule 1: no astro:* in site/src/lib/. Only there: elsewhere in site/src it is at home, and
  // code that only Node runs (publisher/, server/) fails at once if it tries.
  {
    files: ['site/src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: ASTRO_VIRTUAL, message: NO_ASTRO_IN_LIB }] }],
      'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/${ASTRO_VIRTUAL}/]`, message: NO_ASTRO_IN_LIB }],
    },
  },

  // Rule 2: pages, and the layouts and components they render, never read the CMS or the
  // snapshot themselves (middleware.ts and integrations/ may: they set the snapshot up).
  {
    files: ['site/src/pages/**', 'site/src/layouts/**', 'site/src/components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: RAW_CONTENT, message: CONTENT_ONLY }] }],
      'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/${RAW_CONTENT.replaceAll('/', '\\/')}/]`, message: CONTENT_ONLY }],
      'no-restricted-globals': ['error', { name: 'fetch', message: CONTENT_ONLY }],
    },
  },

  // Rule 3: in cms/src/, raw table access only through onTable.
  {
    files: ['cms/src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // strapi.db.connection(…), strapi.db.connection.raw(…), strapi.db.getConnection(…), this.strapi.db…, db.…
        { selector: 'MemberExpression[property.name=/^(connection|getConnection)$/]:matches([object.name="db"], [object.property.name="db"])', message: ON_TABLE },
        // const { connection } = strapi.db
        { selector: 'VariableDeclarator:matches([init.name="db"], [init.property.name="db"]) > ObjectPattern > Property[key.name=/^(connection|getConnection)$/]', message: ON_TABLE },
        // knex(…) of our own
        { selector: 'ImportDeclaration[source.value="knex"][importKind!="type"]', message: ON_TABLE },
      ],
    },
  },
  {
    // The legitimate exceptions, each for one reason.
    files: [
      // The helper itself: the one door.
      'cms/src/database/own-tables.ts',
      // The append-only triggers: DDL in raw SQL, in a migration's transaction.
      'cms/src/database/append-only.ts',
      // The migration runner: it opens each migration's transaction and hands it in.
      'cms/src/database/migrations/runner.ts',
      // The start's advisory lock, on a connection of its own held for the whole start.
      'cms/src/database/start-lock.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },

  // Rule 4: the admin panel imports the browser-safe model only (content-types/README.md).
  {
    files: ['cms/src/admin/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: MODEL_PACKAGE_BUT_MODEL, message: BROWSER_MODEL_ONLY, allowTypeImports: true }] },
      ],
    },
  },
);
