/**
 * The site's old addresses as feeds (cms/src/public-api/feed.ts), on the real CMS and both
 * databases (positions, booleans and upserts differ): `GET /api/redirects?since=` and
 * `GET /api/withdrawn?since=` give what changed after a position, oldest first, in pages that
 * say when more follow; a redirect that stops and a translation that comes back are in the feed
 * too. The migration that made the projection from an existing event log gives the same rows
 * as the projection kept write by write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { feedMetaSchema, paragraphs, redirectChangeSchema, uidOf, withdrawnChangeSchema, type RedirectChange, type WithdrawnChange } from '@cchc/content-types';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { CMS_DIR } from '../support/paths';
import { bootCms, BOTH_DATABASES, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, createAdminUser } from '../support/admin-users';

// The CMS's own modules, as the booted CMS loaded them (cms/dist, CommonJS).
const require = createRequire(import.meta.url);
const dist = (path: string) => require(resolve(CMS_DIR, 'dist/src', path));

const ARTICLE = uidOf('article') as UID.ContentType;

describe.each(BOTH_DATABASES)('address feeds (%s)', (database) => {
  let cms: RunningCms;
  let agency: string;
  let imageId: number;
  let editor: AdminClient;

  beforeAll(async () => {
    cms = await bootCms(database);
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរមហាផ្ទៃ', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
    imageId = await uploadTestImage(cms.strapi);
    editor = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, 'editor@feeds.test', ['cchc-editor']));
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const docs = () => cms.strapi.documents(ARTICLE);
  const draft = async (title: string): Promise<string> =>
    (
      await docs().create({
        locale: 'vi',
        data: { title, summary: `Tóm tắt: ${title}`, body: paragraphs('Nội dung'), agency, cover: { image: imageId, alt: 'Ảnh' } },
      } as never)
    ).documentId;
  const publish = (documentId: string) => docs().publish({ documentId, locale: 'vi' } as never);
  const renameAndPublish = async (documentId: string, slug: string) => {
    await docs().update({ documentId, locale: 'vi', data: { slug } } as never);
    await publish(documentId);
  };
  const api = (path: string) => fetch(`${cms.url}${path}`);

  /** One page of a feed, checked against the public schemas. */
  async function page<T>(path: string, parse: (raw: unknown) => T): Promise<{ data: T[]; meta: { since: number; position: number; more: boolean } }> {
    const response = await api(path);
    expect(response.status, path).toBe(200);
    const body = (await response.json()) as { data: unknown[]; meta: unknown };
    return { data: body.data.map(parse), meta: feedMetaSchema.parse(body.meta) };
  }
  /** Every row after `since`, page after page, and where the feed stands. */
  async function all<T>(feed: 'redirects' | 'withdrawn', since: number, parse: (raw: unknown) => T, pageSize = 100) {
    const rows: T[] = [];
    let position = since;
    for (let n = 0; n < 1000; n++) {
      const p = await page(`/api/${feed}?since=${position}&pageSize=${pageSize}`, parse);
      expect(p.data.length).toBeLessThanOrEqual(pageSize);
      rows.push(...p.data);
      position = p.meta.position;
      if (!p.meta.more) return { rows, position };
    }
    throw new Error('the feed never ended');
  }
  const redirects = (since: number, pageSize?: number) => all<RedirectChange>('redirects', since, (r) => redirectChangeSchema.parse(r), pageSize);
  const withdrawals = (since: number) => all<WithdrawnChange>('withdrawn', since, (r) => withdrawnChangeSchema.parse(r));

  it('gives a slug change as a redirect after the last position, and a slug taken back as gone', async () => {
    const start = (await redirects(0)).position;
    const id = await draft('Thủ tục cấp phép xây dựng');
    await publish(id);
    const [first] = (await docs().findMany({ filters: { documentId: id }, locale: 'vi', status: 'published', fields: ['slug'] } as never)) as unknown as { slug: string }[];
    await renameAndPublish(id, 'cap-phep-xay-dung-2026');

    const moved = await redirects(start);
    expect(moved.rows).toEqual([{ type: 'article', locale: 'vi', from: first!.slug, documentId: id, gone: false, position: expect.any(Number) }]);
    expect(moved.position).toBeGreaterThan(start);
    // Nothing new: the same position, no rows.
    expect(await redirects(moved.position)).toEqual({ rows: [], position: moved.position });

    // The change undone: the old slug is the page again (gone), the newer one redirects.
    await renameAndPublish(id, first!.slug);
    const back = await redirects(moved.position);
    expect(back.rows.map(({ from, gone }) => ({ from, gone })).sort((a, b) => a.from.localeCompare(b.from))).toEqual(
      [
        { from: 'cap-phep-xay-dung-2026', gone: false },
        { from: first!.slug, gone: true },
      ].sort((a, b) => a.from.localeCompare(b.from)),
    );
    for (const r of back.rows) expect(r.position).toBeGreaterThan(moved.position);
    // The list the site's full build used before reads the same table: what redirects now.
    const list = (await (await api('/api/redirects?type=article&locale=vi&pageSize=100')).json()) as { data: { from: string }[] };
    expect(list.data.map((r) => r.from)).toContain('cap-phep-xay-dung-2026');
    expect(list.data.map((r) => r.from)).not.toContain(first!.slug);
  });

  it('gives a withdrawal with its last slug and reason, and the same translation back when it is published again', async () => {
    const start = (await withdrawals(0)).position;
    const id = await draft('Quy định về lệ phí cũ');
    await publish(id);
    await renameAndPublish(id, 'le-phi-2025');
    expect((await editor.post(`/cchc-workflow/documents/article/${id}/transitions/unpublish?locale=vi`, { note: 'Hết hiệu lực' })).status).toBe(200);
    const neverLive = await draft('Chưa từng đăng');
    await docs().delete({ documentId: neverLive, locale: '*' } as never);

    const off = await withdrawals(start);
    expect(off.rows).toEqual([
      expect.objectContaining({ documentId: id, type: 'article', locale: 'vi', slug: 'le-phi-2025', how: 'unpublished', reason: 'Hết hiệu lực', withdrawn: true }),
    ]);
    await publish(id);
    const on = await withdrawals(off.position);
    expect(on.rows).toEqual([expect.objectContaining({ documentId: id, withdrawn: false })]);
    expect(on.rows[0]!.position).toBeGreaterThan(off.position);
    // The public list says what is off now.
    const list = (await (await api('/api/withdrawn?type=article&locale=vi&pageSize=100')).json()) as { data: { documentId: string }[] };
    expect(list.data.map((w) => w.documentId)).not.toContain(id);

    // Taken off again, then deleted: off, now "deleted", under the slug of its last publish.
    await docs().unpublish({ documentId: id, locale: 'vi' } as never);
    await docs().delete({ documentId: id, locale: '*' } as never);
    const gone = await withdrawals(on.position);
    expect(gone.rows.at(-1)).toMatchObject({ documentId: id, withdrawn: true, how: 'deleted', slug: 'le-phi-2025' });
  });

  it('pages the feed: at most pageSize rows a page, each row once, in position order, and says when more follow', async () => {
    const start = (await redirects(0)).position;
    const id = await draft('Bài đổi địa chỉ nhiều lần');
    await publish(id);
    for (let n = 1; n <= 5; n++) await renameAndPublish(id, `bai-doi-dia-chi-lan-${n}`);
    const first = await page(`/api/redirects?since=${start}&pageSize=2`, (r) => redirectChangeSchema.parse(r));
    expect(first.data).toHaveLength(2);
    expect(first.meta.more).toBe(true);
    const paged = await redirects(start, 2);
    expect(paged.rows).toHaveLength(5);
    const positions = paged.rows.map((r) => r.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(5);
    expect(paged.rows).toEqual((await redirects(start)).rows);
  });

  it('checks its parameters like the rest of the public API', async () => {
    for (const query of ['since=-1', 'since=abc', 'since=1&populate=*', 'since=0&pageSize=101', 'since=0&type=agency', 'since=0&locale=fr', 'since=01']) {
      expect((await api(`/api/redirects?${query}`)).status, query).toBe(400);
      expect((await api(`/api/withdrawn?${query}`)).status, query).toBe(400);
    }
    const narrowed = await page('/api/withdrawn?since=0&type=article&locale=en', (r) => withdrawnChangeSchema.parse(r));
    expect(narrowed.data.every((w) => w.locale === 'en')).toBe(true);
  });

  it('makes the same projection from an existing event log as write by write (the migration)', async () => {
    const before = { redirects: await redirects(0), withdrawn: await withdrawals(0) };
    expect(before.withdrawn.rows.length).toBeGreaterThan(0);
    const knex = cms.strapi.db.connection;
    // The database as an earlier release left it: no projection, no positions, and a redirect
    // that stopped was deleted rather than marked gone.
    await knex('slug_redirects').where({ gone: true }).delete();
    await knex.schema.dropTable('withdrawn_translations');
    await knex.schema.alterTable('slug_redirects', (t) => {
      t.dropIndex(['position'], 'slug_redirects_position_idx');
      t.dropIndex(['stale'], 'slug_redirects_stale_idx');
      t.dropColumn('position');
      t.dropColumn('gone');
      t.dropColumn('stale');
    });
    // The migration again, through the runner, as a start on such a database runs it.
    await knex('cchc_migrations').where({ id: '0100-public-api-address-feeds' }).delete();
    const { MIGRATIONS, runMigrations } = dist('database/migrations/index.js') as typeof import('../../cms/src/database/migrations');
    expect(await runMigrations(cms.strapi, MIGRATIONS)).toEqual(['0100-public-api-address-feeds']);
    const after = { redirects: await redirects(0), withdrawn: await withdrawals(0) };
    // Positions are new; what redirects and what is off the site are the same.
    const state = (r: RedirectChange) => `${r.from}→${r.documentId}`;
    expect(after.redirects.rows.map(state).sort()).toEqual(before.redirects.rows.filter((r) => !r.gone).map(state).sort());
    expect(after.redirects.rows.every((r) => !r.gone)).toBe(true);
    const off = (w: WithdrawnChange) => ({ ...w, position: 0 });
    expect(after.withdrawn.rows.filter((w) => w.withdrawn).map(off)).toEqual(
      expect.arrayContaining(before.withdrawn.rows.filter((w) => w.withdrawn).map(off)),
    );
    expect(after.withdrawn.rows.filter((w) => w.withdrawn)).toHaveLength(before.withdrawn.rows.filter((w) => w.withdrawn).length);
  });
});
