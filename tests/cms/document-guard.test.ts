/**
 * The document guard (cms/src/permissions/) against what a probe of the demo tried, through the
 * real admin HTTP API:
 * - ownership judged from what a write stored: generated relation inputs, in every shape the
 *   Document Service accepts, sent by an author to the content manager's create and update
 *   routes; afterwards no document of theirs is owned by another agency or links to another
 *   agency's document, and no other agency's document changed. 120 runs with a fixed seed in
 *   `npm test`, 1,000 with the date's seed in `npm run test:deep`; DOCUMENTS_FUZZ_SEED and
 *   DOCUMENTS_FUZZ_RUNS replay a printed run;
 * - nobody deletes a live document (single, bulk, one locale): it is withdrawn first;
 * - an author learns nothing of another agency's drafts from the routes that read past the
 *   Document Service: "not yours" answers exactly as "does not exist".
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, cm, createAdminUser } from '../support/admin-users';
import { createHiddenContent, revealedMarker, type HiddenContent } from '../support/hidden-content';
import { CMS_DIR } from '../support/paths';
import { generated } from '../support/generated';

const require = createRequire(import.meta.url);

const ARTICLE = uidOf('article');
const EVENT = uidOf('event');
const AGENCY = uidOf('agency');
const { seed: SEED, runs: RUNS } = generated('DOCUMENTS_FUZZ', { ci: 120, deep: 1_000 }, 'document guard');
const LOCALES = ['vi', 'km', 'en'] as const;

/** A documentId in Strapi's form that names no document. */
const absentId = () => BigInt(`0x${randomBytes(16).toString('hex')}`).toString(36).padStart(24, '0').slice(-24);

interface Target {
  documentId: string;
  /** Row ids of every locale and status. */
  ids: number[];
}

// ---- relation inputs, in every shape Strapi's Document Service and content manager accept ----

const position = (pool: Target[]) =>
  fc.oneof(
    fc.constant({ end: true }),
    fc.constant({ start: true }),
    fc.record({ before: fc.constantFrom(...pool.map((t) => t.documentId)), locale: fc.constantFrom(...LOCALES) }, { requiredKeys: ['before'] }),
    fc.record({ after: fc.constantFrom(...pool.map((t) => t.documentId)) }),
  );

/** One reference to a target: a documentId, a row id (number or numeric string), or an object naming either. */
const reference = (pool: Target[]) =>
  fc.constantFrom(...pool).chain((t) =>
    fc.oneof(
      fc.constant(t.documentId),
      fc.constantFrom(...t.ids),
      fc.constantFrom(...t.ids).map(String),
      fc.record(
        { documentId: fc.constant(t.documentId), locale: fc.constantFrom(...LOCALES), status: fc.constantFrom('draft', 'published'), position: position(pool) },
        { requiredKeys: ['documentId'] },
      ),
      fc.record(
        { id: fc.oneof(fc.constantFrom(...t.ids), fc.constantFrom(...t.ids).map(String), fc.constant(t.documentId)), locale: fc.constantFrom(...LOCALES), position: position(pool) },
        { requiredKeys: ['id'] },
      ),
    ),
  );

const relationInput = (pool: Target[]) => {
  const one = reference(pool);
  const oneOrMany = fc.oneof(one, fc.array(one, { maxLength: 3 }));
  return fc.oneof(
    { arbitrary: one, weight: 2 },
    { arbitrary: fc.array(one, { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    // The admin's own form: connect (and disconnect) lists; and every mix with set.
    { arbitrary: fc.record({ connect: oneOrMany }), weight: 3 },
    { arbitrary: fc.record({ connect: oneOrMany, disconnect: oneOrMany }, { requiredKeys: ['disconnect'] }), weight: 2 },
    { arbitrary: fc.record({ connect: oneOrMany, disconnect: oneOrMany, set: oneOrMany }, { requiredKeys: [] }), weight: 2 },
  );
};

describe.each<DatabaseKind>(['postgres', 'sqlite'])('document guard on %s', (database) => {
  let cms: RunningCms;
  let hidden: HiddenContent;
  let author: AdminClient;
  let editor: AdminClient;
  let administrator: AdminClient;
  let own: string;
  let other: string;
  let third: string;
  let n = 0;
  let imageId: number;

  const docs = (uid: string) => cms.strapi.documents(uid as UID.ContentType);
  const ok = (status: number) => status >= 200 && status < 300;

  async function ownArticle(extra: Record<string, unknown> = {}): Promise<string> {
    const cover = { image: imageId, alt: 'Ảnh' };
    const d = await docs(ARTICLE).create({ locale: 'vi', data: { title: `Bài của cơ quan ${++n}`, summary: 'Tóm tắt', body: paragraphs('Nội dung'), cover, agency: own, ...extra } } as never);
    await docs(ARTICLE).update({ documentId: d.documentId, locale: 'km', data: { title: `អត្ថបទ ${n}`, summary: 'សង្ខេប', body: paragraphs('ខ្លឹមសារ'), cover } } as never);
    return d.documentId;
  }
  async function ownEvent(extra: Record<string, unknown> = {}): Promise<string> {
    const d = await docs(EVENT).create({
      locale: 'vi',
      data: { title: `Sự kiện ${++n}`, summary: 'Tóm tắt', startsAt: '2026-12-20T02:00:00.000Z', agency: own, ...extra },
    } as never);
    return d.documentId;
  }
  async function rowsOf(uid: string, documentId: string): Promise<number[]> {
    const rows = (await cms.strapi.db.query(uid as never).findMany({ where: { documentId }, select: ['id'] })) as { id: number }[];
    return rows.map((r) => r.id);
  }
  const target = async (uid: string, documentId: string): Promise<Target> => ({ documentId, ids: await rowsOf(uid, documentId) });

  beforeAll(async () => {
    cms = await bootCms(database);
    const s = cms.strapi;
    hidden = await createHiddenContent(s);
    imageId = await uploadTestImage(s);
    other = hidden.terms.agency;
    own = await createTerm(s, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    third = await createTerm(s, 'agency', { vi: 'UBND huyện Mỹ Tú', km: 'គណៈកម្មាធិការស្រុកមីទូ', en: 'My Tu District' }, { code: 'ubnd-my-tu', agencyKind: 'people_committee' });
    author = await AdminClient.login(cms.url, await createAdminUser(s, 'author@guard.test', ['cchc-author'], [own]));
    editor = await AdminClient.login(cms.url, await createAdminUser(s, 'editor@guard.test', ['cchc-editor']));
    administrator = await AdminClient.login(cms.url, await createAdminUser(s, 'admin@guard.test', ['strapi-super-admin']));
  });
  afterAll(async () => {
    await cms?.stop();
  });

  // ---- item 5 -----------------------------------------------------------------------------

  describe('ownership and links are judged from what a write stored', () => {
    type Row = { id: number; documentId: string; locale: string; publishedAt: unknown; updatedAt: unknown; title: string; agency: string[]; reportArticle: string[] };

    /** The documentIds each row of `uid` links to through `field`: every link row, as a to-one relation may hold several. */
    async function links(uid: string, field: string, targetUid: string): Promise<Map<number, string[]>> {
      const { joinTable } = (cms.strapi.db.metadata.get(uid as never).attributes as Record<string, { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>)[field]!;
      const rows = (await cms.strapi.db
        .getConnection(joinTable.name)
        .join(cms.strapi.db.metadata.get(targetUid as never).tableName, `${joinTable.inverseJoinColumn.name}`, '=', `${cms.strapi.db.metadata.get(targetUid as never).tableName}.id`)
        .select(`${joinTable.joinColumn.name} as source`, 'document_id as target')) as { source: number; target: string }[];
      const bySource = new Map<number, string[]>();
      for (const r of rows) bySource.set(Number(r.source), [...(bySource.get(Number(r.source)) ?? []), r.target].sort());
      return bySource;
    }
    async function allRows(uid: string): Promise<Row[]> {
      const rows = (await cms.strapi.db.query(uid as never).findMany({ orderBy: { id: 'asc' } })) as Omit<Row, 'agency' | 'reportArticle'>[];
      const agencies = await links(uid, 'agency', AGENCY);
      const reports = uid === EVENT ? await links(uid, 'reportArticle', ARTICLE) : new Map<number, string[]>();
      return rows.map((r) => ({ ...r, agency: agencies.get(r.id) ?? [], reportArticle: reports.get(r.id) ?? [] }));
    }
    /** The rows of other agencies' documents, as they stand. */
    async function othersRows(): Promise<string> {
      const foreign = (rows: Row[]) => {
        const ids = new Set(rows.filter((r) => r.agency.some((a) => a !== own)).map((r) => r.documentId));
        return rows.filter((r) => ids.has(r.documentId));
      };
      return JSON.stringify([foreign(await allRows(ARTICLE)), foreign(await allRows(EVENT))]);
    }

    it(`generated relation inputs (seed ${SEED}, ${RUNS} runs) never leave an author's document with another owner or link`, async () => {
      const ownArticles = [await ownArticle(), await ownArticle()];
      const ownEvents = [await ownEvent({ reportArticle: ownArticles[0] }), await ownEvent()];
      const agencies = [await target(AGENCY, own), await target(AGENCY, other), await target(AGENCY, third)];
      const articles = [
        await target(ARTICLE, ownArticles[0]!),
        await target(ARTICLE, ownArticles[1]!),
        await target(ARTICLE, hidden.ids.draft),
        await target(ARTICLE, hidden.ids.edited),
        await target(ARTICLE, hidden.ids.translated),
      ];
      const foreignArticles = new Set([hidden.ids.draft, hidden.ids.edited, hidden.ids.translated, ...hidden.ids.published]);
      const before = await othersRows();
      const outcomes = { accepted: 0, refused: 0, failed: 0 };

      const write = fc.record({
        kind: fc.constantFrom('create', 'update'),
        type: fc.constantFrom(ARTICLE, EVENT),
        locale: fc.constantFrom(...LOCALES),
        which: fc.nat({ max: 1 }),
        agency: fc.option(relationInput(agencies), { nil: undefined }),
        reportArticle: fc.option(relationInput(articles), { nil: undefined }),
      });

      await fc.assert(
        fc.asyncProperty(write, async (w) => {
          const relations: Record<string, unknown> = {};
          if (w.agency !== undefined) relations.agency = w.agency;
          if (w.type === EVENT && w.reportArticle !== undefined) relations.reportArticle = w.reportArticle;
          const text = { title: `Viết thử ${++n}`, summary: 'Tóm tắt' };
          const r =
            w.kind === 'create'
              ? await author.post(`${cm(w.type)}?locale=${w.locale}`, { ...text, ...(w.type === EVENT ? { startsAt: '2026-12-21T02:00:00.000Z' } : {}), ...relations })
              : await author.put(`${cm(w.type)}/${(w.type === EVENT ? ownEvents : ownArticles)[w.which]}?locale=${w.locale}`, { ...text, ...relations });
          // (Strapi itself answers 500 on PostgreSQL for a non-numeric row id in a relation, writing nothing.)
          outcomes[ok(r.status) ? 'accepted' : r.status >= 500 ? 'failed' : 'refused'] += 1;

          // Every document that is not another agency's is the author's, in every draft row.
          for (const uid of [ARTICLE, EVENT]) {
            for (const row of await allRows(uid)) {
              if (row.publishedAt !== null || foreignArticles.has(row.documentId)) continue;
              expect(row.agency, `${uid} ${row.documentId} ${row.locale} after ${JSON.stringify(w)}`).toEqual([own]);
              expect(row.reportArticle.filter((a) => foreignArticles.has(a)), `link to another agency's article after ${JSON.stringify(w)}`).toEqual([]);
            }
          }
          expect(await othersRows(), `another agency's document changed after ${JSON.stringify(w)}`).toBe(before);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      console.log(`[document guard] ${JSON.stringify(outcomes)}`);
      // The generator reaches both sides: writes that are the author's own go through.
      expect(outcomes.accepted).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    });

    it('an author who names no agency still gets their own, and may move a document between their agencies', async () => {
      const title = `Không chọn cơ quan ${++n}`;
      const r = await author.post(`${cm(ARTICLE)}?locale=vi`, { title, summary: 's', agency: { connect: [], disconnect: [] } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const made = (await docs(ARTICLE).findFirst({ locale: 'vi', filters: { title }, populate: { agency: { fields: ['documentId'] } } } as never)) as { agency?: { documentId: string } } | null;
      expect(made?.agency?.documentId).toBe(own);
    });

    it('a refused move says why in Vietnamese and leaves the document as it was', async () => {
      const id = await ownArticle();
      const r = await author.put(`${cm(ARTICLE)}/${id}?locale=km`, { title: 'ផ្លាស់ទី', agency: { connect: { documentId: other } } });
      expect(r.status).toBe(403);
      expect(r.body.error.message).toBe('Bạn chỉ gán được nội dung cho cơ quan của mình.');
      const km = (await docs(ARTICLE).findOne({ documentId: id, locale: 'km', populate: { agency: { fields: ['documentId'] } } } as never)) as unknown as { title: string; agency?: { documentId: string } };
      expect(km.title).not.toBe('ផ្លាស់ទី');
      expect(km.agency?.documentId).toBe(own);
    });
  });

  it("judges every action of the Document Service (one a Strapi upgrade adds is refused until it is named)", () => {
    const { JUDGED_ACTIONS } = require(resolve(CMS_DIR, 'dist/src/permissions/document-guard.js')) as { JUDGED_ACTIONS: string[] };
    // The two helpers Strapi keeps outside its middlewares are not actions.
    const actions = Object.entries(docs(ARTICLE)).filter(([name, value]) => typeof value === 'function' && !['updateComponents', 'omitComponentData'].includes(name)).map(([name]) => name);
    console.log(`[document guard] Document Service actions: ${actions.sort().join(', ')}`);
    expect([...JUDGED_ACTIONS].sort()).toEqual(actions.sort());
  });

  it.each(['author', 'editor', 'administrator'] as const)('refuses to %s an action it does not judge (one a Strapi upgrade might add), before it runs', async (who) => {
    const { documentGuard } = require(resolve(CMS_DIR, 'dist/src/permissions/document-guard.js')) as typeof import('../../cms/src/permissions/document-guard');
    const email = { author: 'author@guard.test', editor: 'editor@guard.test', administrator: 'admin@guard.test' }[who];
    const user = await cms.strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    let ran = false;
    // As the admin API's request of that user would reach it.
    const request = { state: { auth: { strategy: { name: 'admin' } }, user } };
    const next = async () => {
      ran = true;
      return null;
    };
    const attempt = cms.strapi.requestContext.run(request as never, async () => {
      await documentGuard(cms.strapi)({ uid: ARTICLE, action: 'publishMany', params: { locale: 'vi' } } as never, next as never);
    });
    await expect(attempt).rejects.toThrow('Thao tác "publishMany" chưa được phân quyền.');
    expect(ran).toBe(false);
  });

  // ---- item 12 ----------------------------------------------------------------------------

  describe('nobody deletes a live document', () => {
    const exists = async (id: string) => (await cms.strapi.db.query(ARTICLE as never).count({ where: { documentId: id } })) > 0;
    const publish = (id: string, locale = 'vi') => docs(ARTICLE).publish({ documentId: id, locale } as never);
    const WITHDRAW_FIRST = 'Nội dung đang đăng trên trang công khai: hãy gỡ xuống qua quy trình biên tập ("Gỡ xuống" trong bảng "Quy trình biên tập") rồi mới xóa.';

    it.each(['editor', 'administrator'] as const)('%s: deleting a live document (every locale, its live locale, or in bulk) is refused until it is withdrawn', async (who) => {
      const c = who === 'editor' ? editor : administrator;
      const live = await ownArticle();
      await publish(live);
      const draftOnly = await ownArticle();
      for (const path of [`${cm(ARTICLE)}/${live}?locale=*`, `${cm(ARTICLE)}/${live}?locale=vi`]) {
        const r = await c.delete(path);
        expect(r.status).toBe(403);
        expect(r.body.error.message).toBe(WITHDRAW_FIRST);
      }
      const bulk = await c.post(`${cm(ARTICLE)}/actions/bulkDelete?locale=vi`, { documentIds: [draftOnly, live] });
      expect(bulk.status).toBe(403);
      expect(bulk.body.error.message).toBe(WITHDRAW_FIRST);
      // Nothing of the batch was deleted: the refusal rolled it back.
      expect(await exists(live)).toBe(true);
      expect(await exists(draftOnly)).toBe(true);

      // A translation that is not live may go; then, withdrawn through the workflow, the rest too.
      expect((await c.delete(`${cm(ARTICLE)}/${live}?locale=km`)).status).toBe(200);
      expect(await docs(ARTICLE).findOne({ documentId: live, locale: 'km' } as never)).toBeNull();
      const withdrawn = await editor.post(`/cchc-workflow/documents/article/${live}/transitions/unpublish?locale=vi`, { note: 'Hết hiệu lực' });
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      expect((await c.post(`${cm(ARTICLE)}/actions/bulkDelete?locale=vi`, { documentIds: [draftOnly, live] })).status).toBe(200);
      expect(await exists(live)).toBe(false);
      expect(await docs(ARTICLE).findOne({ documentId: draftOnly, locale: 'vi' } as never)).toBeNull();
    });

    it('a live translation alone is live too: deleting that locale is refused', async () => {
      const id = await ownArticle();
      await publish(id, 'km');
      const r = await editor.delete(`${cm(ARTICLE)}/${id}?locale=km`);
      expect(r.status).toBe(403);
      expect(r.body.error.message).toBe(WITHDRAW_FIRST);
      expect(await docs(ARTICLE).findOne({ documentId: id, locale: 'km', status: 'published' } as never)).not.toBeNull();
    });
  });

  // ---- item 9 -----------------------------------------------------------------------------

  describe("an author learns nothing of another agency's drafts", () => {
    /** The answer, with the document's id taken out (a missing one is named differently). */
    const same = (r: { status: number; body: unknown }, ...ids: (string | number)[]) => {
      let text = JSON.stringify(r.body);
      for (const id of ids) text = text.split(String(id)).join('ID');
      return { status: r.status, body: text };
    };
    const noMarker = (r: { body: unknown }) => expect(revealedMarker(JSON.stringify(r.body))).toBeUndefined();

    it('opening a document, or counting its draft relations, answers as for a document that does not exist', async () => {
      const foreign = [hidden.ids.draft, hidden.ids.edited, hidden.ids.translated];
      for (const id of foreign) {
        for (const locale of LOCALES) {
          for (const path of [(d: string) => `${cm(ARTICLE)}/${d}?locale=${locale}`, (d: string) => `${cm(ARTICLE)}/${d}/actions/countDraftRelations?locale=${locale}`]) {
            const absent = absentId();
            const theirs = await author.get(path(id));
            const missing = await author.get(path(absent));
            expect(same(theirs, id), path(id)).toEqual(same(missing, absent));
            noMarker(theirs);
          }
        }
        const absent = absentId();
        const many = (d: string) => `${cm(ARTICLE)}/actions/countManyEntriesDraftRelations?documentIds[0]=${d}&locale=vi`;
        expect(same(await author.get(many(id)), id)).toEqual(same(await author.get(many(absent)), absent));
      }
      expect((await author.get(`${cm(ARTICLE)}/${hidden.ids.draft}?locale=vi`)).status).toBe(404);
      // The author's own document opens as ever.
      const mine = await ownArticle();
      expect((await author.get(`${cm(ARTICLE)}/${mine}?locale=vi`)).body.data?.documentId).toBe(mine);
    });

    it('every content-manager route that names a document by id answers for another agency\'s as for a missing one', async () => {
      const routes: [method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: (d: string) => string, body?: (d: string) => unknown][] = [
        ['PUT', (d) => `${cm(ARTICLE)}/${d}?locale=vi`, () => ({ title: 'Sửa bài của cơ quan khác' })],
        ['PUT', (d) => `${cm(ARTICLE)}/${d}?locale=en`, () => ({ title: 'A new translation' })],
        ['DELETE', (d) => `${cm(ARTICLE)}/${d}?locale=vi`],
        ['POST', (d) => `${cm(ARTICLE)}/clone/${d}?locale=vi`, () => ({ title: 'Bản sao' })],
        ['POST', (d) => `${cm(ARTICLE)}/auto-clone/${d}?locale=vi`, () => ({})],
        ['POST', (d) => `${cm(ARTICLE)}/${d}/actions/discard?locale=vi`, () => ({})],
        ['POST', (d) => `${cm(ARTICLE)}/${d}/actions/publish?locale=vi`, () => ({})],
        ['POST', (d) => `${cm(ARTICLE)}/actions/bulkDelete?locale=vi`, (d) => ({ documentIds: [d] })],
        ['POST', (d) => `${cm(ARTICLE)}/actions/bulkFindForValidation`, (d) => ({ documentIds: [d], locale: 'vi' })],
        ['GET', (d) => `/content-manager/relations/${EVENT}/reportArticle?locale=vi&id=${d}`],
      ];
      for (const id of [hidden.ids.draft, hidden.ids.edited]) {
        for (const [method, path, body] of routes) {
          const absent = absentId();
          const theirs = await author.request(method, path(id), body?.(id));
          const missing = await author.request(method, path(absent), body?.(absent));
          expect(same(theirs, id), `${method} ${path(id)}`).toEqual(same(missing, absent));
          noMarker(theirs);
        }
      }
      // Nothing of theirs changed.
      expect((await docs(ARTICLE).findOne({ documentId: hidden.ids.draft, locale: 'vi' } as never)) as unknown).not.toBeNull();
      expect(await docs(ARTICLE).findOne({ documentId: hidden.ids.draft, locale: 'en' } as never)).toBeNull();
    });

    it("listing a document's existing relations: another agency's document is missing, and another agency's draft is not listed", async () => {
      for (const field of ['agency', 'topics']) {
        const absent = absentId();
        const path = (d: string) => `/content-manager/relations/${ARTICLE}/${d}/${field}?locale=vi`;
        const theirs = await author.get(path(hidden.ids.draft));
        expect(same(theirs, hidden.ids.draft)).toEqual(same(await author.get(path(absent)), absent));
        noMarker(theirs);
      }
      // An editor linked the author's event to another agency's draft: the author does not see it.
      const event = await ownEvent({ reportArticle: hidden.ids.draft });
      const linked = await author.get(`/content-manager/relations/${EVENT}/${event}/reportArticle?locale=vi`);
      expect(linked.status).toBe(200);
      expect(linked.body.results).toEqual([]);
      noMarker(linked);
      const mine = await ownArticle({ title: `Bài được liên kết ${++n}` });
      const ownLink = await author.get(`/content-manager/relations/${EVENT}/${await ownEvent({ reportArticle: mine })}/reportArticle?locale=vi`);
      expect((ownLink.body.results as { documentId: string }[]).map((r) => r.documentId)).toEqual([mine]);
    });

    it("a translation's non-localised fields by row id, and filling from another locale, answer as for a missing one", async () => {
      const rows = (await cms.strapi.db.query(ARTICLE as never).findMany({ where: { documentId: { $in: [hidden.ids.draft, hidden.ids.edited, hidden.ids.translated] } }, select: ['id'] })) as { id: number }[];
      const top = (await cms.strapi.db.query(ARTICLE as never).findMany({ select: ['id'], orderBy: { id: 'desc' }, limit: 1 })) as { id: number }[];
      const absentRow = top[0]!.id + 1000;
      const fields = (id: number) => author.post('/i18n/content-manager/actions/get-non-localized-fields', { model: ARTICLE, id, locale: 'en' });
      const missing = await fields(absentRow);
      expect(missing.status).toBe(404);
      for (const { id } of rows) {
        const theirs = await fields(id);
        expect(same(theirs, id), `row ${id}`).toEqual(same(missing, absentRow));
      }
      const fill = (d: string, source: string) =>
        author.get(`/i18n/content-manager/get-fill-from-locale/${ARTICLE}?documentId=${d}&sourceLocale=${source}&targetLocale=en&collectionType=collection-types`);
      for (const [id, source] of [[hidden.ids.draft, 'vi'], [hidden.ids.edited, 'vi'], [hidden.ids.translated, 'km']] as const) {
        const absent = absentId();
        const theirs = await fill(id, source);
        expect(same(theirs, id)).toEqual(same(await fill(absent, source), absent));
        noMarker(theirs);
      }
      // The author's own translation still gets its fields.
      const mine = await ownArticle();
      const [row] = (await cms.strapi.db.query(ARTICLE as never).findMany({ where: { documentId: mine, locale: 'km' }, select: ['id'] })) as { id: number }[];
      expect((await fields(row!.id)).status).toBe(200);
    });

    it("the home page's document counts and recent documents hold the author's agencies only", async () => {
      const counts = async (c: AdminClient) => (await c.get('/content-manager/homepage/count-documents')).body.data as { draft: number; published: number; modified: number };
      const authorBefore = await counts(author);
      const editorBefore = await counts(editor);
      // Another agency writes a draft: the author's counts do not move, the editor's do.
      await docs(ARTICLE).create({ locale: 'vi', data: { title: `Nháp cơ quan khác ${++n}`, summary: 's', agency: other } } as never);
      expect(await counts(author)).toEqual(authorBefore);
      expect((await counts(editor)).draft).toBe(editorBefore.draft + 1);
      // The author's own new draft counts.
      await ownArticle();
      expect((await counts(author)).draft).toBe(authorBefore.draft + 1);
      for (const action of ['update', 'publish']) {
        const recent = await author.get(`/content-manager/homepage/recent-documents?action=${action}`);
        expect(recent.status).toBe(200);
        noMarker(recent);
        const foreign = new Set([hidden.ids.draft, hidden.ids.edited, hidden.ids.translated]);
        expect((recent.body.data as { documentId: string }[]).some((d) => foreign.has(d.documentId))).toBe(false);
      }
    });
  });
});
