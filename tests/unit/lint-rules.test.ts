/**
 * The project's own lint rules (eslint.config.js) really fire: small snippets linted as if they
 * were files at the paths where each rule applies, and at paths where it does not. Each rule is
 * a built-in rule with a selector, and a selector that matches nothing fails silently: this is
 * what would notice. Whether the real tree lints clean is `npm run lint`'s job (CI runs it).
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const eslint = new ESLint({ cwd: ROOT });

interface Finding {
  ruleId: string | null;
  message: string;
}

/** The findings for `code` as if it were the file at `path` (relative to the root). */
async function lint(path: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path), warnIgnored: true });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

/** An .astro file whose frontmatter is `frontmatter`. */
const astro = (frontmatter: string) => `---\n${frontmatter}\n---\n<p>{1}</p>\n`;

describe('rule 1: no astro:* in site/src/lib/', () => {
  const fires = { message: expect.stringContaining('astro:*') };

  it.each([
    ['a value import', "import { getCollection } from 'astro:content';\nexport const all = getCollection;", 'no-restricted-imports'],
    ['a type import', "import type { CollectionEntry } from 'astro:content';\nexport type E = CollectionEntry<'x'>;", 'no-restricted-imports'],
    ['a re-export', "export { Image } from 'astro:assets';", 'no-restricted-imports'],
    ['a dynamic import', "export const load = () => import('astro:content');", 'no-restricted-syntax'],
  ])('refuses %s', async (_, code, ruleId) => {
    expect(await lint('site/src/lib/example.ts', code)).toEqual([{ ruleId, ...fires }]);
    expect(await lint('site/src/lib/assets/example.ts', code)).toEqual([{ ruleId, ...fires }]);
  });

  it("allows a type from 'astro' itself (feeds.ts), and astro:* outside lib/", async () => {
    expect(await lint('site/src/lib/example.ts', "import type { APIContext } from 'astro';\nexport type C = APIContext;")).toEqual([]);
    expect(await lint('site/src/components/Example.astro', astro("import { Image } from 'astro:assets';\nconst i = Image;"))).toEqual([]);
    expect(await lint('site/src/pages/example.ts', "import { getCollection } from 'astro:content';\nexport const all = getCollection;")).toEqual([]);
  });
});

describe('rule 2: pages, layouts and components read content only through content.ts', () => {
  const fires = { message: expect.stringContaining('site/src/lib/content.ts') };

  it.each([
    ['site/src/pages/[...path].astro', astro("import { content } from '../lib/content-source.ts';\nconst c = content;")],
    ['site/src/pages/[...base]/rss.xml.ts', "import { fetchAll } from '../../lib/cms-client';\nexport const f = fetchAll;"],
    ['site/src/components/views/HomeView.astro', astro("import { content } from '../../lib/content-source';\nconst c = content;")],
    ['site/src/layouts/Base.astro', astro("import { originalFile } from '../lib/assets/originals.ts';\nconst o = originalFile;")],
  ])('refuses a raw reader imported by %s', async (path, code) => {
    expect(await lint(path, code)).toEqual([{ ruleId: 'no-restricted-imports', ...fires }]);
  });

  it('refuses a dynamic import of a raw reader, and fetch', async () => {
    expect(await lint('site/src/pages/example.ts', "export const load = () => import('../lib/cms-client.ts');")).toEqual([
      { ruleId: 'no-restricted-syntax', ...fires },
    ]);
    expect(await lint('site/src/components/Example.astro', astro("const r = await fetch('http://127.0.0.1:1337/api/articles');"))).toEqual([
      { ruleId: 'no-restricted-globals', ...fires },
    ]);
  });

  it('allows content.ts and the lib modules built on it, and the raw readers outside pages', async () => {
    const page = astro("import { pageAt } from '../lib/site-paths';\nimport { itemDate } from '../lib/content';\nimport { pictureOf } from '../lib/images';\nconst x = [pageAt, itemDate, pictureOf];");
    expect(await lint('site/src/pages/[...path].astro', page)).toEqual([]);
    // The middleware and the integrations set the snapshot up; lib's own modules read it.
    expect(await lint('site/src/middleware.ts', "import { content } from './lib/content-source.ts';\nexport const c = content;")).toEqual([]);
    expect(await lint('site/src/integrations/build-start.ts', "import { content } from '../lib/content-source.ts';\nexport const c = content;")).toEqual([]);
    expect(await lint('site/src/lib/content.ts', "import { content } from './content-source.ts';\nexport const c = content;")).toEqual([]);
  });
});

describe('rule 3: raw tables in cms/src/ only through onTable', () => {
  const fires = { ruleId: 'no-restricted-syntax', message: expect.stringContaining('onTable') };
  const module = (body: string) => `import type { Core } from '@strapi/strapi';\nexport async function f(strapi: Core.Strapi) {\n  ${body}\n}\n`;

  it.each([
    ['getConnection', module("return strapi.db.getConnection('document_events').where({ id: 1 });")],
    ['a knex call', module("return strapi.db.connection('document_events').first();")],
    ['raw SQL', module("return strapi.db.connection.raw('select 1');")],
    ['this.strapi', "export class C {\n  constructor(private readonly strapi: { db: any }) {}\n  rows() { return this.strapi.db.getConnection('t'); }\n}\n"],
    ['a destructured connection', module('const { connection } = strapi.db;\n  return connection;')],
  ])('refuses %s', async (_, code) => {
    expect(await lint('cms/src/example/store.ts', code)).toEqual([fires]);
  });

  it('refuses knex imported as a value, not as a type', async () => {
    expect(await lint('cms/src/example/store.ts', "import knex from 'knex';\nexport const k = knex;")).toEqual([fires]);
    expect(await lint('cms/src/example/store.ts', "import type { Knex } from 'knex';\nexport type K = Knex;")).toEqual([]);
  });

  it('allows onTable, Strapi query APIs and DDL at start', async () => {
    const code = `import { onTable } from '../database/own-tables';\n${module(
      "await strapi.db.getSchemaConnection().hasTable('t');\n  await strapi.db.query('api::article.article').findMany();\n  return onTable(strapi, 't', (q) => q.where({ id: 1 }));",
    )}`;
    expect(await lint('cms/src/example/store.ts', code)).toEqual([]);
  });

  it('allows the helper itself and the trigger installer, and code outside cms/src/', async () => {
    const raw = module("await strapi.db.connection.raw('select 1');\n  return strapi.db.getConnection('t');");
    expect(await lint('cms/src/database/own-tables.ts', raw)).toEqual([]);
    expect(await lint('cms/src/database/append-only.ts', raw)).toEqual([]);
    expect(await lint('tests/cms/example.test.ts', raw)).toEqual([]);
    expect(await lint('cms/scripts/example.ts', raw)).toEqual([]);
  });
});

describe('rule 4: the admin panel imports the browser-safe model only', () => {
  const fires = { ruleId: '@typescript-eslint/no-restricted-imports', message: expect.stringContaining('@cchc/content-types/model only') };

  it.each([
    ['the root', "import { TIME_ZONE } from '@cchc/content-types';\nexport const z = TIME_ZONE;"],
    ['the press formats', "import { toNinjs } from '@cchc/content-types/press';\nexport const n = toNinjs;"],
    ['the publisher protocol', "export { PREVIEW_PATH } from '@cchc/content-types/site-publisher';"],
    ['a file of the build', "import { TIME_ZONE } from '@cchc/content-types/dist/province-time';\nexport const z = TIME_ZONE;"],
  ])('refuses %s', async (_, code) => {
    expect(await lint('cms/src/admin/workflow/example.ts', code)).toEqual([fires]);
  });

  it('allows /model, a type from any part, and the root outside the admin', async () => {
    expect(await lint('cms/src/admin/workflow/example.ts', "import { TIME_ZONE } from '@cchc/content-types/model';\nexport const z = TIME_ZONE;")).toEqual([]);
    expect(await lint('cms/src/admin/press/example.ts', "import type { PressItem } from '@cchc/content-types/press';\nexport type P = PressItem;")).toEqual([]);
    expect(await lint('cms/src/workflow/example.ts', "import { TIME_ZONE } from '@cchc/content-types';\nexport const z = TIME_ZONE;")).toEqual([]);
  });
});
