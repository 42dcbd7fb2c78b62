/**
 * The permission matrix of the editorial roles (cms/src/permissions/), through the real admin
 * HTTP API (on PostgreSQL; on SQLite too in the deep run): every role × every action × a document of the user's own
 * agency or another's (× the locale, for translations). Each cell says whether the action is
 * allowed, and the test checks both ways: what is allowed succeeds, what is refused fails and
 * changes nothing. Strapi's RBAC conditions are known to break on relations and on some
 * endpoints; these cells go through those endpoints (list counts, draft-relation counts, the
 * relation picker, bulk actions, the media library).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, cm, createAdminUser, readOnlyRole } from '../support/admin-users';

const ARTICLE = uidOf('article');
const EVENT = uidOf('event');

type Role = 'author' | 'translator' | 'editor' | 'administrator' | 'other';
const ROLES: Role[] = ['author', 'translator', 'editor', 'administrator', 'other'];

/** Allowed on a document of the user's own agency, and of another agency. */
type Cell = [own: boolean, other: boolean];
const all: Cell = [true, true];
const none: Cell = [false, false];
const ownOnly: Cell = [true, false];

/**
 * The matrix. "translator" edits Khmer; "other" holds a role that is none of ours, made in the
 * admin panel with the content manager's read on articles only: it gets exactly that grant
 * (reading articles of every agency) and no part in the workflow.
 */
const MATRIX: Record<string, Record<Role, Cell>> = {
  'list (and count)': { author: ownOnly, translator: all, editor: all, administrator: all, other: all },
  'open a draft': { author: ownOnly, translator: all, editor: all, administrator: all, other: all },
  'count draft relations': { author: ownOnly, translator: all, editor: all, administrator: all, other: all },
  'create for the agency': { author: ownOnly, translator: none, editor: all, administrator: all, other: none },
  'edit Vietnamese': { author: ownOnly, translator: none, editor: all, administrator: all, other: none },
  'edit Khmer': { author: ownOnly, translator: all, editor: all, administrator: all, other: none },
  'change the owning agency': { author: none, translator: none, editor: all, administrator: all, other: none },
  'delete a draft': { author: ownOnly, translator: none, editor: all, administrator: all, other: none },
  // Nobody: a live document is withdrawn through the workflow first (document-guard.test.ts).
  'delete a live document': { author: none, translator: none, editor: none, administrator: none, other: none },
  'bulk delete': { author: ownOnly, translator: none, editor: all, administrator: all, other: none },
  "publish with Strapi's button": { author: none, translator: none, editor: none, administrator: none, other: none },
  'bulk publish': { author: none, translator: none, editor: none, administrator: none, other: none },
  'submit Vietnamese': { author: ownOnly, translator: none, editor: all, administrator: all, other: none },
  'submit Khmer': { author: ownOnly, translator: all, editor: all, administrator: all, other: none },
  approve: { author: none, translator: none, editor: all, administrator: all, other: none },
  'unpublish (withdraw)': { author: none, translator: none, editor: all, administrator: all, other: none },
  'see in the relation picker': { author: ownOnly, translator: all, editor: all, administrator: all, other: none },
  'delete a file': { author: ownOnly, translator: none, editor: all, administrator: all, other: none },
  'edit a taxonomy term': { author: none, translator: none, editor: all, administrator: all, other: none },
};

describe.each<DatabaseKind>(EITHER_DATABASE)('permission matrix on %s', (database) => {
  let cms: RunningCms;
  const clients = {} as Record<Role, AdminClient>;
  let submitter: AdminClient;
  let own: string; // the author's agency
  let other: string;
  let imageId: number;
  let topic: string;
  let draftTopic: string;
  let n = 0;

  const docs = () => cms.strapi.documents(ARTICLE as UID.ContentType);

  beforeAll(async () => {
    cms = await bootCms(database);
    const s = cms.strapi;
    own = await createTerm(s, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    other = await createTerm(s, 'agency', { vi: 'UBND huyện Mỹ Tú', km: 'គណៈកម្មាធិការស្រុកមីទូ', en: 'My Tu District' }, { code: 'ubnd-my-tu', agencyKind: 'people_committee' });
    topic = await createTerm(s, 'topic', { vi: 'Một cửa', km: 'ច្រកតែមួយ', en: 'One-stop shop' }, { code: 'mot-cua' });
    draftTopic = (await s.documents(uidOf('topic') as UID.ContentType).create({ locale: 'vi', data: { name: 'Chưa đăng', code: 'chua-dang' } } as never)).documentId;
    imageId = await uploadTestImage(s);
    // A role that is none of ours, as an administrator would make it: read articles, every language.
    const stranger = await readOnlyRole(s, 'Vai trò khác', ARTICLE, ['vi', 'km', 'en']);
    const strangerCode = ((await s.db.query('admin::role').findOne({ where: { id: stranger } })) as { code: string }).code;
    const users: Record<Role, [string[], string[]]> = {
      author: [['cchc-author'], [own]],
      translator: [['cchc-translator-km'], []],
      editor: [['cchc-editor'], []],
      administrator: [['strapi-super-admin'], []],
      other: [[strangerCode], [own]],
    };
    submitter = await AdminClient.login(cms.url, await createAdminUser(s, 'submitter@matrix.test', ['cchc-editor']));
    for (const role of ROLES) {
      const [codes, agencies] = users[role];
      clients[role] = await AdminClient.login(cms.url, await createAdminUser(s, `${role}@matrix.test`, codes, agencies));
    }
  });
  afterAll(async () => {
    await cms?.stop();
  });

  /** A fresh draft of `agency` (with a Khmer translation), made by the system. */
  async function draft(agency: string, extra: Record<string, unknown> = {}): Promise<string> {
    const d = await docs().create({
      locale: 'vi',
      data: { title: `Bài ${++n}`, summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency, cover: { image: imageId, alt: 'Ảnh' }, ...extra },
    } as never);
    await docs().update({ documentId: d.documentId, locale: 'km', data: { title: `អត្ថបទ ${n}`, summary: 'សង្ខេប', body: paragraphs('ខ្លឹមសារ') } } as never);
    return d.documentId;
  }
  const titleOf = async (id: string, locale = 'vi') => ((await docs().findOne({ documentId: id, locale } as never)) as { title?: string } | null)?.title;
  const stateOf = async (id: string, locale = 'vi') =>
    (await clients.administrator.get(`/cchc-workflow/documents/article/${id}?locale=${locale}`)).body.state as string;
  const exists = async (id: string) => (await docs().findOne({ documentId: id, locale: 'vi' } as never)) !== null;
  const ok = (status: number) => status >= 200 && status < 300;

  /** Each action: does it, and says whether it took effect (checked in the database, not only the status). */
  const ACTIONS: Record<string, (c: AdminClient, agency: string) => Promise<boolean>> = {
    'list (and count)': async (c, agency) => {
      const id = await draft(agency);
      const r = await c.get(`${cm(ARTICLE)}?page=1&pageSize=100&locale=vi`);
      if (!ok(r.status)) return false;
      const listed = (r.body.results as { documentId: string }[]).some((d) => d.documentId === id);
      // The count agrees with what is listed.
      expect(r.body.pagination.total).toBe((r.body.results as unknown[]).length);
      return listed;
    },
    'open a draft': async (c, agency) => {
      const id = await draft(agency);
      const r = await c.get(`${cm(ARTICLE)}/${id}?locale=vi`);
      return ok(r.status) && r.body.data?.documentId === id;
    },
    'count draft relations': async (c, agency) => {
      // Linked to a term that is not published: a document that does not exist (or is not
      // the user's to see) counts none.
      const id = await draft(agency, { topics: [draftTopic] });
      const r = await c.get(`${cm(ARTICLE)}/${id}/actions/countDraftRelations?locale=vi`);
      return ok(r.status) && r.body.data?.unpublishedRelations > 0;
    },
    'create for the agency': async (c, agency) => {
      const title = `Tạo mới ${++n}`;
      const r = await c.post(`${cm(ARTICLE)}?locale=vi`, { title, summary: 's', body: paragraphs('b'), cover: { image: imageId, alt: 'Ảnh' }, agency: { connect: [{ documentId: agency }] } });
      const made = await docs().findFirst({ locale: 'vi', filters: { title }, populate: { agency: { fields: ['documentId'] } } } as never);
      expect(ok(r.status)).toBe(made !== null);
      return made !== null && (made as { agency?: { documentId: string } }).agency?.documentId === agency;
    },
    'edit Vietnamese': async (c, agency) => {
      const id = await draft(agency);
      await c.put(`${cm(ARTICLE)}/${id}?locale=vi`, { title: 'Đã sửa tiếng Việt' });
      return (await titleOf(id)) === 'Đã sửa tiếng Việt';
    },
    'edit Khmer': async (c, agency) => {
      const id = await draft(agency);
      await c.put(`${cm(ARTICLE)}/${id}?locale=km`, { title: 'កែសម្រួល' });
      return (await titleOf(id, 'km')) === 'កែសម្រួល';
    },
    'change the owning agency': async (c, agency) => {
      // Own: move the author's document away; other: pull another agency's document in.
      const id = await draft(agency);
      const to = agency === own ? other : own;
      await c.put(`${cm(ARTICLE)}/${id}?locale=vi`, { agency: { connect: [{ documentId: to }] } });
      const row = (await docs().findOne({ documentId: id, locale: 'vi', populate: { agency: { fields: ['documentId'] } } } as never)) as { agency?: { documentId: string } };
      return row.agency?.documentId === to;
    },
    'delete a draft': async (c, agency) => {
      const id = await draft(agency);
      await c.delete(`${cm(ARTICLE)}/${id}?locale=*`);
      return !(await exists(id));
    },
    'delete a live document': async (c, agency) => {
      const id = await draft(agency);
      await docs().publish({ documentId: id, locale: 'vi' } as never);
      await c.delete(`${cm(ARTICLE)}/${id}?locale=*`);
      return !(await exists(id));
    },
    'bulk delete': async (c, agency) => {
      const ids = [await draft(agency), await draft(agency)];
      await c.post(`${cm(ARTICLE)}/actions/bulkDelete?locale=vi`, { documentIds: ids });
      return !(await exists(ids[0]!)) && !(await exists(ids[1]!));
    },
    "publish with Strapi's button": async (c, agency) => {
      const id = await draft(agency);
      await c.post(`${cm(ARTICLE)}/${id}/actions/publish?locale=vi`);
      return (await docs().findOne({ documentId: id, locale: 'vi', status: 'published' } as never)) !== null;
    },
    'bulk publish': async (c, agency) => {
      const id = await draft(agency);
      await c.post(`${cm(ARTICLE)}/actions/bulkPublish?locale=vi`, { documentIds: [id] });
      return (await docs().findOne({ documentId: id, locale: 'vi', status: 'published' } as never)) !== null;
    },
    'submit Vietnamese': async (c, agency) => {
      const id = await draft(agency);
      await c.post(`/cchc-workflow/documents/article/${id}/transitions/submit?locale=vi`);
      return (await stateOf(id)) === 'submitted';
    },
    'submit Khmer': async (c, agency) => {
      const id = await draft(agency);
      await c.post(`/cchc-workflow/documents/article/${id}/transitions/submit?locale=km`);
      return (await stateOf(id, 'km')) === 'submitted';
    },
    approve: async (c, agency) => {
      const id = await draft(agency);
      // Submitted by a second editor, so four eyes do not stand in the way of anyone tested.
      expect((await submitter.post(`/cchc-workflow/documents/article/${id}/transitions/submit?locale=vi`)).status).toBe(200);
      await c.post(`/cchc-workflow/documents/article/${id}/transitions/approve?locale=vi`);
      return (await stateOf(id)) === 'approved';
    },
    'unpublish (withdraw)': async (c, agency) => {
      const id = await draft(agency);
      await docs().publish({ documentId: id, locale: 'vi' } as never);
      await c.post(`/cchc-workflow/documents/article/${id}/transitions/unpublish?locale=vi`, { note: 'Hết hiệu lực' });
      return (await docs().findOne({ documentId: id, locale: 'vi', status: 'published' } as never)) === null;
    },
    'see in the relation picker': async (c, agency) => {
      const id = await draft(agency, { title: `Mục tiêu liên kết ${++n}` });
      const r = await c.get(`/content-manager/relations/${EVENT}/reportArticle?locale=vi&pageSize=100&_q=${encodeURIComponent('Mục tiêu liên kết')}`);
      return ok(r.status) && (r.body.results as { documentId: string }[]).some((d) => d.documentId === id);
    },
    'delete a file': async (c, agency) => {
      // A file uploaded by someone of that agency: the author (own) or a colleague elsewhere.
      const uploader = agency === own ? clients.author : clients.editor;
      const form = new FormData();
      form.append('files', new Blob([readFileSync(new URL('../../cms/favicon.png', import.meta.url))], { type: 'image/png' }), `tep-${++n}.png`);
      const up = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${uploader.token}` }, body: form });
      expect(up.status).toBe(201);
      const [file] = (await up.json()) as { id: number }[];
      await c.delete(`/upload/files/${file!.id}`);
      return (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: file!.id } })) === null;
    },
    'edit a taxonomy term': async (c) => {
      const name = `Một cửa ${++n}`;
      await c.put(`${cm(uidOf('topic'))}/${topic}?locale=vi`, { name });
      return ((await cms.strapi.documents(uidOf('topic') as UID.ContentType).findOne({ documentId: topic, locale: 'vi' } as never)) as unknown as { name: string }).name === name;
    },
  };

  for (const [action, row] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const [mayOwn, mayOther] = row[role];
      it(`${role}: ${action} — own agency ${mayOwn ? 'allowed' : 'refused'}, another ${mayOther ? 'allowed' : 'refused'}`, async () => {
        const run = ACTIONS[action]!;
        expect(await run(clients[role], own), 'own agency').toBe(mayOwn);
        expect(await run(clients[role], other), 'another agency').toBe(mayOther);
      });
    }
  }
});
