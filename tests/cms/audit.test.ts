/**
 * The permanent audit log (cms/src/audit/), on the real CMS, on SQLite and on PostgreSQL: one
 * entry per document event (Document Service and admin HTTP API alike, re-delivery recorded
 * once), logins and failed logins, user, role, permission and API token changes; the
 * administrator's search and CSV export, closed to everyone but a Super Admin; and the table
 * refuses UPDATE and DELETE even by direct SQL.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { ALL_TYPES, paragraphs, uidOf } from '@cchc/content-types';
import type { AuditEntry } from '../../cms/src/audit/entry';
import { CMS_DIR } from '../support/paths';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';

// The compiled modules Strapi itself runs (CommonJS).
const require = createRequire(import.meta.url);
const dist = (path: string) => require(resolve(CMS_DIR, 'dist/src', path));
const { readEvents } = dist('events/log.js') as typeof import('../../cms/src/events/log');
const { asSystem, recordWrite, WORKFLOW_ACTIONS, ACTIONS } = dist('events/index.js') as typeof import('../../cms/src/events');
const { ACTION_LABELS, SUBJECT_LABELS, DOCUMENT_TYPES } = dist('audit/labels.js') as typeof import('../../cms/src/audit/labels');

const ARTICLE = uidOf('article') as UID.ContentType;
const TOPIC = uidOf('topic') as UID.ContentType;

/** RFC 4180, enough to read our own export back: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('the audit log on %s', (database) => {
  let cms: RunningCms;
  let agency: string;
  let token: string;
  let adminId: number;
  let imageId: number;
  // One administrator per database: Strapi's login rate limit (per e-mail and address) is kept
  // in memory for the whole test process.
  const ADMIN = { email: `quantri.${database}@soctrang.gov.vn`, password: 'Mot-mat-khau-dai-2026' };
  let codes = 0;
  const code = () => `audit-test-${++codes}`;

  const rows = async (): Promise<AuditEntry[]> => (await search({ pageSize: '100' }, 'all')).data;
  /** All entries through the administrator's API (every page), newest first. */
  async function search(params: Record<string, string>, pages: 'one' | 'all' = 'one'): Promise<{ data: AuditEntry[]; total: number }> {
    const out: AuditEntry[] = [];
    for (let page = Number(params.page ?? 1); ; page++) {
      const res = await api(`/cchc-audit/entries?${new URLSearchParams({ ...params, page: String(page) })}`);
      expect(res.status, await res.clone().text()).toBe(200);
      const body = (await res.json()) as { data: AuditEntry[]; meta: { pagination: { total: number; pageCount: number } } };
      out.push(...body.data);
      if (pages === 'one' || page >= body.meta.pagination.pageCount) return { data: out, total: body.meta.pagination.total };
    }
  }
  const api = (path: string, init: RequestInit = {}, bearer = token) =>
    fetch(`${cms.url}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}`, ...init.headers } });
  const post = (path: string, body: unknown, bearer = token) => api(path, { method: 'POST', body: JSON.stringify(body) }, bearer);
  const login = (email: string, password: string) =>
    fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  /** Entries newer than `mark` (an entry id), oldest first. */
  const since = async (mark: number) => (await rows()).filter((e) => e.id > mark).reverse();
  const lastEntry = async () => (await rows())[0]?.id ?? 0;

  beforeAll(async () => {
    cms = await bootCms(database, { EVENTS_POLL_MS: '100', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    imageId = await uploadTestImage(cms.strapi);
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
    const res = await login(ADMIN.email, ADMIN.password);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { token: string; user: { id: number } } };
    token = data.token;
    adminId = data.user.id;
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it("names every document action, and every type as the model does", () => {
    for (const action of ACTIONS) expect(ACTION_LABELS[`document.${action}`], action).toBeDefined();
    expect(DOCUMENT_TYPES).toEqual(ALL_TYPES.map((t) => t.name));
    for (const type of ALL_TYPES) expect(SUBJECT_LABELS[type.name]).toEqual({ vi: type.displayName.vi, en: type.displayName.en });
  });

  it('records one entry per document event, with the owning agency and the publish note', async () => {
    const mark = await lastEntry();
    const firstEvent = (await readEvents(cms.strapi, 0, 100_000)).at(-1)?.id ?? 0;
    const docs = cms.strapi.documents(ARTICLE);
    const work = async () => {
      const article = await docs.create({ locale: 'vi', data: { title: 'Một cửa liên thông', summary: 's', body: paragraphs('b'), agency, cover: { image: imageId, alt: 'ảnh' } } } as never);
      const id = article.documentId;
      await docs.update({ documentId: id, locale: 'vi', data: { title: 'Một cửa liên thông cấp xã' } } as never);
      await docs.publish({ documentId: id, locale: 'vi' } as never);
      await docs.publish({ documentId: id, locale: 'vi', major: true, changeNote: 'Bổ sung số liệu' } as never);
      await docs.update({ documentId: id, locale: 'vi', data: { title: 'Bỏ đi' } } as never);
      await docs.discardDraft({ documentId: id, locale: 'vi' } as never);
      await docs.unpublish({ documentId: id, locale: 'vi' } as never);
      // The workflow's actions, as its transitions will record them (nothing emits them yet).
      for (const action of WORKFLOW_ACTIONS) await recordWrite(cms.strapi, { action, type: 'article', documentId: id, locale: 'vi' });
      return id;
    };
    const id = await asSystem('audit-test', work);
    // Deleted: no row is left to look the agency up in; the entry keeps the last one recorded.
    await asSystem('audit-test', () => docs.delete({ documentId: id, locale: '*' } as never));

    const events = await readEvents(cms.strapi, firstEvent, 100_000);
    const entries = await since(mark);
    expect(entries.map((e) => e.action)).toEqual(events.map((e) => `document.${e.action}`));
    expect(entries.map((e) => e.sourceEventId)).toEqual(events.map((e) => e.id));
    expect(entries.map((e) => e.action)).toEqual([
      'document.create',
      'document.update',
      'document.publish',
      'document.publish',
      'document.update',
      'document.discard',
      'document.unpublish',
      ...WORKFLOW_ACTIONS.map((a) => `document.${a}`),
      'document.delete',
    ]);
    for (const entry of entries) {
      expect(entry.subject).toEqual({ type: 'article', id, locale: 'vi' });
      expect(entry.actor).toEqual({ kind: 'system', id: null, email: null, name: 'audit-test' });
      expect(entry.agency).toBe(agency);
    }
    expect(entries[2]!.details).toEqual({ publish: { major: true } });
    expect(entries[3]!.details).toEqual({ publish: { major: true, changeNote: 'Bổ sung số liệu' } });
    expect(entries.map((e) => new Date(e.at).getTime())).toEqual(events.map((e) => e.at.getTime()));

    // A taxonomy has no owning agency.
    const before = await lastEntry();
    await cms.strapi.documents(TOPIC).create({ locale: 'vi', data: { name: 'Chủ đề', code: code() } } as never);
    expect((await since(before)).map((e) => [e.action, e.subject?.type, e.agency])).toEqual([['document.create', 'topic', null]]);
  });

  it('records the facts as they were at the write: a later agency or name leaves an entry as written', async () => {
    const mark = await lastEntry();
    const other = await createTerm(cms.strapi, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: code(), agencyKind: 'department' });
    const admin = cms.strapi.db.query('admin::user');
    const { firstname } = (await admin.findOne({ where: { id: adminId }, select: ['firstname'] })) as { firstname: string };
    const created = await post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, {
      title: 'Dữ kiện lúc ghi',
      summary: 's',
      body: paragraphs('b'),
      agency,
      cover: { image: imageId, alt: 'ảnh' },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { data: article } = (await created.json()) as { data: { documentId: string } };
    await admin.update({ where: { id: adminId }, data: { firstname: 'Tên mới' } });
    try {
      const moved = await api(`/content-manager/collection-types/${ARTICLE}/${article.documentId}?locale=vi`, { method: 'PUT', body: JSON.stringify({ agency: other }) });
      expect(moved.status, await moved.clone().text()).toBe(200);
      const entries = (await since(mark)).filter((e) => e.subject?.id === article.documentId);
      expect(entries.map((e) => [e.action, e.agency, e.actor.name?.split(' ')[0]])).toEqual([
        ['document.create', agency, firstname.split(' ')[0]],
        ['document.update', other, 'Tên'],
      ]);
    } finally {
      await admin.update({ where: { id: adminId }, data: { firstname } });
    }
  });

  it('records logins, failed logins, and the admin who changed a document through the admin API', async () => {
    const mark = await lastEntry();
    expect((await login(ADMIN.email, ADMIN.password)).status).toBe(200);
    const wrongPassword = 'Sai-mat-khau-2026!';
    expect((await login(ADMIN.email, wrongPassword)).status).toBe(400);
    expect((await login('khong-ton-tai@soctrang.gov.vn', wrongPassword)).status).toBe(400);
    const created = await post(`/content-manager/collection-types/${TOPIC}?locale=vi`, { name: 'Từ trang quản trị', code: code() });
    expect(created.status).toBe(201);
    const { data: topic } = (await created.json()) as { data: { documentId: string } };
    const published = await post(`/content-manager/collection-types/${TOPIC}/${topic.documentId}/actions/publish?locale=vi`, {});
    expect(published.status).toBe(200);

    const entries = await since(mark);
    const me = { kind: 'admin', id: adminId, email: ADMIN.email, name: expect.any(String) };
    expect(entries.map((e) => [e.action, e.actor, e.subject, e.ip])).toEqual([
      ['auth.login', me, { type: 'admin-user', id: String(adminId), locale: null }, '127.0.0.1'],
      ['auth.login-failed', { kind: 'anonymous', id: null, email: ADMIN.email, name: null }, { type: 'admin-user', id: String(adminId), locale: null }, '127.0.0.1'],
      ['auth.login-failed', { kind: 'anonymous', id: null, email: 'khong-ton-tai@soctrang.gov.vn', name: null }, null, '127.0.0.1'],
      ['document.create', me, { type: 'topic', id: topic.documentId, locale: 'vi' }, null],
      // The content manager saves the draft before it publishes it: an update, then the publish.
      ['document.update', me, { type: 'topic', id: topic.documentId, locale: 'vi' }, null],
      ['document.publish', me, { type: 'topic', id: topic.documentId, locale: 'vi' }, null],
    ]);
    expect(entries[1]!.details).toEqual({ reason: 'Invalid credentials', provider: 'local' });
    // The password tried is nowhere in the table.
    const raw = JSON.stringify(await cms.strapi.db.connection('audit_log').select());
    expect(raw).not.toContain(wrongPassword);
    expect(raw).not.toContain(ADMIN.password);
  });

  it('records admin users created, updated and deleted, without passwords', async () => {
    const mark = await lastEntry();
    const roles = (await (await api('/admin/roles')).json()) as { data: { id: number; code: string }[] };
    const editor = roles.data.find((r) => r.code === 'strapi-editor')!;
    const created = await post('/admin/users', { firstname: 'Lan', lastname: 'Nguyễn', email: `lan.${database}@soctrang.gov.vn`, roles: [editor.id] });
    expect(created.status).toBe(201);
    const { data: user } = (await created.json()) as { data: { id: number } };
    const password = 'Mat-khau-moi-2026!';
    expect((await api(`/admin/users/${user.id}`, { method: 'PUT', body: JSON.stringify({ firstname: 'Lan Anh', password, isActive: true }) })).status).toBe(200);
    expect((await api(`/admin/users/${user.id}`, { method: 'DELETE' })).status).toBe(200);

    const entries = await since(mark);
    const subject = { type: 'admin-user', id: String(user.id), locale: null };
    expect(entries.map((e) => [e.action, e.subject, e.actor.email])).toEqual([
      ['user.create', subject, ADMIN.email],
      ['user.update', subject, ADMIN.email],
      ['user.delete', subject, ADMIN.email],
    ]);
    expect(entries[1]!.details).toMatchObject({ email: `lan.${database}@soctrang.gov.vn`, firstname: 'Lan Anh', isActive: true, roles: ['strapi-editor'] });
    const raw = JSON.stringify(await cms.strapi.db.connection('audit_log').select());
    expect(raw).not.toContain(password);
    expect(raw).not.toMatch(/"password|\$2[aby]\$|registrationToken/);
  });

  it("records roles created, deleted and changed, and which permissions changed", async () => {
    const mark = await lastEntry();
    const created = await post('/admin/roles', { name: `Tác giả ${database}`, description: 'Tác giả của một cơ quan' });
    expect(created.status).toBe(201);
    const { data: role } = (await created.json()) as { data: { id: number } };
    const permission = { action: 'plugin::content-manager.explorer.read', subject: TOPIC, properties: { fields: ['name'], locales: ['vi'] }, conditions: [] };
    expect((await api(`/admin/roles/${role.id}/permissions`, { method: 'PUT', body: JSON.stringify({ permissions: [permission] }) })).status).toBe(200);
    expect((await api(`/admin/roles/${role.id}/permissions`, { method: 'PUT', body: JSON.stringify({ permissions: [] }) })).status).toBe(200);
    expect((await api(`/admin/roles/${role.id}`, { method: 'DELETE' })).status).toBe(200);

    const entries = await since(mark);
    const subject = { type: 'role', id: String(role.id), locale: null };
    expect(entries.map((e) => [e.action, e.subject])).toEqual([
      ['role.create', subject],
      ['role.update', subject],
      ['role.update', subject],
      ['role.delete', subject],
    ]);
    expect(entries[0]!.details).toMatchObject({ name: `Tác giả ${database}` });
    expect(entries[1]!.details).toEqual({ permissions: { added: [permission], removed: [] } });
    expect(entries[2]!.details).toEqual({ permissions: { added: [], removed: [permission] } });
  });

  it('records API tokens created, regenerated and revoked, never their keys', async () => {
    const mark = await lastEntry();
    const created = await post('/admin/api-tokens', { name: `Báo Sóc Trăng ${database}`, description: 'đọc', type: 'read-only', lifespan: null });
    expect(created.status).toBe(201);
    const { data: apiToken } = (await created.json()) as { data: { id: number; accessKey: string } };
    const regenerated = await post(`/admin/api-tokens/${apiToken.id}/regenerate`, {});
    expect(regenerated.status).toBe(201);
    const { data: renewed } = (await regenerated.json()) as { data: { accessKey: string } };
    expect((await api(`/admin/api-tokens/${apiToken.id}`, { method: 'PUT', body: JSON.stringify({ name: `Báo Sóc Trăng (sửa) ${database}` }) })).status).toBe(200);
    expect((await api(`/admin/api-tokens/${apiToken.id}`, { method: 'DELETE' })).status).toBe(200);

    const entries = await since(mark);
    const subject = { type: 'api-token', id: String(apiToken.id), locale: null };
    expect(entries.map((e) => [e.action, e.subject, e.actor.id])).toEqual([
      ['api-token.create', subject, adminId],
      ['api-token.regenerate', subject, adminId],
      ['api-token.update', subject, adminId],
      ['api-token.delete', subject, adminId],
    ]);
    expect(entries[0]!.details).toMatchObject({ name: `Báo Sóc Trăng ${database}`, type: 'read-only' });
    expect(entries[1]!.details).toMatchObject({ name: `Báo Sóc Trăng ${database}` });
    const raw = JSON.stringify(await cms.strapi.db.connection('audit_log').select());
    expect(raw).not.toContain(apiToken.accessKey);
    expect(raw).not.toContain(renewed.accessKey);
  });

  it('searches by user, agency, document, action and period, newest first, in bounded pages', async () => {
    const all = await rows();
    expect(all.map((e) => [new Date(e.at).getTime(), e.id])).toEqual(
      [...all].map((e) => [new Date(e.at).getTime(), e.id]).sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!),
    );
    const byId = (await search({ user: String(adminId), pageSize: '100' }, 'all')).data;
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.every((e) => e.actor.kind === 'admin' && e.actor.id === adminId)).toBe(true);
    const byEmail = (await search({ user: ADMIN.email.toUpperCase(), pageSize: '100' }, 'all')).data;
    expect(byEmail.map((e) => e.id)).toEqual(all.filter((e) => e.actor.email === ADMIN.email).map((e) => e.id));
    expect(byEmail.some((e) => e.action === 'auth.login-failed')).toBe(true);

    const byAgency = (await search({ agency, pageSize: '100' }, 'all')).data;
    expect(byAgency.length).toBeGreaterThan(0);
    expect(byAgency.map((e) => e.id)).toEqual(all.filter((e) => e.agency === agency).map((e) => e.id));

    const article = all.find((e) => e.subject?.type === 'article')!.subject!;
    const byDocument = (await search({ documentType: 'article', documentId: article.id!, pageSize: '100' }, 'all')).data;
    expect(byDocument.map((e) => e.id)).toEqual(all.filter((e) => e.subject?.type === 'article' && e.subject.id === article.id).map((e) => e.id));

    expect((await search({ action: 'document.publish', pageSize: '100' }, 'all')).data.every((e) => e.action === 'document.publish')).toBe(true);
    const auth = (await search({ action: 'auth', pageSize: '100' }, 'all')).data;
    expect(new Set(auth.map((e) => e.action))).toEqual(new Set(['auth.login', 'auth.login-failed']));

    // Days in Asia/Ho_Chi_Minh: today there holds everything written just now, tomorrow nothing.
    const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    expect((await search({ from: day(0), to: day(0) })).total).toBe(all.length);
    expect((await search({ from: day(1) })).total).toBe(0);
    expect((await search({ to: day(-1) })).total).toBe(0);

    const page2 = await search({ pageSize: '2', page: '2' });
    expect(page2.data.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    expect(page2.total).toBe(all.length);
  });

  it('refuses a malformed search with a 400 naming the parameter, in Vietnamese', async () => {
    for (const [query, param] of [
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['from=2026-02-30', 'from'],
      ['to=1.5.2026', 'to'],
      ['from=2026-05-02&to=2026-05-01', 'to'],
      ['user=x%20y', 'user'],
      ['documentId=abc', 'documentType'],
      ['documentType=article', 'documentId'],
      ['documentType=user&documentId=abc', 'documentType'],
      ['action=DROP%20TABLE', 'action'],
      ['agency=a;b', 'agency'],
      ['user=1&user=2', 'user'],
      ['sort=id', 'sort'],
    ] as const) {
      const res = await api(`/cchc-audit/entries?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { message: string; details: { param: string } } };
      expect(body.error.details.param, query).toBe(param);
      expect(body.error.message, query).toContain('không hợp lệ');
    }
    expect((await api('/cchc-audit/entries.csv?page=2')).status).toBe(400);
  });

  it('exports the same search as CSV: BOM, RFC 4180, no spreadsheet formulas', async () => {
    // A system task whose name a spreadsheet would run, and a change note with quotes and a comma.
    await asSystem('=HYPERLINK("http://example.com")', async () => {
      const topic = await cms.strapi.documents(TOPIC).create({ locale: 'vi', data: { name: 'Xuất CSV', code: code() } } as never);
      await cms.strapi.documents(TOPIC).publish({ documentId: topic.documentId, locale: 'vi', major: true, changeNote: 'Sửa "tên", thêm dòng\nmới' } as never);
    });
    const res = await api('/cchc-audit/entries.csv?action=document');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="nhat-ky-he-thong-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...lines] = parseCsv(text);
    expect(header?.[1]).toBe('Thời điểm (giờ Việt Nam)');
    const expected = (await search({ action: 'document', pageSize: '100' }, 'all')).data;
    expect(lines.map((l) => Number(l[0]))).toEqual(expected.map((e) => e.id));
    const publish = lines.find((l) => l[3] === 'document.publish' && l[7]?.includes('HYPERLINK'))!;
    expect(publish[2]).toBe('Xuất bản');
    expect(publish[7]).toBe(`'=HYPERLINK("http://example.com")`);
    expect(JSON.parse(publish[13]!)).toEqual({ publish: { major: true, changeNote: 'Sửa "tên", thêm dòng\nmới' } });
    const entry = expected.find((e) => e.id === Number(publish[0]))!;
    const vietnam = new Date(new Date(entry.at).getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(publish[1]).toBe(vietnam);
  });

  it('is closed to every admin who is not a Super Admin, and to the unauthenticated', async () => {
    const role = (await (await post('/admin/roles', { name: `Biên tập viên ${database}` })).json()) as { data: { id: number } };
    const email = `bientap.${database}@soctrang.gov.vn`;
    const password = 'Bien-tap-vien-2026!';
    await cms.strapi.service('admin::user').create({ email, firstname: 'Minh', password, isActive: true, roles: [role.data.id] });
    const res = await login(email, password);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { token: string } };
    for (const path of ['/cchc-audit/entries', '/cchc-audit/entries.csv', '/cchc-audit/entries?user=1']) {
      expect((await api(path, {}, data.token)).status, path).toBe(403);
      expect((await fetch(`${cms.url}${path}`)).status, path).toBe(401);
    }
    for (const path of ['/api/audit-log', '/api/audit-logs', '/api/audit_log']) expect((await fetch(`${cms.url}${path}`)).status, path).toBe(404);
  });

  it('refuses UPDATE and DELETE by direct SQL, on the audit log and the event log', async () => {
    const count = (await rows()).length;
    const raw = (sql: string) => cms.strapi.db.connection.raw(sql);
    for (const table of ['audit_log', 'document_events']) {
      await expect(raw(`UPDATE ${table} SET action = 'auth.login'`)).rejects.toThrow(`${table} is append-only`);
      await expect(raw(`DELETE FROM ${table}`)).rejects.toThrow(`${table} is append-only`);
      if (database === 'postgres') await expect(raw(`TRUNCATE ${table}`)).rejects.toThrow(`${table} is append-only`);
    }
    expect((await rows()).length).toBe(count);
  });
});
