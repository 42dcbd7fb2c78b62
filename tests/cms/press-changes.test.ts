/**
 * The press change feed (cms/src/press/changes/) on the real CMS: each change to what is live
 * of a translation is one entry (created, updated major or minor with its note, unpublished
 * with its reason, deleted as a tombstone that stays), in commit order, read by keyset pages
 * whose cursors and `Link` headers lead from one page to the next; bad parameters are 400
 * naming them; full pages are cached for good and the last one is renewed by a change.
 *
 * On PostgreSQL, a second CMS process publishes, unpublishes and deletes while this one reads
 * the feed from zero in small pages and resumes from a saved cursor; every entry the event log
 * (`document_events`) implies appears exactly once, in order.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, CURSOR_START, changePageSchema, decodeCursor, encodeCursor, paragraphs, uidOf, type ChangeEntry, type ChangePage } from '@cchc/content-types';
import type { PressAnswer, PressRequest } from '../../cms/src/press/answer';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, createAdminUser } from '../support/admin-users';
import { CMS_DIR, ROOT } from '../support/paths';
import { createTestDatabase } from '../support/postgres';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { generated } from '../support/generated';

// The feed's read as the booted CMS loaded it (cms/dist), called as the press API's router will.
const require = createRequire(import.meta.url);
const { readChangeFeed } = require(resolve(CMS_DIR, 'dist/src/press/changes/index.js')) as typeof import('../../cms/src/press/changes');

const ARTICLE = uidOf('article') as UID.ContentType;
const API = 'https://cms.example.vn';
const SITE = 'https://cchc.soctrang.gov.vn';
const RECHECK_MS = 200;
const FAST = { EVENTS_POLL_MS: '100', EVENTS_RETRY_MS: '100', EVENTS_RETRY_MAX_MS: '400', PUBLIC_SITE_URL: SITE, PRESS_FEED_RECHECK_MS: String(RECHECK_MS) };

async function read(strapi: Core.Strapi, query = ''): Promise<PressAnswer & { page: ChangePage; error: { message: string; details: { parameter?: string } } }> {
  const request: PressRequest = { params: {}, query: new URLSearchParams(query), outlet: { id: 1, name: 'Báo Sóc Trăng' }, apiUrl: API };
  const answer = await readChangeFeed(strapi, request);
  const json = JSON.parse(answer.body) as { error: never };
  return { ...answer, page: answer.status === 200 ? changePageSchema.parse(json) : (undefined as never), error: json.error };
}

/**
 * Until the feed's writer has handled every event in the log, and long enough that this
 * process's page cache has asked whether another process kept changes meanwhile.
 */
async function caughtUp(strapi: Core.Strapi, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = (await strapi.db.getConnection('document_events').max({ id: 'id' }).first()) as { id: number | string | null };
    const at = (await strapi.db.getConnection('document_event_cursors').where({ listener: 'press-changes' }).first('position')) as { position: number | string } | undefined;
    if (Number(at?.position ?? 0) >= Number(last.id ?? 0)) break;
    if (Date.now() > deadline) throw new Error('the change feed did not catch up with the event log');
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, RECHECK_MS + 20));
}

/** Every page from `cursor` on, following `next` while `more`. */
async function readAll(strapi: Core.Strapi, cursor: string, limit: number): Promise<{ entries: ChangeEntry[]; next: string }> {
  const entries: ChangeEntry[] = [];
  for (;;) {
    const { page } = await read(strapi, `after=${cursor}&limit=${limit}`);
    entries.push(...page.data);
    cursor = page.next;
    if (!page.more) return { entries, next: cursor };
  }
}

interface Expected {
  eventId: number;
  change: string;
  documentId: string;
  locale: string;
  major?: boolean;
  changeNote?: string;
  reason?: string;
}

/**
 * What the feed must hold, worked out from the event log on its own terms: per translation of
 * a content document, whether it is live, off the site after having been, or not seen yet.
 */
function expectedFromLog(events: { id: string | number; action: string; type: string; document_id: string; locale: string; cause: string | null; major: boolean | null; change_note: string | null; note: string | null }[]): Expected[] {
  const content = new Set<string>(CONTENT_TYPES.map((t) => t.name));
  const state = new Map<string, 'live' | 'off' | 'unseen'>();
  const out: Expected[] = [];
  for (const e of events) {
    if (!content.has(e.type)) continue;
    const key = `${e.type}/${e.document_id}/${e.locale}`;
    const was = state.get(key) ?? 'unseen';
    const base = { eventId: Number(e.id), documentId: e.document_id, locale: e.locale };
    if (e.action === 'publish') {
      if (was === 'live') out.push({ ...base, change: 'updated', major: Boolean(e.major), ...(e.change_note ? { changeNote: e.change_note } : {}) });
      else out.push({ ...base, change: 'created' });
      state.set(key, 'live');
    } else if (e.action === 'update' && e.cause === 'relink-on-publish' && was === 'live') {
      out.push({ ...base, change: 'updated', major: false });
    } else if (e.action === 'unpublish' && was === 'live') {
      out.push({ ...base, change: 'unpublished', ...(e.note ? { reason: e.note } : {}) });
      state.set(key, 'off');
    } else if (e.action === 'delete') {
      if (was !== 'unseen') out.push({ ...base, change: 'deleted' });
      state.set(key, 'unseen');
    }
  }
  return out;
}

const shape = (e: ChangeEntry): Expected => ({
  eventId: e.eventId,
  change: e.change,
  documentId: e.documentId,
  locale: e.locale,
  ...(e.major !== undefined ? { major: e.major } : {}),
  ...(e.changeNote !== undefined ? { changeNote: e.changeNote } : {}),
  ...(e.reason !== undefined ? { reason: e.reason } : {}),
});

describe.each<DatabaseKind>(['sqlite', 'postgres'])('press change feed on %s', (database) => {
  let cms: RunningCms;
  let agency: string;
  let imageId: number;
  let editor: AdminClient;

  beforeAll(async () => {
    cms = await bootCms(database, FAST);
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    imageId = await uploadTestImage(cms.strapi);
    editor = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, 'editor@press.test', ['cchc-editor']));
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const docs = () => cms.strapi.documents(ARTICLE);
  const draft = async (title: string) =>
    (await docs().create({ locale: 'vi', data: { title, summary: `Tóm tắt: ${title}`, body: paragraphs('Nội dung'), agency, cover: { image: imageId, alt: 'Ảnh' } } } as never)).documentId;
  const publish = (documentId: string, extra: Record<string, unknown> = {}) => docs().publish({ documentId, locale: 'vi', ...extra } as never);
  const ofDocument = async (documentId: string) => (await readAll(cms.strapi, CURSOR_START, 500)).entries.filter((e) => e.documentId === documentId);

  it('tells each change to what is live: created, updated major or minor, unpublished with its reason, created again, deleted', async () => {
    const id = await draft('Thủ tục đăng ký khai sinh trực tuyến');
    await docs().update({ documentId: id, locale: 'vi', data: { summary: 'Chỉ là bản nháp' } } as never);
    await publish(id);
    await publish(id); // a minor republish
    await publish(id, { major: true, changeNote: 'Bổ sung lệ phí mới' });
    const withdrawn = await editor.post(`/cchc-workflow/documents/article/${id}/transitions/unpublish?locale=vi`, { note: 'Thủ tục đã được thay thế' });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    await publish(id);
    await docs().delete({ documentId: id, locale: '*' } as never);
    // Neither a term nor a draft nobody saw is an entry.
    const topic = await createTerm(cms.strapi, 'topic', { vi: 'Hộ tịch', km: 'អត្រានុកូលដ្ឋាន', en: 'Civil status' }, { code: 'ho-tich' });
    const unseen = await draft('Bản nháp bị xóa');
    await docs().delete({ documentId: unseen, locale: '*' } as never);
    await caughtUp(cms.strapi);

    const entries = await ofDocument(id);
    expect(entries.map((e) => [e.change, e.major ?? null, e.changeNote ?? null, e.reason ?? null])).toEqual([
      ['created', null, null, null],
      ['updated', false, null, null],
      ['updated', true, 'Bổ sung lệ phí mới', null],
      ['unpublished', null, null, 'Thủ tục đã được thay thế'],
      ['created', null, null, null],
      ['deleted', null, null, null],
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({ type: 'article', documentId: id, locale: 'vi', cursor: encodeCursor(e.eventId) });
      expect(new Date(e.at).toISOString()).toBe(e.at);
      // What is live links to its item and its page; what is gone links to nothing.
      if (e.change === 'created' || e.change === 'updated') {
        expect(e.item).toBe(`${API}/api/press/items/article/${id}?locale=vi`);
        expect(e.url).toBe(`${SITE}/tin-bai/thu-tuc-dang-ky-khai-sinh-truc-tuyen/`);
      } else {
        expect(e.item).toBeUndefined();
        expect(e.url).toBeUndefined();
      }
    }
    const ids = entries.map((e) => e.eventId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(await ofDocument(topic)).toEqual([]);
    expect(await ofDocument(unseen)).toEqual([]);

    // The tombstones stay: later changes of others do not push them out.
    const other = await draft('Một bài khác');
    await publish(other);
    await caughtUp(cms.strapi);
    expect((await ofDocument(id)).map((e) => e.change)).toEqual(['created', 'updated', 'updated', 'unpublished', 'created', 'deleted']);
    // The filters: by type and locale.
    const { page: byType } = await read(cms.strapi, 'type=event');
    expect(byType.data).toEqual([]);
    const { page: byLocale } = await read(cms.strapi, 'locale=vi&limit=500');
    expect(byLocale.data.every((e) => e.locale === 'vi')).toBe(true);
    expect(byLocale.data.some((e) => e.documentId === id)).toBe(true);
    expect((await read(cms.strapi, 'locale=km')).page.data).toEqual([]);
  });

  it('pages by keyset with a next cursor in the body and the Link header', async () => {
    for (const n of [1, 2, 3]) await publish(await draft(`Bài phân trang ${n}`));
    await caughtUp(cms.strapi);
    const all = (await readAll(cms.strapi, CURSOR_START, 500)).entries;
    expect(all.length).toBeGreaterThan(4);

    const first = await read(cms.strapi, 'limit=2');
    expect(first.status).toBe(200);
    expect(first.page.data.map((e) => e.eventId)).toEqual(all.slice(0, 2).map((e) => e.eventId));
    expect(first.page).toMatchObject({ more: true, next: all[1]!.cursor });
    expect(first.headers?.Link).toBe(`<${API}/api/press/changes?after=${all[1]!.cursor}&limit=2>; rel="next"`);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.lastModified?.toISOString()).toBe(all[1]!.at);

    const second = await read(cms.strapi, `after=${first.page.next}&limit=2`);
    expect(second.page.data.map((e) => e.eventId)).toEqual(all.slice(2, 4).map((e) => e.eventId));

    // The last page: not full, `next` its last entry; an empty page keeps the cursor asked.
    const last = await read(cms.strapi, `after=${all[all.length - 2]!.cursor}&limit=5`);
    expect(last.page).toMatchObject({ more: false, next: all[all.length - 1]!.cursor });
    const empty = await read(cms.strapi, `after=${all[all.length - 1]!.cursor}`);
    expect(empty.page).toEqual({ data: [], next: all[all.length - 1]!.cursor, more: false });
    expect(empty.headers?.Link).toBe(`<${API}/api/press/changes?after=${all[all.length - 1]!.cursor}>; rel="next"`);
    expect(decodeCursor(empty.page.next)).toBe(all[all.length - 1]!.eventId);
  });

  it('keeps a full page for good and renews the last page when a change is kept', async () => {
    await caughtUp(cms.strapi);
    const all = (await readAll(cms.strapi, CURSOR_START, 500)).entries;
    const full = await read(cms.strapi, 'limit=2');
    const fullAgain = await read(cms.strapi, 'limit=2');
    expect(fullAgain.etag).toBe(full.etag);
    expect(fullAgain.headers?.['Cache-Control']).toMatch(/immutable/);

    const tail = `after=${all[all.length - 1]!.cursor}`;
    const before = await read(cms.strapi, tail);
    expect(before.page.data).toEqual([]);
    expect(before.headers?.['Cache-Control']).toBe('private, no-cache');
    const id = await draft('Bài mới sau trang cuối');
    await publish(id);
    await caughtUp(cms.strapi);
    const after = await read(cms.strapi, tail);
    expect(after.page.data.map((e) => [e.documentId, e.change])).toEqual([[id, 'created']]);
    expect(after.etag).not.toBe(before.etag);
    // The full page did not change.
    expect((await read(cms.strapi, 'limit=2')).body).toBe(full.body);
  });

  it('is served by the press API with an outlet token: the Link header, the ETag and 304', async () => {
    const admin = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, 'quantri@press.test', ['strapi-super-admin']));
    const made = await admin.post('/cchc-press/outlets', { name: `Báo Sóc Trăng ${database}`, origins: ['https://baosoctrang.example'] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const token = (made.body as { token: string }).token;
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } });

    expect((await fetch(`${cms.url}/api/press/changes`)).status).toBe(401);
    const first = await get('/api/press/changes?limit=2');
    expect(first.status).toBe(200);
    const page = changePageSchema.parse(await first.json());
    expect(page.more).toBe(true);
    expect(first.headers.get('link')).toBe(`<${cms.url}/api/press/changes?after=${page.next}&limit=2>; rel="next"`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect((await get('/api/press/changes?limit=2', { 'If-None-Match': etag })).status).toBe(304);
    // Follow the Link header to the end.
    let next: string | null = first.headers.get('link')!.match(/^<([^>]+)>/)![1]!;
    let pages = 1;
    for (;;) {
      const res = await get(new URL(next).pathname + new URL(next).search);
      const body = changePageSchema.parse(await res.json());
      pages += 1;
      if (!body.more) break;
      next = res.headers.get('link')!.match(/^<([^>]+)>/)![1]!;
    }
    expect(pages).toBeGreaterThan(2);
    const bad = await get('/api/press/changes?after=nope');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: { parameter: string } } }).error.details.parameter).toBe('after');
  });

  it('refuses a bad cursor or parameter with a 400 naming it', async () => {
    const cases: [string, string][] = [
      ['after=abc', 'after'],
      [`after=${Buffer.from('v2:5').toString('base64url')}`, 'after'],
      [`after=${Buffer.from('v1:-5').toString('base64url')}`, 'after'],
      ['after=', 'after'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['type=agency', 'type'],
      ['locale=fr', 'locale'],
      ['page=2', 'page'],
      ['limit=5&limit=6', 'limit'],
    ];
    for (const [query, parameter] of cases) {
      const answer = await read(cms.strapi, query);
      expect(answer.status, query).toBe(400);
      expect(answer.error.details.parameter, query).toBe(parameter);
      expect(answer.error.message.startsWith(`${parameter}:`), query).toBe(true);
    }
    expect((await read(cms.strapi, 'limit=500')).status).toBe(200);
  });
});

describe('press change feed while another CMS process writes (PostgreSQL)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let cms: RunningCms;
  let db: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    cms = await bootCms('postgres', FAST, { databaseUrl: database.url });
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await cms?.stop();
    await database?.drop();
  });

  it('backfills from zero and resumes from a saved cursor without missing or doubling an entry', async () => {
    // A first document before the sync starts: the backfill has history to read.
    const s = cms.strapi;
    const agency = await createTerm(s, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
    const image = await uploadTestImage(s);
    const first = await s.documents(ARTICLE).create({ locale: 'vi', data: { title: 'Bài đầu tiên', summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency, cover: { image, alt: 'Ảnh' } } } as never);
    await s.documents(ARTICLE).publish({ documentId: first.documentId, locale: 'vi' } as never);

    const { seed, runs: steps } = generated('PRESS_WRITER', { ci: 45, deep: 200 }, 'press writer');
    const writer = spawn(process.execPath, ['--import', 'tsx', 'tests/support/press-writer.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...FAST, CMS_DATABASE_URL: database.url, PRESS_WRITER_STEPS: String(steps), PRESS_WRITER_SEED: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    writer.stdout.on('data', (c: Buffer) => (output += c.toString()));
    writer.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((ok) => writer.on('exit', ok));
    let writerDone = false;
    void exited.then(() => (writerDone = true));

    // The client: small pages from zero; partway it "saves" its cursor, drops everything it
    // holds, and resumes from the saved string; it keeps polling until the writer is done and
    // it has reached the end.
    const seen: ChangeEntry[] = [];
    let cursor = CURSOR_START;
    let saved: string | null = null;
    let pagesWhileWriting = 0;
    for (;;) {
      const answer = await read(s, `after=${cursor}&limit=3`);
      expect(answer.status).toBe(200);
      seen.push(...answer.page.data);
      cursor = answer.page.next;
      if (!writerDone && output.includes('WRITER_STEP') && answer.page.data.length) pagesWhileWriting += 1;
      if (saved === null && output.includes('WRITER_STEP 20')) {
        saved = JSON.stringify({ cursor });
        cursor = (JSON.parse(saved) as { cursor: string }).cursor;
      }
      if (answer.page.more) continue;
      if (writerDone) {
        await caughtUp(s);
        const rest = await readAll(s, cursor, 3);
        seen.push(...rest.entries);
        break;
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(await exited, output.slice(-3000)).toBe(0);
    expect(output).toContain('WRITER_DONE');
    expect(saved).not.toBeNull();
    // The sync really ran while the other process wrote.
    expect(pagesWhileWriting).toBeGreaterThan(3);

    const { rows } = await db.query(`SELECT id, action, type, document_id, locale, cause, major, change_note, note FROM document_events ORDER BY id`);
    const expected = expectedFromLog(rows);
    expect(expected.length).toBeGreaterThan(20);
    expect(new Set(expected.map((e) => e.change))).toEqual(new Set(['created', 'updated', 'unpublished', 'deleted']));
    const ids = seen.map((e) => e.eventId);
    expect(new Set(ids).size, 'no entry twice').toBe(ids.length);
    expect(ids, 'in commit order').toEqual([...ids].sort((a, b) => a - b));
    expect(seen.map(shape)).toEqual(expected);
    // And the projection itself holds exactly that: both processes wrote it, each entry once.
    const projected = await db.query(`SELECT event_id FROM press_changes ORDER BY event_id`);
    expect(projected.rows.map((r: { event_id: string }) => Number(r.event_id))).toEqual(expected.map((e) => e.eventId));
  }, 600_000);
});
