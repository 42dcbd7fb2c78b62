/**
 * The one event point (cms/src/events/), on the real CMS, on SQLite and on PostgreSQL: every
 * change to one of our documents is exactly one recorded event, with who, when and what,
 * written in the transaction of the change; the writes our middlewares make on the caller's
 * behalf are recorded too; listeners get every event in commit order, a failing one is retried
 * without losing events or holding up the others, and a late one catches up from the start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import type { DocumentEvent, Listener } from '../../cms/src/events';
import type { Dispatcher } from '../../cms/src/events/dispatcher';
import { CMS_DIR } from '../support/paths';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';

// The compiled reader the dispatcher itself uses (CommonJS, as Strapi loads it).
const require = createRequire(import.meta.url);
const { readEvents, EVENTS_TABLE } = require(resolve(CMS_DIR, 'dist/src/events/log.js')) as typeof import('../../cms/src/events/log');
const { asSystem } = require(resolve(CMS_DIR, 'dist/src/events/index.js')) as typeof import('../../cms/src/events');

const TOPIC = uidOf('topic') as UID.ContentType;
const ARTICLE = uidOf('article') as UID.ContentType;
const EVENT = uidOf('event') as UID.ContentType;

/** What a test compares: the event without its id and time. */
const brief = (e: DocumentEvent) => [e.action, e.type, e.locale, e.cause ?? null] as const;

async function until(what: string, ready: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('document events on %s', (database) => {
  let cms: RunningCms;
  let agency: string;
  let imageId: number;
  let codes = 0;
  const code = () => `event-test-${++codes}`;

  beforeAll(async () => {
    // A quick periodic pass and retry, so that a failing listener is retried within the test.
    cms = await bootCms(database, { EVENTS_POLL_MS: '100', EVENTS_RETRY_MS: '100', EVENTS_RETRY_MAX_MS: '400' });
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
    imageId = await uploadTestImage(cms.strapi);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const dispatcher = () => cms.strapi.get<Dispatcher>('document-events');
  const all = () => readEvents(cms.strapi, 0, 100_000);
  const lastId = async () => (await all()).at(-1)?.id ?? 0;
  const since = (id: number) => readEvents(cms.strapi, id, 100_000);

  it('records one event per action and locale, with who, when and the publish note', async () => {
    const docs = cms.strapi.documents(TOPIC);
    const start = await lastId();
    const before = Date.now();
    const topic = await docs.create({ locale: 'vi', data: { name: 'Chuyển đổi số', code: code() } } as never);
    const id = topic.documentId;
    await docs.update({ documentId: id, locale: 'vi', data: { name: 'Chuyển đổi số cấp xã' } } as never);
    // A translation is written with `update`, and is the creation of that locale.
    await docs.update({ documentId: id, locale: 'km', data: { name: 'ការផ្លាស់ប្តូរឌីជីថល' } } as never);
    await docs.publish({ documentId: id, locale: 'vi' } as never);
    await docs.publish({ documentId: id, locale: 'vi', major: true, changeNote: 'Đổi tên chuyên đề' } as never);
    await docs.publish({ documentId: id, locale: 'vi' } as never);
    await docs.update({ documentId: id, locale: 'vi', data: { name: 'Bản nháp bỏ đi' } } as never);
    await docs.discardDraft({ documentId: id, locale: 'vi' } as never);
    await docs.unpublish({ documentId: id, locale: 'vi' } as never);
    await docs.publish({ documentId: id, locale: '*' } as never);
    // Deleting removes a draft and a published row per locale: still one event per locale.
    await docs.delete({ documentId: id, locale: '*' } as never);
    // Nothing to update: nothing written, nothing recorded.
    expect(await docs.update({ documentId: 'no-such-document', locale: 'vi', data: { name: 'x' } } as never)).toBeNull();
    const after = Date.now();

    const events = await since(start);
    const order = (e: DocumentEvent) => [e.action, e.locale];
    expect(events.map(order)).toEqual([
      ['create', 'vi'],
      ['update', 'vi'],
      ['create', 'km'],
      ['publish', 'vi'],
      ['publish', 'vi'],
      ['publish', 'vi'],
      ['update', 'vi'],
      ['discard', 'vi'],
      ['unpublish', 'vi'],
      ['publish', 'vi'],
      ['publish', 'km'],
      ['delete', 'vi'],
      ['delete', 'km'],
    ]);
    expect(events.map((e) => e.publish ?? null)).toEqual([
      null,
      null,
      null,
      { major: true }, // a first publish is major
      { major: true, changeNote: 'Đổi tên chuyên đề' },
      { major: false }, // a republish is minor unless the publisher says otherwise
      null,
      null,
      null,
      { major: true }, // vi was unpublished: published again from nothing
      { major: true },
      null,
      null,
    ]);
    for (const event of events) {
      expect(event.type).toBe('topic');
      expect(event.documentId).toBe(id);
      expect(event.actor).toEqual({ kind: 'system', reason: 'unattributed' });
      expect(event.cause).toBeUndefined();
      expect(event.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(event.at.getTime()).toBeLessThanOrEqual(after + 1000);
    }
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records a create that publishes at once as a create and a publish, and a duplicate as a create', async () => {
    const docs = cms.strapi.documents(TOPIC);
    const start = await lastId();
    const topic = await docs.create({ locale: 'vi', status: 'published', data: { name: 'Dịch vụ công', code: code() } } as never);
    const copy = await docs.clone({ documentId: topic.documentId, locale: 'vi', data: { code: code() } } as never);
    const events = await since(start);
    expect(events.map((e) => [e.action, e.documentId, e.locale, e.publish ?? null])).toEqual([
      ['create', topic.documentId, 'vi', null],
      ['publish', topic.documentId, 'vi', { major: true }],
      ['create', copy?.documentId, 'vi', null],
    ]);
  });

  it('records the relations copied to the other translations, as caused by the copy', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const topic = await createTerm(cms.strapi, 'topic', { vi: 'Một cửa', km: 'ច្រកតែមួយ', en: 'One-stop shop' }, { code: code() });
    const article = await docs.create({ locale: 'vi', data: { title: 'Một cửa liên thông', summary: 's', body: paragraphs('b'), agency } } as never);
    await docs.update({ documentId: article.documentId, locale: 'en', data: { title: 'One-stop shop', summary: 's', body: paragraphs('b') } } as never);
    const start = await lastId();
    await docs.update({ documentId: article.documentId, locale: 'en', data: { topics: [topic] } } as never);

    const events = await since(start);
    expect(events.map(brief)).toEqual([
      ['update', 'article', 'en', null],
      ['update', 'article', 'vi', 'shared-relations'],
    ]);
    expect(events.every((e) => e.documentId === article.documentId)).toBe(true);
  });

  it('records the links restored on publish, after the publish that caused them', async () => {
    const articles = cms.strapi.documents(ARTICLE);
    const events = cms.strapi.documents(EVENT);
    const report = await articles.create({ locale: 'vi', data: { title: 'Tường thuật hội nghị', summary: 's', body: paragraphs('b'), agency, cover: { image: imageId, alt: 'ảnh' } } } as never);
    const event = await events.create({
      locale: 'vi',
      data: { title: 'Hội nghị đối thoại', summary: 's', eventKind: 'dialogue', startsAt: '2026-05-10T01:00:00.000Z', agency, reportArticle: report.documentId },
    } as never);
    await events.publish({ documentId: event.documentId, locale: 'vi' } as never);
    const start = await lastId();
    // Strapi dropped the event's link to the draft report; publishing the report restores it.
    await articles.publish({ documentId: report.documentId, locale: 'vi' } as never);

    const recorded = await since(start);
    expect(recorded.map((e) => [...brief(e), e.documentId])).toEqual([
      ['publish', 'article', 'vi', null, report.documentId],
      ['update', 'event', 'vi', 'relink-on-publish', event.documentId],
    ]);
  });

  it('records nothing for a write that fails, nor for one rolled back after it succeeded', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const start = await lastId();
    // Strapi's validation refuses it (the title is at most 200 characters).
    await expect(docs.create({ locale: 'vi', data: { title: 'x'.repeat(201), summary: 's', agency } } as never)).rejects.toThrow();
    // Publishing a draft without its required summary fails inside Strapi's transaction.
    const draft = await docs.create({ locale: 'vi', data: { title: 'Chưa đủ nội dung', agency } } as never);
    const afterDraft = await lastId();
    await expect(docs.publish({ documentId: draft.documentId, locale: 'vi' } as never)).rejects.toThrow();
    expect(await lastId()).toBe(afterDraft);
    // The event is in the write's transaction: rolling the write back takes the event with it.
    await expect(
      cms.strapi.db.transaction(async () => {
        await docs.create({ locale: 'vi', data: { title: 'Rút lại', summary: 's', agency } } as never);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await since(start)).map(brief)).toEqual([['create', 'article', 'vi', null]]);
    expect(await docs.findFirst({ locale: 'vi', filters: { title: 'Rút lại' } } as never)).toBeNull();
  });

  it('records the admin user who made a change through the admin API', async () => {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@cchc.local', password: 'Cchc-local-2026' }),
    });
    expect(login.status).toBe(200);
    const { data } = (await login.json()) as { data: { token: string; user: { id: number } } };
    // A listener runs outside the writer's request: what it writes is not the admin's doing.
    const contexts = new Map<number, unknown>();
    dispatcher().register({ name: `context-${database}`, handle: (e) => void contexts.set(e.id, cms.strapi.requestContext.get()) });
    await dispatcher().idle();
    const start = await lastId();
    const created = await fetch(`${cms.url}/content-manager/collection-types/${TOPIC}?locale=vi`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ name: 'Tạo từ trang quản trị', code: code() }),
    });
    expect(created.status).toBe(201);
    const events = await since(start);
    expect(events.map((e) => [e.action, e.type, e.actor])).toEqual([['create', 'topic', { kind: 'admin', id: data.user.id }]]);
    await until('the live delivery', () => contexts.has(events[0]!.id));
    expect(contexts.get(events[0]!.id)).toBeUndefined();

    // A bulk publish runs the documents' publishes side by side in one transaction of Strapi's.
    const docs = cms.strapi.documents(TOPIC);
    const two = [
      await docs.create({ locale: 'vi', data: { name: 'Hàng loạt 1', code: code() } } as never),
      await docs.create({ locale: 'vi', data: { name: 'Hàng loạt 2', code: code() } } as never),
    ].map((d) => d.documentId);
    const beforeBulk = await lastId();
    const bulk = await fetch(`${cms.url}/content-manager/collection-types/${TOPIC}/actions/bulkPublish?locale=vi`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ documentIds: two }),
    });
    expect(bulk.status).toBe(200);
    const published = await since(beforeBulk);
    expect(published.map((e) => [e.action, e.locale, e.actor]).sort()).toEqual(two.map(() => ['publish', 'vi', { kind: 'admin', id: data.user.id }]));
    expect(published.map((e) => e.documentId).sort()).toEqual([...two].sort());
  });

  it('records the system task a write without a request belongs to', async () => {
    const start = await lastId();
    await asSystem('import', () => cms.strapi.documents(TOPIC).create({ locale: 'vi', data: { name: 'Nhập khẩu', code: code() } } as never));
    expect((await since(start)).map((e) => e.actor)).toEqual([{ kind: 'system', reason: 'import' }]);
  });

  it('delivers events in commit order when writes overlap', async () => {
    const seen: number[] = [];
    dispatcher().register({ name: `ordered-${database}`, handle: (e) => void seen.push(e.id) });
    const caughtUp = (await all()).length;
    await until('the ordered listener', () => seen.length === caughtUp);
    const docs = cms.strapi.documents(TOPIC);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // A writes first and stays open; B writes and wants to commit meanwhile. Had B's event
    // been delivered before A's committed, A's smaller id would be skipped for ever.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const a = cms.strapi.db.transaction(async () => {
      await docs.create({ locale: 'vi', data: { name: 'Giao dịch A', code: code() } } as never);
      await held;
    });
    await sleep(200);
    const b = docs.create({ locale: 'vi', data: { name: 'Giao dịch B', code: code() } } as never);
    await sleep(300);
    release();
    await Promise.all([a, b]);
    const ids = (await all()).map((e) => e.id);
    await until('both events', () => seen.length === ids.length);
    expect(seen).toEqual(ids);
  });

  it('delivers every event in order, retries a failing listener without holding up the others', async () => {
    let broken = true;
    const steady: number[] = [];
    const flaky: number[] = [];
    let attempts = 0;
    const register = (listener: Listener) => dispatcher().register(listener);
    register({ name: `steady-${database}`, handle: (e) => void steady.push(e.id) });
    register({
      name: `flaky-${database}`,
      handle: (e) => {
        attempts++;
        if (broken) throw new Error('the listener is down');
        flaky.push(e.id);
      },
    });
    const docs = cms.strapi.documents(TOPIC);
    for (let n = 0; n < 3; n++) await docs.create({ locale: 'vi', data: { name: `Chủ đề ${n}`, code: code() } } as never);
    const ids = (await all()).map((e) => e.id);

    // The steady listener has everything, while the flaky one keeps failing on the first event.
    await until('the steady listener', () => steady.length === ids.length);
    await until('a retry of the flaky listener', () => attempts >= 2);
    expect(steady).toEqual(ids);
    expect(flaky).toEqual([]);
    const cursor = (await cms.strapi.db.connection('document_event_cursors').where({ listener: `flaky-${database}` }).first()) as {
      position: number | string;
      failures: number;
      last_error: string;
    };
    expect(Number(cursor.position)).toBe(0);
    expect(cursor.failures).toBeGreaterThanOrEqual(1);
    expect(cursor.last_error).toBe('the listener is down');

    // Back up: it is retried and gets every event, once each, in order.
    broken = false;
    await until('the flaky listener to catch up', () => flaky.length === ids.length);
    await dispatcher().idle();
    expect(flaky).toEqual(ids);
  });

  it('catches a listener registered later up from the first event', async () => {
    const seen: DocumentEvent[] = [];
    dispatcher().register({ name: `late-${database}`, handle: (e) => void seen.push(e) });
    const expected = await all();
    await until('the late listener', () => seen.length >= expected.length);
    expect(seen.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(seen[0]?.id).toBe(expected[0]?.id);
    // Then it gets new events as they are committed.
    await cms.strapi.documents(TOPIC).create({ locale: 'vi', data: { name: 'Mới', code: code() } } as never);
    await until('the new event', () => seen.length === expected.length + 1);
    expect(seen.at(-1)?.action).toBe('create');
  });

  it('keeps the event log out of the API and refuses to rewrite it', async () => {
    expect(Object.keys(cms.strapi.contentTypes).filter((uid) => uid.includes('event') && !uid.startsWith('api::event.'))).toEqual([]);
    for (const path of ['/api/document-events', '/api/document_events', '/api/document-event-cursors']) {
      expect((await fetch(`${cms.url}${path}`)).status, path).toBe(404);
    }
    const table = () => cms.strapi.db.connection(EVENTS_TABLE);
    await expect(table().update({ action: 'delete' })).rejects.toThrow(/append-only/);
    await expect(table().delete()).rejects.toThrow(/append-only/);
    expect((await all()).length).toBeGreaterThan(0);
  });
});

describe('document events across a restart (SQLite)', () => {
  it('resumes each listener from its stored cursor and delivers what it missed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-events-restart-'));
    const env = { DATABASE_FILENAME: join(dir, 'data.db'), EVENTS_POLL_MS: '100' };
    const create = (cms: RunningCms, name: string) =>
      cms.strapi.documents(TOPIC).create({ locale: 'vi', data: { name, code: `restart-${name}` } } as never);
    try {
      const first = await bootCms('sqlite', env);
      const before: number[] = [];
      first.strapi.get<Dispatcher>('document-events').register({ name: 'durable', handle: (e) => void before.push(e.id) });
      await create(first, 'truoc');
      await until('the first delivery', () => before.length === 1);
      await first.stop();

      // Written while nothing delivers (as if the CMS had stopped before its listener ran).
      const second = await bootCms('sqlite', env);
      const after: number[] = [];
      try {
        await create(second, 'sau');
        const all = (await readEvents(second.strapi, 0, 100)).map((e) => e.id);
        second.strapi.get<Dispatcher>('document-events').register({ name: 'durable', handle: (e) => void after.push(e.id) });
        await until('the catch-up', () => after.length === 1);
        await second.strapi.get<Dispatcher>('document-events').idle();
        expect(before).toEqual([all[0]]);
        expect(after).toEqual([all[1]]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
