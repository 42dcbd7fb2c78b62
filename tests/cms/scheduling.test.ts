/**
 * Scheduled publish and unpublish (cms/src/scheduling/) on the real CMS: two CMS processes
 * against one PostgreSQL database fire every schedule exactly once, also when one of them is
 * killed inside the fire's transaction and after both were down when it came due; a cancelled
 * schedule never fires; one whose draft changed is refused with its reason; the admin HTTP API
 * checks its input and the publish permission. And a single process on SQLite.
 *
 * The CMS processes are driven only through their HTTP APIs (admin and public); the test reads
 * the shared database directly to see what was committed.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { uidOf } from '@cchc/content-types';
import { startCmsProcess, stopProcess } from '../support/processes';
import { createTestDatabase } from '../support/postgres';
import { bootCms, type RunningCms } from '../support/strapi';

const ARTICLE = uidOf('article');
const ADMIN = { email: 'admin@cchc.local', password: 'Cchc-local-2026' };
const POLL_MS = '200';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Vietnam wall-clock time (UTC+7), with seconds, as the API takes it: `2026-12-24T08:00:05`. */
const vietnamLocal = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 19);

interface Api {
  url: string;
  token: string;
}

async function login(url: string, credentials = ADMIN): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

async function call(api: Api, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${api.token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const PASSWORD = 'Hen-gio-2026';
const cm = `/content-manager/collection-types/${ARTICLE}`;
const move = (api: Api, id: string, name: string, body: unknown = {}) => call(api, 'POST', `/cchc-workflow/documents/article/${id}/transitions/${name}?locale=vi`, body);

/**
 * An author of one agency and a coordinating editor, made by the administrator through the admin
 * API (invited, then registered), so that a document reaches "approved" as it does in real use:
 * the author writes and submits, the editor approves, then the administrator schedules it.
 */
interface Desk {
  author: Api;
  editor: Api;
  agency: string;
  image: number;
}

let made = 0;
async function person(api: Api, roleCode: string, name: string): Promise<{ id: number; email: string; api: Api }> {
  const roles = await call(api, 'GET', '/admin/roles');
  const role = roles.json.data.find((r: { code: string }) => r.code === roleCode);
  const email = `${name}-${process.pid}-${++made}@cchc.local`;
  const invited = await call(api, 'POST', '/admin/users', { firstname: name, lastname: 'Hẹn giờ', email, roles: [role.id] });
  expect(invited.status, JSON.stringify(invited.json)).toBe(201);
  const registered = await fetch(`${api.url}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrationToken: invited.json.data.registrationToken, userInfo: { firstname: name, lastname: 'Hẹn giờ', password: PASSWORD } }),
  });
  expect(registered.status).toBe(200);
  const token = ((await registered.json()) as { data: { token: string } }).data.token;
  return { id: invited.json.data.id, email, api: { url: api.url, token } };
}

async function makeDesk(api: Api): Promise<Desk & { emails: [string, string] }> {
  const agency = await call(api, 'POST', `/content-manager/collection-types/${uidOf('agency')}?locale=vi`, { name: 'Sở Tư pháp', code: `so-tu-phap-${process.pid}-${++made}`, agencyKind: 'department' });
  expect(agency.status, JSON.stringify(agency.json)).toBe(201);
  // Published: a published article links to its agency's published version.
  const live = await call(api, 'POST', `/content-manager/collection-types/${uidOf('agency')}/${agency.json.data.documentId}/actions/publish?locale=vi`);
  expect(live.status, JSON.stringify(live.json)).toBe(200);
  const author = await person(api, 'cchc-author', 'tacgia');
  const editor = await person(api, 'cchc-editor', 'bientap');
  expect((await call(api, 'PUT', `/cchc-permissions/users/${author.id}/agencies`, { agencies: [agency.json.data.documentId] })).status).toBe(200);
  const form = new FormData();
  form.append('files', new Blob([readFileSync(new URL('../../cms/favicon.png', import.meta.url))], { type: 'image/png' }), 'anh-bia.png');
  const upload = await fetch(`${api.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${author.api.token}` }, body: form });
  expect(upload.status).toBe(201);
  const [file] = (await upload.json()) as { id: number }[];
  return { author: author.api, editor: editor.api, agency: agency.json.data.documentId, image: file!.id, emails: [author.email, editor.email] };
}

/** The same people signed in to another CMS process of the same database. */
async function deskOn(url: string, desk: Desk & { emails: [string, string] }): Promise<Desk & { emails: [string, string] }> {
  const [author, editor] = await Promise.all(desk.emails.map((email) => login(url, { email, password: PASSWORD })));
  return { ...desk, author: { url, token: author! }, editor: { url, token: editor! } };
}

/** A draft article, submitted by the author and approved by the editor. */
async function approvedArticle(desk: Desk, title: string): Promise<string> {
  const created = await call(desk.author, 'POST', `${cm}?locale=vi`, { title, summary: 'Tóm tắt', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung' }] }], cover: { image: desk.image, alt: 'Ảnh bìa' } });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const id = created.json.data.documentId as string;
  await approveAgain(desk, id);
  return id;
}

async function approveAgain(desk: Desk, id: string): Promise<void> {
  expect((await move(desk.author, id, 'submit')).status).toBe(200);
  const approved = await move(desk.editor, id, 'approve');
  expect(approved.status, JSON.stringify(approved.json)).toBe(200);
}

const schedule = (api: Api, documentId: string, body: Record<string, unknown>) =>
  call(api, 'POST', `/cchc-scheduling/${ARTICLE}/${documentId}`, { locale: 'vi', ...body });

const isPublished = async (api: Api, documentId: string) => (await fetch(`${api.url}/api/articles/${documentId}?locale=vi`)).status === 200;

interface CmsChild {
  url: string;
  child: ChildProcess;
  output: () => string;
}

describe('scheduling with two CMS processes on one PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: pg.Client;
  let dir: string;
  let pauseFile: string;
  const running: CmsChild[] = [];
  let api: Api;
  let desk: Awaited<ReturnType<typeof makeDesk>>;

  /** A CMS process on the shared database; each test logs in to the one it calls. */
  async function startCms(): Promise<CmsChild> {
    const { url, child } = await startCmsProcess({
      CMS_DATABASE: 'postgres',
      CMS_DATABASE_URL: database.url,
      CMS_SEED: 'none',
      SCHEDULER_POLL_MS: POLL_MS,
      SCHEDULER_TEST_PAUSE_FILE: pauseFile,
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const cms = { url, child, output: () => output };
    running.push(cms);
    return cms;
  }

  async function stopCms(cms: CmsChild) {
    await stopProcess(cms.child);
    running.splice(running.indexOf(cms), 1);
  }

  const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const publishEvents = (documentId: string) =>
    rows(`SELECT actor_kind, actor_reason, major, change_note FROM document_events WHERE action = 'publish' AND document_id = $1 ORDER BY id`, [documentId]);
  const scheduleRow = async (id: number) => (await rows(`SELECT * FROM document_schedules WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-scheduling-'));
    pauseFile = join(dir, 'pause-next-fire');
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    // One after the other: the first creates the schema and the administrator.
    const first = await startCms();
    await startCms();
    await db.connect();
    api = { url: first.url, token: await login(first.url) };
    desk = await makeDesk(api);
  });

  afterAll(async () => {
    for (const cms of [...running]) await stopCms(cms);
    await db?.end();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fires each of 20 schedules exactly once, as the scheduler, with the publish recorded once', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 20; n++) ids.push(await approvedArticle(desk, `Bài hẹn giờ ${n}`));
    // Far enough ahead that twenty schedules are made before it even on a busy machine (a time
    // already past is refused), made at once.
    const runAt = new Date(Date.now() + 8_000);
    const made = await Promise.all(ids.map((id) => schedule(api, id, { action: 'publish', at: vietnamLocal(runAt) })));
    const scheduleIds: number[] = [];
    for (const answer of made) {
      expect(answer.status, JSON.stringify(answer.json)).toBe(201);
      expect(answer.json.data.state).toBe('pending');
      scheduleIds.push(answer.json.data.id);
    }
    if (Date.now() < runAt.getTime()) expect(await isPublished(api, ids[0]!)).toBe(false);

    await until('every schedule to fire', async () => {
      const fired = await rows(`SELECT count(*)::int AS n FROM document_schedules WHERE id = ANY($1) AND state = 'fired'`, [scheduleIds]);
      return fired[0].n === ids.length;
    });
    // Two more passes of each process: nothing fires a second time.
    await sleep(Number(POLL_MS) * 3);
    for (const id of ids) {
      expect(await publishEvents(id), id).toEqual([{ actor_kind: 'system', actor_reason: 'scheduler', major: true, change_note: null }]);
      expect(await isPublished(api, id)).toBe(true);
    }
    const fired = await rows(`SELECT fired_at, fired_by FROM document_schedules WHERE id = ANY($1)`, [scheduleIds]);
    for (const row of fired) expect(new Date(row.fired_at).getTime()).toBeGreaterThanOrEqual(runAt.getTime() - 1000);
    const byProcess = new Map<string, number>();
    for (const row of fired) byProcess.set(row.fired_by, (byProcess.get(row.fired_by) ?? 0) + 1);
    console.log(`[scheduling] fired per process: ${JSON.stringify([...byProcess])}`);
    // The schedule itself is an event too: who set it, for what and when.
    const set = await rows(`SELECT actor_kind, schedule FROM document_events WHERE action = 'schedule' AND document_id = $1`, [ids[0]]);
    expect(set).toHaveLength(1);
    expect(set[0].actor_kind).toBe('admin');
    expect(JSON.parse(set[0].schedule)).toEqual({ change: 'set', scheduleId: scheduleIds[0], action: 'publish', runAt: new Date(Math.floor(runAt.getTime() / 1000) * 1000).toISOString() });
  });

  it('carries the schedule\'s major flag and change note into the recorded republish, and unpublishes at its time', async () => {
    const id = await approvedArticle(desk, 'Bài tái xuất bản');
    const first = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 1_500)) });
    expect(first.status).toBe(201);
    await until('the first publish', () => isPublished(api, id));
    await until('the first fire to settle', async () => (await scheduleRow(first.json.data.id)).state === 'fired');
    // A republish is scheduled for a new edition, approved again.
    expect((await call(desk.author, 'PUT', `${cm}/${id}?locale=vi`, { summary: 'Văn bản mới' })).status).toBe(200);
    await approveAgain(desk, id);
    const again = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 1_500)), major: true, changeNote: 'Bổ sung văn bản mới' });
    expect(again.status, JSON.stringify(again.json)).toBe(201);
    const off = await schedule(api, id, { action: 'unpublish', at: vietnamLocal(new Date(Date.now() + 4_000)) });
    expect(off.status, JSON.stringify(off.json)).toBe(201);
    await until('the republish', async () => (await publishEvents(id)).length === 2);
    expect((await publishEvents(id))[1]).toEqual({ actor_kind: 'system', actor_reason: 'scheduler', major: true, change_note: 'Bổ sung văn bản mới' });
    await until('the unpublish', async () => !(await isPublished(api, id)));
    const unpublished = await rows(`SELECT actor_reason FROM document_events WHERE action = 'unpublish' AND document_id = $1`, [id]);
    expect(unpublished).toEqual([{ actor_reason: 'scheduler' }]);
  });

  it('never fires a schedule that was cancelled', async () => {
    const id = await approvedArticle(desk, 'Bài hủy hẹn giờ');
    const made = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 2_000)) });
    expect(made.status).toBe(201);
    const cancelled = await call(api, 'POST', `/cchc-scheduling/${ARTICLE}/${id}/${made.json.data.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.data.state).toBe('cancelled');
    const twice = await call(api, 'POST', `/cchc-scheduling/${ARTICLE}/${id}/${made.json.data.id}/cancel`);
    expect(twice.status).toBe(400);
    expect(twice.json.error.message).toMatch(/không còn chờ/);

    await sleep(4_000);
    expect(await publishEvents(id)).toEqual([]);
    expect(await isPublished(api, id)).toBe(false);
    expect((await scheduleRow(made.json.data.id)).state).toBe('cancelled');
    const changes = await rows(`SELECT schedule FROM document_events WHERE action = 'schedule' AND document_id = $1 ORDER BY id`, [id]);
    expect(changes.map((r) => JSON.parse(r.schedule).change)).toEqual(['set', 'cancel']);
    // Listed, latest first, in Vietnam time.
    const list = await call(api, 'GET', `/cchc-scheduling/${ARTICLE}/${id}?locale=vi`);
    expect(list.status).toBe(200);
    expect(list.json.data.map((s: { state: string }) => s.state)).toEqual(['cancelled']);
  });

  it('refuses a publish whose draft was changed after it was scheduled, and says why', async () => {
    const id = await approvedArticle(desk, 'Bài sửa sau khi hẹn');
    const made = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 2_500)) });
    expect(made.status).toBe(201);
    const edited = await call(api, 'PUT', `${cm}/${id}?locale=vi`, { summary: 'Tóm tắt đã sửa' });
    expect(edited.status, JSON.stringify(edited.json)).toBe(200);

    const refused = await until('the refusal', async () => {
      const row = await scheduleRow(made.json.data.id);
      return row.state === 'refused' ? row : null;
    });
    expect(refused.outcome).toMatch(/đã được duyệt/);
    expect(await publishEvents(id)).toEqual([]);
    expect(await isPublished(api, id)).toBe(false);
    const list = await call(api, 'GET', `/cchc-scheduling/${ARTICLE}/${id}?locale=vi`);
    expect(list.json.data[0]).toMatchObject({ state: 'refused', outcome: refused.outcome });
    const changes = await rows(`SELECT actor_reason, schedule FROM document_events WHERE action = 'schedule' AND document_id = $1 ORDER BY id`, [id]);
    expect(changes.map((r) => [JSON.parse(r.schedule).change, r.actor_reason])).toEqual([
      ['set', null],
      ['refuse', 'scheduler'],
    ]);
  });

  it('takes times in Vietnam time, returns them in UTC and Vietnam time, and refuses bad input in Vietnamese', async () => {
    const id = await approvedArticle(desk, 'Bài kiểm tra dữ liệu');
    const year = new Date().getUTCFullYear() + 1;
    const local = await schedule(api, id, { action: 'publish', at: `${year}-12-24T08:00` });
    expect(local.status, JSON.stringify(local.json)).toBe(201);
    expect(local.json.data).toMatchObject({ runAt: `${year}-12-24T01:00:00.000Z`, runAtVietnam: `24/12/${year} 08:00`, runAtInput: `${year}-12-24T08:00` });
    // One pending publish per document and locale.
    const twice = await schedule(api, id, { action: 'publish', at: `${year}-12-25T08:00` });
    expect(twice.status).toBe(400);
    expect(twice.json.error.message).toMatch(/đã có một lịch xuất bản đang chờ/);
    // ISO with an offset names the same kind of instant.
    const iso = await schedule(api, id, { action: 'unpublish', at: `${year}-12-31T23:30:00+07:00` });
    expect(iso.status, JSON.stringify(iso.json)).toBe(201);
    expect(iso.json.data).toMatchObject({ runAt: `${year}-12-31T16:30:00.000Z`, runAtVietnam: `31/12/${year} 23:30` });

    const other = await approvedArticle(desk, 'Bài dữ liệu sai');
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ action: 'publish', at: '2020-01-01T08:00' }, /đã qua/],
      [{ action: 'publish', at: vietnamLocal(new Date(Date.now() - 60_000)) }, /đã qua/],
      [{ action: 'publish', at: `${year}-02-30T08:00` }, /không hợp lệ/],
      [{ action: 'publish', at: `${year}-12-24T24:00` }, /không hợp lệ/],
      [{ action: 'publish', at: 'ngày mai' }, /không hợp lệ/],
      [{ action: 'publish', at: 1767225600000 }, /không hợp lệ/],
      [{ action: 'publish', at: `${year + 3}-01-01T08:00` }, /trong vòng 730 ngày/],
      [{ action: 'delete', at: `${year}-12-24T08:00` }, /publish/],
      [{ action: 'publish', at: `${year}-12-24T08:00`, locale: 'fr' }, /Ngôn ngữ không hợp lệ/],
      [{ action: 'publish', at: `${year}-12-24T08:00`, major: true }, /cần có ghi chú/],
      [{ action: 'publish', at: `${year}-12-24T08:00`, major: 'có' }, /true hoặc false/],
      [{ action: 'publish', at: `${year}-12-24T08:00`, changeNote: 'x'.repeat(1001) }, /tối đa 1000/],
      [{ action: 'unpublish', at: `${year}-12-24T08:00`, major: false }, /gỡ xuất bản không có/],
    ];
    for (const [body, message] of refusals) {
      const refused = await schedule(api, other, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.error.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await schedule(api, 'khongcotailieunay', { action: 'publish', at: `${year}-12-24T08:00` })).status).toBe(404);
    expect((await call(api, 'GET', `/cchc-scheduling/api::nothing.nothing/${other}`)).status).toBe(404);
    expect((await rows(`SELECT count(*)::int AS n FROM document_schedules WHERE document_id = $1`, [other]))[0].n).toBe(0);
  });

  it('is open only to a signed-in admin user who may publish the type', async () => {
    const id = await approvedArticle(desk, 'Bài quyền hẹn giờ');
    const year = new Date().getUTCFullYear() + 1;
    // No session: the admin's authentication refuses.
    const anonymous = await fetch(`${api.url}/cchc-scheduling/${ARTICLE}/${id}`);
    expect(anonymous.status).toBe(401);
    // Strapi's Author role may write but not publish.
    const roles = await call(api, 'GET', '/admin/roles');
    const author = roles.json.data.find((r: { code: string }) => r.code === 'strapi-author');
    const invited = await call(api, 'POST', '/admin/users', { firstname: 'Tác', lastname: 'Giả', email: `tacgia-${process.pid}@cchc.local`, roles: [author.id] });
    expect(invited.status, JSON.stringify(invited.json)).toBe(201);
    const registered = await fetch(`${api.url}/admin/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ registrationToken: invited.json.data.registrationToken, userInfo: { firstname: 'Tác', lastname: 'Giả', password: 'Tac-gia-2026' } }),
    });
    expect(registered.status).toBe(200);
    const authorApi = { url: api.url, token: ((await registered.json()) as { data: { token: string } }).data.token };
    const refused = await schedule(authorApi, id, { action: 'publish', at: `${year}-12-24T08:00` });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/Chỉ biên tập viên/);
    expect((await call(authorApi, 'GET', `/cchc-scheduling/${ARTICLE}/${id}`)).status).toBe(403);
    const made = await schedule(api, id, { action: 'publish', at: `${year}-12-24T08:00` });
    expect((await call(authorApi, 'POST', `/cchc-scheduling/${ARTICLE}/${id}/${made.json.data.id}/cancel`)).status).toBe(403);
    expect((await scheduleRow(made.json.data.id)).state).toBe('pending');
  });

  it('fires exactly once when the process firing it is killed before it commits', async () => {
    const id = await approvedArticle(desk, 'Bài tiến trình bị dừng');
    writeFileSync(pauseFile, '');
    const made = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 1_500)) });
    expect(made.status).toBe(201);
    // Whichever process claims it first takes the marker and stops inside the transaction.
    const paused = await until('a process to pause mid-fire', async () => running.find((c) => c.output().includes(`SCHEDULER_PAUSED ${made.json.data.id} `)));
    const survivor = running.find((c) => c !== paused)!;
    expect(existsSync(pauseFile)).toBe(false);
    // The publish and the state change are written but not committed: nobody else sees them.
    await sleep(1_000);
    expect((await scheduleRow(made.json.data.id)).state).toBe('pending');
    expect(await publishEvents(id)).toEqual([]);
    expect(await isPublished(api, id)).toBe(false);

    paused.child.kill('SIGKILL');
    await new Promise((r) => paused.child.once('exit', r));
    running.splice(running.indexOf(paused), 1);

    const row = await until('the other process to fire it', async () => {
      const current = await scheduleRow(made.json.data.id);
      return current.state === 'fired' ? current : null;
    });
    expect(row.fired_by).toMatch(new RegExp(`:${survivor.child.pid}$`));
    await sleep(Number(POLL_MS) * 3);
    expect(await publishEvents(id)).toEqual([{ actor_kind: 'system', actor_reason: 'scheduler', major: true, change_note: null }]);
    api = { url: survivor.url, token: await login(survivor.url) };
    desk = await deskOn(survivor.url, desk);
    expect(await isPublished(api, id)).toBe(true);
  });

  it('catches up at start on a schedule that came due while every process was down', async () => {
    const id = await approvedArticle(desk, 'Bài bắt kịp');
    const made = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 2_000)) });
    expect(made.status).toBe(201);
    for (const cms of [...running]) await stopCms(cms);
    await sleep(3_000);
    expect((await scheduleRow(made.json.data.id)).state).toBe('pending');

    const started = Date.now();
    const cms = await startCms();
    const row = await until('the catch-up', async () => {
      const current = await scheduleRow(made.json.data.id);
      return current.state === 'fired' ? current : null;
    });
    expect(new Date(row.fired_at).getTime()).toBeGreaterThanOrEqual(started);
    expect(row.fired_by).toMatch(new RegExp(`:${cms.child.pid}$`));
    expect(await publishEvents(id)).toHaveLength(1);
    api = { url: cms.url, token: await login(cms.url) };
    desk = await deskOn(cms.url, desk);
    expect(await isPublished(api, id)).toBe(true);
  });
});

describe('scheduling on SQLite, one process', () => {
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await bootCms('sqlite', { SCHEDULER_POLL_MS: POLL_MS });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('fires a due schedule once, in the transaction of its publish', async () => {
    const api = { url: cms.url, token: await login(cms.url) };
    const id = await approvedArticle(await makeDesk(api), 'Bài SQLite');
    const made = await schedule(api, id, { action: 'publish', at: vietnamLocal(new Date(Date.now() + 1_500)) });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    await until('the fire', () => isPublished(api, id));
    const knex = cms.strapi.db.connection;
    await until('the state', async () => (await knex('document_schedules').where({ id: made.json.data.id }).first()).state === 'fired');
    await sleep(Number(POLL_MS) * 3);
    const events = await knex('document_events').where({ document_id: id, action: 'publish' });
    expect(events.map((e: { actor_reason: string }) => e.actor_reason)).toEqual(['scheduler']);
  });
});
