/**
 * The editorial workflow (cms/src/workflow/) through the real admin HTTP API (on PostgreSQL;
 * on SQLite too in the deep run): every transition, the four-eyes rule and the administrator's
 * override, the edit rules (an approval is void after an edit), and the state kept in step with
 * the events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, uidOf } from '@cchc/content-types';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, cm, createAdminUser } from '../support/admin-users';

const ARTICLE = uidOf('article');

describe.each<DatabaseKind>(EITHER_DATABASE)('editorial workflow on %s', (database) => {
  let cms: RunningCms;
  let author: AdminClient;
  let editor: AdminClient;
  let editor2: AdminClient;
  let admin: AdminClient;
  let agency: string;
  let imageId: number;

  beforeAll(async () => {
    cms = await bootCms(database);
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    imageId = await uploadTestImage(cms.strapi);
    const s = cms.strapi;
    author = await AdminClient.login(cms.url, await createAdminUser(s, 'author@wf.test', ['cchc-author'], [agency]));
    editor = await AdminClient.login(cms.url, await createAdminUser(s, 'editor@wf.test', ['cchc-editor']));
    editor2 = await AdminClient.login(cms.url, await createAdminUser(s, 'editor2@wf.test', ['cchc-editor']));
    admin = await AdminClient.login(cms.url, { id: 1, email: 'admin@cchc.local', password: 'Cchc-local-2026' });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const panel = (c: AdminClient, id: string, locale = 'vi') => c.get(`/cchc-workflow/documents/article/${id}?locale=${locale}`);
  const move = (c: AdminClient, id: string, name: string, body: unknown = {}, locale = 'vi') =>
    c.post(`/cchc-workflow/documents/article/${id}/transitions/${name}?locale=${locale}`, body);

  async function authorDraft(title: string): Promise<string> {
    const created = await author.post(`${cm(ARTICLE)}?locale=vi`, {
      title,
      summary: 'Tóm tắt',
      body: paragraphs('Nội dung'),
      cover: { image: imageId, alt: 'Ảnh minh họa' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.documentId as string;
  }

  it('takes a draft from an author through review to the site', async () => {
    const id = await authorDraft('Một cửa liên thông cấp xã');
    expect((await panel(author, id)).body.state).toBe('draft');

    // An author cannot publish, neither through the workflow nor through Strapi's own button.
    expect((await move(author, id, 'publish')).status).toBe(403);
    expect((await author.post(`${cm(ARTICLE)}/${id}/actions/publish?locale=vi`)).status).toBe(403);

    const submitted = await move(author, id, 'submit');
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.state).toBe('submitted');

    const noReason = await move(editor, id, 'request-changes');
    expect(noReason.status, JSON.stringify(noReason.body)).toBe(403);
    expect(noReason.body.error.message).toMatch(/Cần ghi/);
    const changes = await move(editor, id, 'request-changes', { note: 'Bổ sung số liệu năm 2026' });
    expect(changes.body.state).toBe('changes-requested');
    // The author sees the comment on their document.
    const seen = await panel(author, id);
    expect(seen.body.steps.map((s: { action: string; note: string | null }) => [s.action, s.note])).toEqual([
      ['submit', null],
      ['request-changes', 'Bổ sung số liệu năm 2026'],
    ]);

    const edit = await author.put(`${cm(ARTICLE)}/${id}?locale=vi`, { summary: 'Tóm tắt có số liệu 2026' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect((await move(author, id, 'submit')).body.state).toBe('submitted');
    expect((await move(editor, id, 'approve')).body.state).toBe('approved');
    const published = await move(editor, id, 'publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ state: 'published', live: true });
  });

  it('keeps four eyes: who submitted or last edited cannot approve or publish, unless an administrator overrides with a reason', async () => {
    const id = await authorDraft('Bốn mắt');
    // The editor edits the author's draft, then cannot approve it.
    expect((await editor.put(`${cm(ARTICLE)}/${id}?locale=vi`, { summary: 'Biên tập viên sửa' })).status).toBe(200);
    await move(author, id, 'submit');
    const own = await move(editor, id, 'approve');
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/hai người/);
    expect((await move(editor2, id, 'approve')).body.state).toBe('approved');
    // An edit after approval voids it.
    expect((await editor2.put(`${cm(ARTICLE)}/${id}?locale=vi`, { summary: 'Sửa sau khi duyệt' })).status).toBe(200);
    expect((await panel(editor, id)).body.state).toBe('submitted');
    expect((await move(editor2, id, 'approve')).status).toBe(403);
    expect((await move(editor, id, 'approve')).body.state).toBe('approved');
    // editor2 edited last: publishing needs someone else, or an override with a reason.
    expect((await move(editor2, id, 'publish')).status).toBe(403);
    expect((await move(editor2, id, 'publish', { override: true, note: 'gấp' })).status).toBe(403);
    const adminEdit = await admin.put(`${cm(ARTICLE)}/${id}?locale=vi`, { summary: 'Quản trị sửa' });
    expect(adminEdit.status).toBe(200);
    await move(editor, id, 'approve');
    expect((await move(admin, id, 'publish', { override: true })).status).toBe(403);
    const overridden = await move(admin, id, 'publish', { override: true, note: 'Thông báo khẩn của UBND' });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200);
    const step = overridden.body.steps.at(-1);
    expect(step).toMatchObject({ action: 'publish', override: true, note: 'Thông báo khẩn của UBND' });
  });

  it('asks whether a republish is major or minor, and records the change note', async () => {
    const id = await authorDraft('Thay đổi lớn và nhỏ');
    await move(author, id, 'submit');
    await move(editor, id, 'approve');
    await move(editor, id, 'publish');
    await author.put(`${cm(ARTICLE)}/${id}?locale=vi`, { summary: 'Sửa lỗi chính tả' });
    expect((await panel(editor, id)).body.state).toBe('draft');
    await move(author, id, 'submit');
    await move(editor, id, 'approve');
    expect((await move(editor, id, 'publish')).status).toBe(403);
    expect((await move(editor, id, 'publish', { major: true })).body.error.message).toMatch(/ghi chú thay đổi/);
    const major = await move(editor, id, 'publish', { major: true, changeNote: 'Cập nhật số liệu quý IV' });
    expect(major.status).toBe(200);
    expect(major.body.steps.at(-1)).toMatchObject({ action: 'publish', major: true, changeNote: 'Cập nhật số liệu quý IV' });

    const withdraw = await move(editor, id, 'unpublish', { note: 'Thông tin đã hết hiệu lực' });
    expect(withdraw.body).toMatchObject({ state: 'unpublished', live: false });
    expect((await move(editor, id, 'archive')).body.state).toBe('archived');
  });

  it('keeps published URLs: a new title leaves the slug, a deliberate change keeps the old URL for a redirect', async () => {
    const id = await authorDraft('Đường dây nóng một cửa');
    await move(author, id, 'submit');
    await move(editor, id, 'approve');
    await move(editor, id, 'publish');
    const slugOf = async (status: 'draft' | 'published') =>
      ((await cms.strapi.documents(ARTICLE as never).findOne({ documentId: id, locale: 'vi', status } as never)) as unknown as { slug: string }).slug;
    const first = await slugOf('published');
    expect(first).toBe('duong-day-nong-mot-cua');

    // A new title alone (as a script or the API would send it) does not move the URL.
    await cms.strapi.documents(ARTICLE as never).update({ documentId: id, locale: 'vi', data: { title: 'Đường dây nóng một cửa cấp xã' } } as never);
    expect(await slugOf('draft')).toBe(first);

    // An editor changes it on purpose: once published, the old URL redirects.
    expect((await editor.put(`${cm(ARTICLE)}/${id}?locale=vi`, { slug: 'duong-day-nong-cap-xa' })).status).toBe(200);
    await move(author, id, 'submit');
    await move(editor2, id, 'approve');
    expect((await move(editor2, id, 'publish', { major: true, changeNote: 'Mở rộng đến cấp xã' })).status).toBe(200);
    expect(await slugOf('published')).toBe('duong-day-nong-cap-xa');
    const redirects = await fetch(`${cms.url}/api/redirects?type=article&locale=vi`);
    expect(redirects.status).toBe(200);
    expect(((await redirects.json()) as { data: unknown[] }).data).toContainEqual({ type: 'article', locale: 'vi', from: first, documentId: id });

    // Readers are told of the major update, with its note; the minor one earlier is not a note.
    const notes = await fetch(`${cms.url}/api/change-notes?type=article&locale=vi&pageSize=100`);
    const body = (await notes.json()) as { data: { documentId: string; lastMajorUpdateAt: string | null; changeNotes: { note: string }[] }[] };
    const mine = body.data.find((h) => h.documentId === id);
    expect(mine?.changeNotes.map((n) => n.note)).toEqual(['Mở rộng đến cấp xã']);
    expect(mine?.lastMajorUpdateAt).not.toBeNull();
    // The public history is an allow-list too: unknown parameters and types are refused.
    expect((await fetch(`${cms.url}/api/change-notes?type=article&locale=vi&populate=*`)).status).toBe(400);
    expect((await fetch(`${cms.url}/api/change-notes?type=agency&locale=vi`)).status).toBe(400);
    expect((await fetch(`${cms.url}/api/redirects?type=article&locale=fr`)).status).toBe(400);
  });
});
