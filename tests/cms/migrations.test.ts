/**
 * Our migrations (cms/src/database/migrations/) and the start lock (cms/src/database/start-lock.ts):
 * - three CMS processes started at once on an empty PostgreSQL database all come up; each
 *   migration is recorded once, each table and append-only trigger is there, and Strapi's and
 *   our first-start steps made nothing twice (roles, locales, the administrator);
 * - a database made before migrations (tables made by the old `ensure*` calls at start, no
 *   `cchc_migrations`, an event log without its later columns, cursors without leases)
 *   migrates cleanly and keeps its rows.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UID } from '@strapi/strapi';
import knex from 'knex';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uidOf } from '@cchc/content-types';
import { MIGRATIONS } from '../../cms/src/database/migrations';
import { createTestDatabase } from '../support/postgres';
import { startCmsProcess, stopProcess } from '../support/processes';
import { BOTH_DATABASES, bootCms, type DatabaseKind } from '../support/strapi';

const OUR_TABLES = [
  'document_events',
  'document_event_cursors',
  'audit_log',
  'document_versions',
  'workflow_states',
  'slug_redirects',
  'document_schedules',
  'site_publications',
  'admin_user_agencies',
  'press_outlets',
  'press_outlet_usage',
  'press_changes',
  'press_webhook_endpoints',
  'press_webhook_deliveries',
];

describe('three CMS processes starting at once on an empty PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: pg.Client;
  const children: ChildProcess[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const started = await Promise.allSettled(
      [1, 2, 3].map(() => startCmsProcess({ CMS_DATABASE: 'postgres', CMS_DATABASE_URL: database.url, CMS_SEED: 'none' })),
    );
    for (const outcome of started) if (outcome.status === 'fulfilled') children.push(outcome.value.child);
    const failed = started.filter((outcome) => outcome.status === 'rejected');
    if (failed.length) throw (failed[0] as PromiseRejectedResult).reason;
    for (const outcome of started) if (outcome.status === 'fulfilled') urls.push(outcome.value.url);
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await db?.end();
    await database?.drop();
  });

  const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

  it('all three serve', async () => {
    expect(urls).toHaveLength(3);
    for (const url of urls) expect((await fetch(`${url}/_health`)).status).toBe(204);
  });

  it('records each migration once, in order', async () => {
    const recorded = await rows<{ id: string }>('SELECT id FROM cchc_migrations ORDER BY ran_at, id');
    expect(recorded.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('made every table of ours, and the append-only triggers', async () => {
    const tables = await rows<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(OUR_TABLES));
    const triggers = await rows<{ trigger_name: string }>(`SELECT DISTINCT trigger_name FROM information_schema.triggers`);
    expect(triggers.map((t) => t.trigger_name)).toEqual(
      expect.arrayContaining(['document_events_append_only', 'audit_log_append_only', 'document_versions_append_only']),
    );
    const [pending] = await rows<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE indexname = 'document_schedules_one_pending'`);
    expect(pending).toBeDefined();
  });

  it('made nothing twice: roles, locales, the administrator', async () => {
    const twice = async (sql: string) => rows<{ key: string; n: string }>(sql);
    expect(await twice(`SELECT code AS key, count(*) AS n FROM admin_roles GROUP BY code HAVING count(*) > 1`)).toEqual([]);
    expect(await twice(`SELECT type AS key, count(*) AS n FROM up_roles GROUP BY type HAVING count(*) > 1`)).toEqual([]);
    expect(await twice(`SELECT code AS key, count(*) AS n FROM i18n_locale GROUP BY code HAVING count(*) > 1`)).toEqual([]);
    expect(await twice(`SELECT email AS key, count(*) AS n FROM admin_users GROUP BY email HAVING count(*) > 1`)).toEqual([]);
    const roles = await rows<{ n: string }>(`SELECT count(*) AS n FROM admin_roles`);
    expect(Number(roles[0]!.n)).toBeGreaterThan(3);
  });
});

describe.each(BOTH_DATABASES)('a database made before migrations (%s)', (kind: DatabaseKind) => {
  let dir: string;
  let database: { url: string; drop: () => Promise<void> } | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-migrations-'));
  });

  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates cleanly and keeps its rows', async () => {
    if (kind === 'postgres') database = await createTestDatabase();
    const boot = () =>
      kind === 'sqlite' ? bootCms('sqlite', { DATABASE_FILENAME: join(dir, 'old.db') }) : bootCms('postgres', {}, { databaseUrl: database!.url });

    // A first start, then the database is made to look like an older release's: the tables,
    // no record of migrations, and an event log without a column added later.
    let cms = await boot();
    await cms.strapi.documents(uidOf('topic') as UID.ContentType).create({ locale: 'vi', data: { name: 'Trước khi có migration', code: 'truoc-migration' } } as never);
    const eventsBefore = Number(((await cms.strapi.db.connection('document_events').count({ n: '*' })) as { n: number | string }[])[0]!.n);
    expect(eventsBefore).toBeGreaterThan(0);
    await cms.stop();
    // With the CMS stopped (its dispatcher writes the cursors' lease columns to the last).
    const old = kind === 'sqlite' ? knex({ client: 'better-sqlite3', connection: { filename: join(dir, 'old.db') }, useNullAsDefault: true }) : knex({ client: 'pg', connection: database!.url });
    try {
      await old.raw('DROP TABLE cchc_migrations');
      await old.raw('ALTER TABLE document_events DROP COLUMN schedule');
      // Nor what the migrations after the baseline's tables added.
      await old.raw('ALTER TABLE document_event_cursors DROP COLUMN claimed_by');
      await old.raw('ALTER TABLE document_event_cursors DROP COLUMN claimed_until');
    } finally {
      await old.destroy();
    }

    cms = await boot();
    try {
      const ran = (await cms.strapi.db.connection('cchc_migrations').select('id')) as { id: string }[];
      expect(ran.map((r) => r.id).sort()).toEqual(MIGRATIONS.map((m) => m.id));
      expect(await cms.strapi.db.connection.schema.hasColumn('document_events', 'schedule')).toBe(true);
      expect(await cms.strapi.db.connection.schema.hasColumn('document_event_cursors', 'claimed_until')).toBe(true);
      const eventsAfter = Number(((await cms.strapi.db.connection('document_events').count({ n: '*' })) as { n: number | string }[])[0]!.n);
      expect(eventsAfter).toBe(eventsBefore);
      // Still append-only.
      await expect(cms.strapi.db.connection('document_events').update({ note: 'x' })).rejects.toThrow(/append-only/);
    } finally {
      await cms.stop();
    }
  });
});
