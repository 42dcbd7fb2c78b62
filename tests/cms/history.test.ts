/**
 * Version history (cms/src/history/), on the real CMS, on SQLite and on PostgreSQL: every
 * publish keeps a version with who, when, major or minor, the change note and exactly the
 * content it made live; two versions compare field by field; restoring one writes it as the
 * new draft (the published version untouched), recorded as one `restore` event, and only for
 * a user who may update that document. Everything through the real admin HTTP API.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { uidOf, type Blocks } from '@cchc/content-types';
import type { FieldComparison } from '../../cms/src/history/compare';
import type { Version, VersionSummary } from '../../cms/src/history/versions';
import { CMS_DIR } from '../support/paths';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { adminToken, createUserInRole, readOnlyRole } from '../support/admin-users';

// The compiled modules Strapi itself runs (CommonJS), so that `asSystem` is the CMS's own.
const require = createRequire(import.meta.url);
const { readEvents } = require(resolve(CMS_DIR, 'dist/src/events/log.js')) as typeof import('../../cms/src/events/log');
const { asSystem } = require(resolve(CMS_DIR, 'dist/src/events/index.js')) as typeof import('../../cms/src/events');
const { VERSIONS_TABLE } = require(resolve(CMS_DIR, 'dist/src/history/versions.js')) as typeof import('../../cms/src/history/versions');

const ARTICLE = uidOf('article') as UID.ContentType;
const ADMIN = { email: 'admin@cchc.local', password: 'Cchc-local-2026' };

const body1: Blocks = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Một cửa liên thông' }] },
  { type: 'paragraph', children: [{ type: 'text', text: 'Người dân nộp hồ sơ tại xã.' }] },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Nhanh chóng' }] }] },
];
const body3: Blocks = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Một cửa liên thông hiện đại' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Người dân nộp hồ sơ trực tuyến tại ' },
      { type: 'link', url: 'https://dichvucong.gov.vn', children: [{ type: 'text', text: 'Cổng dịch vụ công' }] },
      { type: 'text', text: '.' },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: 'Không phải đi lại nhiều lần.' }] },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Nhanh chóng' }] }] },
];

describe.each<DatabaseKind>(['sqlite', 'postgres'])('version history on %s', (database) => {
  let cms: RunningCms;
  let token: string;
  let adminId: number;
  let agency: string;
  let topicA: string;
  let topicB: string;
  let doomedTopic: string;
  let imageA: number;
  let imageB: number;
  let articleId: string;

  const docs = () => cms.strapi.documents(ARTICLE);
  const historyUrl = (documentId: string, locale: string, rest: string) =>
    `${cms.url}/cchc-history/${ARTICLE}/${documentId}/${locale}/${rest}`;
  const call = (url: string, jwt = token, init: RequestInit = {}) =>
    fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) } });
  const json = async <T>(response: Response) => ((await response.json()) as { data: T }).data;
  const list = async (documentId = articleId, locale = 'vi') => {
    const response = await call(historyUrl(documentId, locale, 'versions'));
    expect(response.status).toBe(200);
    return json<VersionSummary[]>(response);
  };
  const get = async (id: number) => json<Version>(await call(historyUrl(articleId, 'vi', `versions/${id}`)));
  /**
   * Publishes as the signed-in admin through the editorial workflow (the only way live): submit,
   * then approve and publish with the administrator's override of the four-eyes rule, since
   * nobody else is there. A republish is minor.
   */
  const publishAsAdmin = async (documentId: string) => {
    const step = (name: string, body: Record<string, unknown> = {}) =>
      call(`${cms.url}/cchc-workflow/documents/article/${documentId}/transitions/${name}?locale=vi`, token, { method: 'POST', body: JSON.stringify(body) });
    expect((await step('submit')).status).toBe(200);
    const override = { override: true, note: 'kiểm thử lịch sử' };
    expect((await step('approve', override)).status).toBe(200);
    const published = await step('publish', { ...override, major: false });
    expect(published.status, await published.clone().text()).toBe(200);
  };
  const draft = (data: Record<string, unknown>) => docs().update({ documentId: articleId, locale: 'vi', data } as never);

  beforeAll(async () => {
    cms = await bootCms(database);
    ({ token, userId: adminId } = await adminToken(cms.url, ADMIN));
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
    topicA = await createTerm(cms.strapi, 'topic', { vi: 'Chuyển đổi số', km: 'ឌីជីថល', en: 'Digital' }, { code: 'chuyen-doi-so' });
    topicB = await createTerm(cms.strapi, 'topic', { vi: 'Dịch vụ công', km: 'សេវាសាធារណៈ', en: 'Public services' }, { code: 'dich-vu-cong' });
    doomedTopic = await createTerm(cms.strapi, 'topic', { vi: 'Chuyên đề sẽ xóa', km: 'លុប', en: 'To be deleted' }, { code: 'se-xoa' });
    imageA = await uploadTestImage(cms.strapi, 'anh-a.png');
    imageB = await uploadTestImage(cms.strapi, 'anh-b.png');
    const article = await docs().create({
      locale: 'vi',
      data: {
        title: 'Một cửa liên thông cấp xã',
        summary: 'Tóm tắt lần một',
        body: body1,
        agency,
        topics: [topicA, doomedTopic],
        cover: { image: imageA, alt: 'Quầy một cửa' },
      },
    } as never);
    articleId = article.documentId;
    // An English translation, for the locale-scoped role below.
    await docs().update({ documentId: articleId, locale: 'en', data: { title: 'One-stop shop', summary: 's', body: body1 } } as never);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('keeps a version per publish, with who, when, major or minor, the note and the content it made live', async () => {
    const before = Date.now();
    await publishAsAdmin(articleId); // the first publish: major
    await draft({ summary: 'Tóm tắt lần hai' });
    await publishAsAdmin(articleId); // a republish: minor
    await draft({ title: 'Một cửa liên thông hiện đại', body: body3, topics: [topicA, topicB], cover: { image: imageB, alt: 'Dịch vụ công trực tuyến' } });
    await asSystem('bien-tap-thu', () =>
      docs().publish({ documentId: articleId, locale: 'vi', major: true, changeNote: 'Bổ sung dịch vụ trực tuyến' } as never),
    );

    const versions = await list();
    expect(versions.map((v) => [v.number, v.major, v.changeNote, v.author])).toEqual([
      [3, true, 'Bổ sung dịch vụ trực tuyến', { kind: 'system', id: null, name: 'bien-tap-thu' }],
      [2, false, null, { kind: 'admin', id: adminId, name: 'Quản trị CCHC' }],
      [1, true, null, { kind: 'admin', id: adminId, name: 'Quản trị CCHC' }],
    ]);
    for (const v of versions) {
      expect(new Date(v.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(v.documentId).toBe(articleId);
      expect(v.locale).toBe('vi');
    }
    const publishEvents = (await readEvents(cms.strapi, 0, 100_000)).filter((e) => e.action === 'publish' && e.documentId === articleId);
    expect(versions.map((v) => v.eventId).reverse()).toEqual(publishEvents.map((e) => e.id));

    const [third, second, first] = await Promise.all(versions.map((v) => get(v.id)));
    expect(first!.content).toMatchObject({
      title: 'Một cửa liên thông cấp xã',
      summary: 'Tóm tắt lần một',
      body: body1,
      agency: { documentId: agency, name: 'Sở Nội vụ' },
      topics: [
        { documentId: topicA, name: 'Chuyển đổi số' },
        { documentId: doomedTopic, name: 'Chuyên đề sẽ xóa' },
      ],
      cover: { image: { id: imageA, name: 'anh-a.png', alt: '' }, alt: 'Quầy một cửa', caption: null, credit: null },
      gallery: [],
    });
    expect((first!.content.cover as { image: { url: string } }).image.url).toMatch(/^\/uploads\/anh_a.*\.png$/);
    expect(second!.content).toMatchObject({ title: 'Một cửa liên thông cấp xã', summary: 'Tóm tắt lần hai', body: body1 });
    expect(third!.content).toMatchObject({
      title: 'Một cửa liên thông hiện đại',
      body: body3,
      topics: [
        { documentId: topicA, name: 'Chuyển đổi số' },
        { documentId: topicB, name: 'Dịch vụ công' },
      ],
      cover: { image: { id: imageB }, alt: 'Dịch vụ công trực tuyến' },
    });
  });

  it('keeps each of two publishes in quick succession with its own content, also in one transaction', async () => {
    const quick = await docs().create({ locale: 'vi', data: { title: 'Lần A', summary: 's', body: body1, agency, cover: { image: imageA, alt: 'a' } } } as never);
    const id = quick.documentId;
    const update = (title: string) => docs().update({ documentId: id, locale: 'vi', data: { title } } as never);
    const publish = () => docs().publish({ documentId: id, locale: 'vi' } as never);
    await publish();
    await update('Lần B');
    await publish();
    // Both commit together: a reader after commit would only ever see "Lần D".
    await cms.strapi.db.transaction(async () => {
      await update('Lần C');
      await publish();
      await update('Lần D');
      await publish();
    });
    const versions = await list(id);
    const titles = await Promise.all(
      versions.map(async (v) => (await json<Version>(await call(historyUrl(id, 'vi', `versions/${v.id}`)))).content.title),
    );
    expect(titles).toEqual(['Lần D', 'Lần C', 'Lần B', 'Lần A']);
  });

  it('compares two versions field by field: text, rich text, relations and media', async () => {
    const [third, , first] = await list();
    const response = await call(historyUrl(articleId, 'vi', `compare?from=${first!.id}&to=${third!.id}`));
    expect(response.status).toBe(200);
    const { from, to, fields } = await json<{ from: VersionSummary; to: VersionSummary; fields: FieldComparison[] }>(response);
    expect([from.number, to.number]).toEqual([1, 3]);
    const field = (key: string) => fields.find((f) => f.field === key)!;
    const words = (f: FieldComparison, kind: 'inserted' | 'deleted') =>
      f.kind === 'text' ? f.parts.filter((p) => p.kind === kind).map((p) => p.text.trim()).filter(Boolean) : [];

    expect(field('title')).toMatchObject({ label: 'Tiêu đề', status: 'changed', kind: 'text' });
    expect(words(field('title'), 'deleted')).toEqual(['cấp xã']);
    expect(words(field('title'), 'inserted')).toEqual(['hiện đại']);
    expect(field('summary')).toMatchObject({ label: 'Sapo', status: 'changed' });
    expect(field('byline')).toMatchObject({ label: 'Tác giả', status: 'unchanged' });

    // Rich text: the visible words of the heading, the link, the quote and the list.
    const body = field('body');
    expect(body).toMatchObject({ label: 'Nội dung', status: 'changed', kind: 'text' });
    const inserted = words(body, 'inserted').join(' ');
    expect(inserted).toContain('hiện đại');
    expect(inserted).toContain('Cổng dịch vụ công');
    expect(inserted).toContain('Không phải đi lại nhiều lần');
    expect(words(body, 'deleted').join(' ')).toContain('xã');
    expect(body.kind === 'text' && body.parts.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain('Nhanh chóng');

    expect(field('topics')).toMatchObject({
      label: 'Chuyên đề',
      status: 'changed',
      kind: 'items',
      added: [{ key: topicB, label: 'Dịch vụ công' }],
      removed: [{ key: doomedTopic, label: 'Chuyên đề sẽ xóa' }],
      kept: [{ key: topicA, label: 'Chuyển đổi số' }],
    });
    expect(field('agency')).toMatchObject({ status: 'unchanged', kind: 'items', added: [], removed: [] });

    const cover = field('cover');
    expect(cover).toMatchObject({ label: 'Ảnh đại diện', status: 'changed', kind: 'component' });
    const coverFields = cover.kind === 'component' ? cover.fields : [];
    expect(coverFields.find((f) => f.field === 'image')).toMatchObject({
      label: 'Tệp ảnh',
      status: 'changed',
      added: [{ key: `media:${imageB}`, label: 'anh-b.png' }],
      removed: [{ key: `media:${imageA}`, label: 'anh-a.png' }],
    });
    expect(coverFields.find((f) => f.field === 'alt')).toMatchObject({ label: 'Văn bản thay thế (alt)', status: 'changed' });
  });

  it('restores a version as the new draft, leaves the published version and the history alone, records one restore', async () => {
    const [third, , first] = await list();
    // The version's topic is gone since: it is left out, and the answer says so.
    await cms.strapi.documents(uidOf('topic') as UID.ContentType).delete({ documentId: doomedTopic, locale: '*' } as never);
    const lastEvent = (await readEvents(cms.strapi, 0, 100_000)).at(-1)!.id;

    const response = await call(historyUrl(articleId, 'vi', `versions/${first!.id}/restore`), token, { method: 'POST' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { data: { restoredFrom: number }; meta: { dropped: { field: string; name: string }[] } };
    expect(answer.data.restoredFrom).toBe(first!.id);
    expect(answer.meta.dropped).toEqual([{ field: 'Chuyên đề', name: 'Chuyên đề sẽ xóa' }]);

    const populate = { topics: { fields: ['documentId'] }, agency: { fields: ['documentId'] }, cover: { populate: { image: true } } };
    const restored = (await docs().findOne({ documentId: articleId, locale: 'vi', status: 'draft', populate } as never)) as Record<string, any>;
    expect(restored).toMatchObject({ title: 'Một cửa liên thông cấp xã', summary: 'Tóm tắt lần một', body: body1 });
    expect(restored.topics.map((t: { documentId: string }) => t.documentId)).toEqual([topicA]);
    expect(restored.agency.documentId).toBe(agency);
    expect(restored.cover).toMatchObject({ alt: 'Quầy một cửa', image: { id: imageA } });
    expect(restored.updatedBy?.id ?? adminId).toBe(adminId);

    const published = (await docs().findOne({ documentId: articleId, locale: 'vi', status: 'published' } as never)) as Record<string, unknown>;
    expect(published).toMatchObject({ title: 'Một cửa liên thông hiện đại', body: body3 });
    expect((await list()).map((v) => v.id)[0]).toBe(third!.id);

    // One restore; the relations it wrote are copied to the English translation, as any edit's are.
    const events = await readEvents(cms.strapi, lastEvent, 100);
    const admin = { kind: 'admin', id: adminId };
    expect(events.map((e) => [e.action, e.type, e.documentId, e.locale, e.actor, e.cause ?? null])).toEqual([
      ['restore', 'article', articleId, 'vi', admin, null],
      ['update', 'article', articleId, 'en', admin, 'shared-relations'],
    ]);
  });

  it('lets a read-only user list and compare but refuses the restore (403), and scopes by locale', async () => {
    const viewer = await createUserInRole(cms.strapi, await readOnlyRole(cms.strapi, `Chỉ xem ${database}`, ARTICLE, ['vi']), `xem-${database}@cchc.local`);
    const { token: viewerToken } = await adminToken(cms.url, viewer);
    const [, , first] = await list();
    expect((await call(historyUrl(articleId, 'vi', 'versions'), viewerToken)).status).toBe(200);
    expect((await call(historyUrl(articleId, 'vi', `compare?from=${first!.id}&to=${first!.id}`), viewerToken)).status).toBe(200);
    const lastEvent = (await readEvents(cms.strapi, 0, 100_000)).at(-1)!.id;
    const refused = await call(historyUrl(articleId, 'vi', `versions/${first!.id}/restore`), viewerToken, { method: 'POST' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Bạn không có quyền khôi phục phiên bản của tài liệu này.');
    expect(await readEvents(cms.strapi, lastEvent, 100)).toEqual([]);
    // Their role reads Vietnamese only: the English translation's history is not theirs.
    expect((await call(historyUrl(articleId, 'en', 'versions'), viewerToken)).status).toBe(403);
    expect((await call(historyUrl(articleId, 'en', 'versions'))).status).toBe(200);
    // Without a session: nothing.
    expect((await call(historyUrl(articleId, 'vi', 'versions'), '')).status).toBe(401);
  });

  it('validates every parameter, in Vietnamese', async () => {
    const [version] = await list();
    const other = await docs().create({ locale: 'vi', data: { title: 'Tài liệu khác', agency } } as never);
    const cases: [string, number, string][] = [
      [`${cms.url}/cchc-history/api::nope.nope/${articleId}/vi/versions`, 400, 'uid'],
      [`${cms.url}/cchc-history/admin::user/${articleId}/vi/versions`, 400, 'uid'],
      [historyUrl('khong-phai-ma', 'vi', 'versions'), 400, 'documentId'],
      [historyUrl(articleId, 'fr', 'versions'), 400, 'locale'],
      [historyUrl(articleId, 'vi', 'versions?populate=*'), 400, 'populate'],
      [historyUrl(articleId, 'vi', 'versions/abc'), 400, 'id'],
      [historyUrl(articleId, 'vi', 'versions/0'), 400, 'id'],
      [historyUrl(articleId, 'vi', `compare?from=${version!.id}`), 400, 'to'],
      [historyUrl(articleId, 'vi', `compare?from=${version!.id}&to=${version!.id}&x=1`), 400, 'x'],
      [historyUrl(articleId, 'vi', `compare?from[$gt]=1&to=${version!.id}`), 400, 'from'],
      // A version of another document is not one of this one's.
      [historyUrl(other.documentId, 'vi', `versions/${version!.id}`), 404, ''],
      [historyUrl('a'.repeat(24), 'vi', 'versions'), 404, ''],
    ];
    for (const [url, status, param] of cases) {
      const response = await call(url);
      expect(response.status, url).toBe(status);
      const { error } = (await response.json()) as { error: { message: string; details?: { param?: string } } };
      if (param) expect(error.details?.param, url).toBe(param);
      expect(error.message, url).toMatch(/[ạảãàáâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]/i);
    }
    const body = await call(historyUrl(articleId, 'vi', `versions/${version!.id}/restore`), token, { method: 'POST', body: JSON.stringify({ content: {} }) });
    expect(body.status).toBe(400);
  });

  it('keeps versions out of the APIs and refuses to rewrite them', async () => {
    expect((await fetch(`${cms.url}/api/document-versions`)).status).toBe(404);
    const table = () => cms.strapi.db.connection(VERSIONS_TABLE);
    await expect(table().update({ major: false })).rejects.toThrow(/append-only/);
    await expect(table().delete()).rejects.toThrow(/append-only/);
    // They outlive their document.
    const before = (await list()).length;
    await docs().delete({ documentId: articleId, locale: '*' } as never);
    expect(Number(((await table().where({ document_id: articleId, locale: 'vi' }).count({ n: '*' }).first()) as { n: number | string }).n)).toBe(before);
  });
});
