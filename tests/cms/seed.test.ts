/**
 * The demo content: loaded through the real CMS (on PostgreSQL; on SQLite too in the deep run), as
 * much as the issue asks for, translated in part, marked as demo, and idempotent (a second run
 * writes nothing). The run's `demo` template is that load: tests/support/templates.ts runs
 * `npm start`'s seed step (cms/dist/scripts/seed.js --if-empty) on an empty database of each
 * kind. The checks read its copy, then run the seed again on it. The last block checks that the
 * CMS's own start loads nothing, and what the script said.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { ALL_TYPES, CONTENT_TYPES, LOCALES, populateOf, populateQuery, uidOf, type Locale } from '@cchc/content-types';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { CMS_DIR } from '../support/paths';
import { runSeedScript } from '../support/demo';
import { DEMO_BOOT_TIMEOUT_MS, SEED_OUTPUT, templatesDir } from '../support/templates';

type Counts = Record<string, Record<Locale, number>>;
interface SeedModule {
  seedDemoContent: (strapi: unknown) => Promise<{ documents: Counts; created: Counts; published: Counts; media: { created: number; reused: number } }>;
  EXPECTED_MINIMUM_COUNTS: Counts;
  DEMO_DRAFT_ARTICLE_SLUG: string;
}
const require = createRequire(import.meta.url);
const seed = (): SeedModule => require(join(CMS_DIR, 'dist', 'src', 'seed', 'index.js')) as SeedModule;

const total = (counts: Counts) =>
  Object.values(counts).reduce((sum, row) => sum + LOCALES.reduce((s, l) => s + (row[l] ?? 0), 0), 0);

describe.each<DatabaseKind>(EITHER_DATABASE)('demo seed on %s', (database) => {
  let cms: RunningCms;

  beforeAll(async () => {
    cms = await bootCms(database, {}, { from: 'demo' });
  }, DEMO_BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await cms?.stop();
  });

  it('loads at least what the issue asks for, in every locale', async () => {
    const minimum = seed().EXPECTED_MINIMUM_COUNTS;
    expect(minimum.article!.vi).toBeGreaterThanOrEqual(40);
    expect(minimum['good-practice']!.vi).toBeGreaterThanOrEqual(10);
    expect(minimum.event!.vi).toBeGreaterThanOrEqual(12);
    expect(minimum['training-material']!.vi).toBeGreaterThanOrEqual(12);
    for (const type of ALL_TYPES) {
      for (const locale of LOCALES) {
        const drafts = await cms.strapi.db
          .query(uidOf(type.name) as UID.Schema)
          .count({ where: { locale, publishedAt: null } });
        expect(drafts, `${type.name} ${locale}`).toBeGreaterThanOrEqual(minimum[type.name]![locale]);
      }
    }
    // A fair share of the content is translated into Khmer and English.
    for (const type of CONTENT_TYPES) {
      const vi = minimum[type.name]!.vi;
      expect(minimum[type.name]!.km / vi, type.name).toBeGreaterThanOrEqual(0.25);
      expect(minimum[type.name]!.en / vi, type.name).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('marks every content document as demo content', async () => {
    for (const type of CONTENT_TYPES) {
      const notDemo = await cms.strapi.db.query(uidOf(type.name) as UID.Schema).count({ where: { isDemo: false } });
      expect(notDemo, type.name).toBe(0);
    }
  });

  it('publishes the content with its media, and keeps the draft in review hidden', async () => {
    const res = await fetch(`${cms.url}/api/articles?locale=vi&pagination[pageSize]=100&${populateQuery(populateOf('article'))}`);
    const body = (await res.json()) as { data: { slug: string; cover: { image: { url: string; mime: string } }; agency: unknown }[] };
    // The demo's editorial desk (part of the demo template) withdrew a few: they were loaded too.
    const { readRecords } = require(join(CMS_DIR, 'dist', 'src', 'workflow', 'store.js')) as typeof import('../../cms/src/workflow/store');
    const withdrawn = (await readRecords(cms.strapi, { type: 'article', states: ['unpublished', 'archived'] })).filter((r) => r.locale === 'vi');
    expect(body.data.length + withdrawn.length).toBeGreaterThanOrEqual(40);
    for (const article of body.data) {
      expect(article.cover.image.mime, article.slug).toMatch(/^image\//);
      expect(article.agency, article.slug).toBeTruthy();
    }
    expect(body.data.map((a) => a.slug)).not.toContain(seed().DEMO_DRAFT_ARTICLE_SLUG);
    const image = await fetch(`${cms.url}${body.data[0]!.cover.image.url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('cache-control')).toMatch(/max-age=\d{6,}/);

    const materials = await fetch(`${cms.url}/api/training-materials?locale=vi&${populateQuery(populateOf('training-material'))}`);
    const files = ((await materials.json()) as { data: { files: { file: { mime: string } }[] }[] }).data.flatMap((m) => m.files);
    expect(files.some((f) => f.file.mime === 'application/pdf')).toBe(true);
  });

  it('gives each translation the same structure as the Vietnamese document', async () => {
    const uid = uidOf('event') as UID.ContentType;
    const viEvents = (await cms.strapi.documents(uid).findMany({ locale: 'vi', populate: ['agency', 'audiences', 'reportArticle'] } as never)) as unknown as {
      documentId: string; startsAt: string; eventStatus: string; agency: { documentId: string }; audiences: { documentId: string }[];
    }[];
    let compared = 0;
    for (const vi of viEvents) {
      for (const locale of ['km', 'en'] as const) {
        const other = (await cms.strapi.documents(uid).findOne({ documentId: vi.documentId, locale, populate: ['agency', 'audiences'] } as never)) as unknown as typeof vi | null;
        if (!other) continue;
        compared++;
        expect(other.startsAt).toBe(vi.startsAt);
        expect(other.eventStatus).toBe(vi.eventStatus);
        expect(other.agency.documentId).toBe(vi.agency.documentId);
        expect(other.audiences.map((a) => a.documentId).sort()).toEqual(vi.audiences.map((a) => a.documentId).sort());
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('is idempotent: a second run writes and uploads nothing', async () => {
    const files = () => cms.strapi.db.query('plugin::upload.file').count();
    const before = await files();
    const second = await seed().seedDemoContent(cms.strapi);
    expect(total(second.created)).toBe(0);
    // Nor publishes again what the editorial desk withdrew.
    expect(total(second.published)).toBe(0);
    expect(second.media.created).toBe(0);
    expect(total(second.documents)).toBeGreaterThanOrEqual(total(seed().EXPECTED_MINIMUM_COUNTS));
    expect(await files()).toBe(before);
  });

  it('writes nothing with --if-empty, as `npm start` runs it, into a database that holds content', async () => {
    const count = async () => [await cms.strapi.db.query('api::article.article' as UID.Schema).count(), await cms.strapi.db.query('plugin::upload.file').count()];
    const before = await count();
    // Beside the running CMS, on its database (this boot's settings are in process.env).
    const { code, output } = await runSeedScript(['--if-empty'], { ...process.env });
    expect(code, output).toBe(0);
    expect(output).toContain('the database holds content already: nothing loaded');
    expect(await count()).toEqual(before);
  });

  it('has an editorial desk: demo users in each role and documents in every workflow state, once', async () => {
    const { seedEditorialDemo } = require(join(CMS_DIR, 'dist', 'src', 'seed', 'editorial-demo.js')) as {
      seedEditorialDemo: (strapi: unknown) => Promise<void>;
    };
    const { DEMO_USERS, DEMO_PASSWORD } = require(join(CMS_DIR, 'dist', 'src', 'seed', 'demo-users.js')) as {
      DEMO_USERS: { email: string; role: string }[];
      DEMO_PASSWORD: string;
    };
    const { readRecords } = require(join(CMS_DIR, 'dist', 'src', 'workflow', 'store.js')) as typeof import('../../cms/src/workflow/store');
    const { readEvents } = require(join(CMS_DIR, 'dist', 'src', 'events', 'log.js')) as typeof import('../../cms/src/events/log');
    await seedEditorialDemo(cms.strapi);

    const states = new Set((await readRecords(cms.strapi, {})).map((r) => r.state));
    for (const state of ['draft', 'submitted', 'changes-requested', 'approved', 'published', 'unpublished', 'archived']) {
      expect(states, state).toContain(state);
    }
    // Three agencies' authors, two editors, two translators; each logs in with the demo password.
    const roles = DEMO_USERS.map((u) => u.role);
    expect(roles.filter((r) => r === 'cchc-author')).toHaveLength(3);
    expect(roles.filter((r) => r === 'cchc-editor')).toHaveLength(2);
    for (const user of DEMO_USERS) {
      const login = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }),
      });
      expect(login.status, user.email).toBe(200);
    }
    // A document published three times, the last one a major change with its note.
    const events = await readEvents(cms.strapi, 0, 100_000);
    const publishes = new Map<string, typeof events>();
    for (const e of events.filter((e) => e.action === 'publish' && e.locale === 'vi')) publishes.set(e.documentId, [...(publishes.get(e.documentId) ?? []), e]);
    const thrice = [...publishes.values()].find((list) => list.length === 3);
    expect(thrice?.at(-1)?.publish).toEqual({ major: true, changeNote: 'Bổ sung kết quả năm 2026.' });
    expect(thrice?.at(-2)?.publish).toEqual({ major: false });

    // And one approved document waits, scheduled, for its publication.
    const pending = await cms.strapi.db.connection('document_schedules').where({ state: 'pending', action: 'publish' }).count({ n: '*' });
    expect(Number((pending[0] as { n: number | string }).n)).toBe(1);

    const count = events.length;
    await seedEditorialDemo(cms.strapi);
    expect((await readEvents(cms.strapi, 0, 100_000)).length).toBe(count);
  });
});

describe('the demo is loaded by `npm run seed`, which `npm start` runs; never by the CMS itself', () => {
  it('leaves an empty database empty when the CMS starts, outside production too', async () => {
    // NODE_ENV unset is development: where the CMS's own start once loaded the demo.
    const cms = await bootCms('sqlite', { NODE_ENV: 'development' });
    try {
      expect(await cms.strapi.db.query('api::article.article' as UID.Schema).count()).toBe(0);
      expect(await cms.strapi.db.query('api::agency.agency' as UID.Schema).count()).toBe(0);
      const { DEMO_USERS } = require(join(CMS_DIR, 'dist', 'src', 'seed', 'demo-users.js')) as { DEMO_USERS: { email: string }[] };
      expect(await cms.strapi.db.query('admin::user').count({ where: { email: { $in: DEMO_USERS.map((u) => u.email) } } })).toBe(0);
    } finally {
      await cms.stop();
    }
  });

  it(`made this run's demo template: its --if-empty run, as \`npm start\` runs it, on an empty database`, () => {
    // The checks above read a copy of what it loaded; this is what it said while loading it.
    const output = readFileSync(join(templatesDir()!, `${EITHER_DATABASE[0]}-demo`, SEED_OUTPUT), 'utf8');
    expect(output).toContain('[seed] loading the demo content');
    expect(output).toMatch(/\[seed\]\s+article\s+present: vi \d+/);
    expect(output).toContain('[seed] editorial desk: demo users and documents in every workflow state');
  });

  it('refuses an option it does not know, with its usage, before it touches a database', async () => {
    const { code, output } = await runSeedScript(['--force'], { ...process.env, DATABASE_CLIENT: 'nothing-here' });
    expect(code).toBe(1);
    expect(output).toContain('unknown option --force; usage: npm run seed [-- --if-empty]');
  });
});
