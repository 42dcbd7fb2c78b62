/**
 * The media library through the real admin HTTP API (issue 15, items 1, 3 and 6):
 * - every route of the upload plugin that writes is judged (the list is printed), and an author
 *   changes nothing of another agency's file, whatever shape the request takes (generated);
 * - nobody has the CMS fetch a URL ("upload from URL"), whatever the address's spelling: a
 *   local server started here receives no request;
 * - nobody replaces a file's bytes, so approved and live documents keep theirs until an edit
 *   goes through the workflow.
 * Generated requests: 150 with a fixed seed in `npm test` (PostgreSQL), 1,000 with the date's
 * seed in `npm run test:deep` (both databases); UPLOADS_FUZZ_SEED and UPLOADS_FUZZ_RUNS replay a
 * printed run.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm } from '../support/fixtures';
import { AdminClient, cm, createAdminUser } from '../support/admin-users';
import { CMS_DIR } from '../support/paths';
import { generated } from '../support/generated';

const require = createRequire(import.meta.url);
const library = require(resolve(CMS_DIR, 'dist/src/permissions/media-library.js')) as typeof import('../../cms/src/permissions/media-library');
const rules = require(resolve(CMS_DIR, 'dist/src/uploads/write-routes.js')) as typeof import('../../cms/src/uploads/write-routes');

const { seed: SEED, runs: RUNS } = generated('UPLOADS_FUZZ', { ci: 150, deep: 1_000 }, 'uploads');
// The rules read files through Strapi's query layer only (no SQL of ours): PostgreSQL in
// `npm test`, both databases in the deep run (or as UPLOADS_TEST_DATABASES names them).
const DATABASES = (process.env.UPLOADS_TEST_DATABASES?.split(',') as DatabaseKind[] | undefined) ?? EITHER_DATABASE;
const ARTICLE = uidOf('article');
const PNG = readFileSync(new URL('../../cms/favicon.png', import.meta.url));

interface Attempt {
  method: string;
  path: string;
  json?: unknown;
  /** Multipart: text fields, and whether a file goes with them. */
  form?: { fields: Record<string, string>; file: boolean };
}

async function send(url: string, token: string, attempt: Attempt): Promise<{ status: number; text: string }> {
  let body: string | FormData | undefined;
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (attempt.json !== undefined) {
    body = JSON.stringify(attempt.json);
    headers['Content-Type'] = 'application/json';
  } else if (attempt.form) {
    const form = new FormData();
    for (const [key, value] of Object.entries(attempt.form.fields)) form.append(key, value);
    if (attempt.form.file) form.append('files', new Blob([new Uint8Array([...PNG, 0])], { type: 'image/png' }), 'thay-the.png');
    body = form;
  }
  const response = await fetch(`${url}${attempt.path}`, { method: attempt.method, headers, body });
  return { status: response.status, text: await response.text() };
}

const sha = (bytes: ArrayBuffer | Buffer) => createHash('sha256').update(Buffer.from(bytes as ArrayBuffer)).digest('hex');

describe.each<DatabaseKind>(DATABASES)('the media library on %s', (database) => {
  let cms: RunningCms;
  let own: string;
  let other: string;
  const clients = {} as Record<'author' | 'otherAuthor' | 'translator' | 'editor' | 'administrator' | 'uploader', AdminClient>;
  let n = 0;

  const fileQuery = () => cms.strapi.db.query('plugin::upload.file');

  async function upload(client: AdminClient, name = `tep-${++n}.png`): Promise<{ id: number; url: string }> {
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), name);
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${client.token}` }, body: form });
    expect(response.status, await response.clone().text()).toBe(201);
    const [file] = (await response.json()) as { id: number; url: string }[];
    return file!;
  }

  /** What must not change: the row as stored, and the bytes served at its URL. */
  async function snapshot(id: number): Promise<unknown> {
    const row = (await fileQuery().findOne({ where: { id }, populate: { folder: { select: ['id'] } } })) as Record<string, unknown> | null;
    if (!row) return null;
    const { name, alternativeText, caption, hash, ext, url, size, mime, updatedAt, folder, folderPath } = row;
    const bytes = await fetch(`${cms.url}${url as string}`);
    return { name, alternativeText, caption, hash, ext, url, size, mime, updatedAt: String(updatedAt), folder, folderPath, status: bytes.status, sha: sha(await bytes.arrayBuffer()) };
  }

  beforeAll(async () => {
    cms = await bootCms(database);
    const s = cms.strapi;
    own = await createTerm(s, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    other = await createTerm(s, 'agency', { vi: 'UBND huyện Mỹ Tú', km: 'គណៈកម្មាធិការស្រុកមីទូ', en: 'My Tu District' }, { code: 'ubnd-my-tu', agencyKind: 'people_committee' });
    const users: Record<keyof typeof clients, [string[], string[]]> = {
      author: [['cchc-author'], [own]],
      otherAuthor: [['cchc-author'], [other]],
      translator: [['cchc-translator-km'], []],
      editor: [['cchc-editor'], []],
      administrator: [['strapi-super-admin'], []],
      uploader: [['cchc-editor'], []],
    };
    for (const [role, [codes, agencies]] of Object.entries(users)) {
      clients[role as keyof typeof clients] = await AdminClient.login(cms.url, await createAdminUser(s, `${role.toLowerCase()}@uploads.test`, codes, agencies));
    }
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('judges every route of the upload plugin that writes (the list is printed)', () => {
    const routers = library.routersOf(cms.strapi.plugin('upload') as never);
    const routes = routers.flatMap(([router, list]) => list.map((route) => ({ router, ...route })));
    const lines: string[] = [];
    const unjudged: string[] = [];
    for (const route of routes) {
      const writes = !rules.READING_METHODS.includes(route.method.toUpperCase());
      const judged = (route.config?.middlewares ?? []).some((m) => typeof m === 'function' && (m as never as Record<symbol, unknown>)[library.UPLOAD_JUDGE] === route.handler);
      const rule = rules.UPLOAD_WRITE_RULES[route.handler];
      const kind = !writes ? 'read' : !rules.isJudged(route.handler) ? 'UNKNOWN (refused)' : typeof rule === 'function' ? 'by request' : rule!.kind;
      lines.push(`${route.router.padEnd(18)} ${route.method.padEnd(6)} ${route.path.padEnd(34)} ${route.handler.padEnd(44)} ${kind}`);
      if (writes && (!judged || !rules.isJudged(route.handler))) unjudged.push(`${route.method} ${route.path} (${route.handler})`);
    }
    console.log(`[uploads] routes of the upload plugin:\n${lines.join('\n')}`);
    // The server's own router agrees: each writing route it serves under /upload is one of these.
    const served = cms.strapi.server
      .listRoutes()
      .filter((layer: { path: string; methods: string[] }) => /^\/(api\/)?upload(\/|$)/.test(layer.path) && layer.methods.some((m: string) => !rules.READING_METHODS.includes(m)));
    const known = new Set(routes.map((r) => r.path));
    const strangers = served.filter((layer) => !known.has(layer.path.replace(/^\/(api\/)?upload/, '') || '/'));
    expect(strangers.map((l) => `${l.methods.join(',')} ${l.path}`)).toEqual([]);
    expect(served.length).toBeGreaterThanOrEqual(routes.filter((r) => !rules.READING_METHODS.includes(r.method)).length);
    expect(unjudged).toEqual([]);
  });

  it("refuses an author every change to another agency's file, whatever the request's shape (generated)", async () => {
    const victim = await upload(clients.otherAuthor);
    const mine = await upload(clients.author);
    const before = await snapshot(victim.id);
    const v = victim.id;
    const o = mine.id;
    // The plain spelling most often (Strapi acts on it), the odd ones (which it may read too) besides.
    const spelt = <T>(plain: T[], odd: T[]) => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
    const inBody = spelt<unknown>([v, String(v)], [`0${v}`, ` ${v}`, `${v}.0`, [v], { $eq: v }]);
    const inPath = spelt([String(v)], [`0${v}`, `${v}.0`, `%20${v}`]);
    const inQuery = spelt([`id=${v}`], [`id[]=${v}`, `id=${v}&id=${o}`, `id=${o}&id=${v}`, `id[0]=${v}`, `id[$eq]=${v}`, `id=0${v}`]);
    const fileInfo = { name: 'da-doi.png', caption: 'Đã đổi', alternativeText: 'Đã đổi' };
    const infoAs = fc.constantFrom<unknown>(fileInfo, JSON.stringify(fileInfo), { ...fileInfo, folder: null });
    const body = (json: Record<string, unknown>, multipart: boolean, file = false): Pick<Attempt, 'json' | 'form'> =>
      multipart
        ? { form: { fields: Object.fromEntries(Object.entries(json).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)])), file } }
        : { json };
    const withOwn = (list: unknown[], ownFirst: boolean) => (ownFirst ? [o, ...list] : [...list, o]);
    const attempts: fc.Arbitrary<Attempt>[] = [
      fc.tuple(inPath, infoAs, fc.boolean()).map(([id, info, mp]) => ({ method: 'PUT', path: `/upload/files/${id}`, ...body({ fileInfo: info }, mp) })),
      fc.tuple(inQuery, infoAs, fc.boolean()).map(([q, info, mp]) => ({ method: 'PUT', path: `/upload/files/${o}?${q}`, ...body({ fileInfo: info }, mp) })),
      fc.tuple(inQuery, infoAs, fc.boolean(), fc.boolean()).map(([q, info, mp, file]) => ({ method: 'POST', path: `/upload?${q}`, ...body({ fileInfo: info }, mp || file, file) })),
      fc.tuple(inPath, infoAs).map(([id, info]) => ({ method: 'POST', path: `/upload/files/${id}/replace`, ...body({ fileInfo: info }, true, true) })),
      inQuery.map((q) => ({ method: 'POST', path: `/upload/files/${o}/replace?${q}`, ...body({}, true, true) })),
      fc.tuple(inBody, infoAs, fc.boolean(), fc.boolean()).map(([id, info, ownFirst, mp]) => ({
        method: 'POST',
        path: '/upload/actions/bulk-update',
        ...body({ updates: withOwn([{ id, fileInfo: info }], ownFirst).map((u) => (typeof u === 'number' ? { id: u, fileInfo } : u)) }, mp),
      })),
      fc.tuple(inBody, fc.boolean(), fc.boolean()).map(([id, ownFirst, mp]) => ({ method: 'POST', path: '/upload/actions/bulk-delete', ...body({ fileIds: withOwn([id], ownFirst), folderIds: [] }, mp) })),
      fc.tuple(inBody, fc.boolean()).map(([id, ownFirst]) => ({ method: 'POST', path: '/upload/actions/bulk-move', json: { fileIds: withOwn([id], ownFirst), folderIds: [], destinationFolderId: null } })),
      inPath.map((id) => ({ method: 'DELETE', path: `/upload/files/${id}` })),
      inQuery.map((q) => ({ method: 'DELETE', path: `/upload/files/${o}?${q}` })),
      inBody.map((id) => ({ method: 'POST', path: '/upload/actions/generate-ai-metadata', json: { fileIds: [id] } })),
    ];
    await fc.assert(
      fc.asyncProperty(fc.oneof(...attempts), async (attempt) => {
        const answer = await send(cms.url, clients.author.token, attempt);
        expect(answer.status, `${attempt.method} ${attempt.path}: ${answer.text.slice(0, 200)}`).toBe(403);
        expect(await snapshot(v), `${attempt.method} ${attempt.path}`).toEqual(before);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  it('lets an author change their own files, and an editor any file', async () => {
    const mine = await upload(clients.author);
    const colleague = await upload(clients.otherAuthor);
    const caption = async (id: number) => ((await fileQuery().findOne({ where: { id } })) as { caption: string }).caption;
    expect((await clients.author.put(`/upload/files/${mine.id}`, { fileInfo: { caption: 'Một' } })).status).toBe(200);
    expect(await caption(mine.id)).toBe('Một');
    expect((await clients.author.post(`/upload?id=${mine.id}`, { fileInfo: { caption: 'Hai' } })).status).toBe(200);
    expect(await caption(mine.id)).toBe('Hai');
    expect((await clients.author.post('/upload/actions/bulk-update', { updates: [{ id: mine.id, fileInfo: { caption: 'Ba' } }] })).status).toBe(200);
    expect(await caption(mine.id)).toBe('Ba');
    expect((await clients.editor.put(`/upload/files/${colleague.id}`, { fileInfo: { caption: 'Biên tập' } })).status).toBe(200);
    expect(await caption(colleague.id)).toBe('Biên tập');
    expect((await clients.author.delete(`/upload/files/${mine.id}`)).status).toBe(200);
    expect(await fileQuery().findOne({ where: { id: mine.id } })).toBeNull();
  });

  it('leaves folders to editors, and the settings to the administrator', async () => {
    const made = await clients.author.post('/upload/folders', { name: `Thư mục ${++n}`, parent: null });
    expect(made.status).toBe(201);
    const folder = made.body.data.id as number;
    const named = async () => ((await cms.strapi.db.query('plugin::upload.folder').findOne({ where: { id: folder } })) as { name: string } | null)?.name;
    const name = await named();
    expect((await clients.author.put(`/upload/folders/${folder}`, { name: 'Đổi tên' })).status).toBe(403);
    expect((await clients.author.post('/upload/actions/bulk-delete', { fileIds: [], folderIds: [folder] })).status).toBe(403);
    expect((await clients.author.post('/upload/actions/bulk-move', { fileIds: [], folderIds: [String(folder)], destinationFolderId: null })).status).toBe(403);
    expect(await named()).toBe(name);
    expect((await clients.editor.put(`/upload/folders/${folder}`, { name: 'Biên tập đổi tên' })).status).toBe(200);
    expect(await named()).toBe('Biên tập đổi tên');
    for (const client of [clients.author, clients.editor]) {
      expect((await client.put('/upload/settings', { sizeOptimization: false, responsiveDimensions: false })).status).toBe(403);
      expect((await client.put('/upload/configuration', { pageSize: 10, sort: 'name:ASC' })).status).toBe(403);
    }
    expect((await clients.administrator.put('/upload/configuration', { pageSize: 10, sort: 'name:ASC' })).status).toBe(200);
  });

  it('refuses file writes through the content API, even to a full-access token', async () => {
    const victim = await upload(clients.otherAuthor);
    const before = await snapshot(victim.id);
    const token = (await cms.strapi.service('admin::api-token').create({ name: 'full', type: 'full-access', lifespan: null, description: 'tests' })).accessKey as string;
    const files = await fileQuery().count();
    for (const attempt of [
      { method: 'POST', path: `/api/upload?id=${victim.id}`, form: { fields: { fileInfo: JSON.stringify({ caption: 'Đổi' }) }, file: true } },
      { method: 'POST', path: `/api/upload?id=${victim.id}`, form: { fields: { fileInfo: JSON.stringify({ caption: 'Đổi' }) }, file: false } },
      { method: 'POST', path: '/api/upload', form: { fields: {}, file: true } },
      { method: 'DELETE', path: `/api/upload/files/${victim.id}` },
    ] as Attempt[]) {
      expect((await send(cms.url, token, attempt)).status, `${attempt.method} ${attempt.path}`).toBe(403);
    }
    expect(await snapshot(victim.id)).toEqual(before);
    expect(await fileQuery().count()).toBe(files);
  });

  describe('upload from a URL', () => {
    const servers: Server[] = [];
    const received: string[] = [];
    let port = 0;

    beforeAll(async () => {
      const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
        received.push(`${req.method} ${req.url}`);
        if (req.url?.startsWith('/chuyen')) res.writeHead(302, { Location: `http://127.0.0.1:${port}/bi-mat.png` }).end();
        else res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
      };
      const v4 = createServer(handler);
      await new Promise<void>((ok) => v4.listen(0, '127.0.0.1', ok));
      servers.push(v4);
      port = (v4.address() as AddressInfo).port;
      // The same port on ::1, where the machine has IPv6 loopback.
      const v6 = createServer(handler);
      const listening = await new Promise<boolean>((ok) => {
        v6.once('error', () => ok(false));
        v6.listen(port, '::1', () => ok(true));
      });
      if (listening) servers.push(v6);
    });
    afterAll(async () => {
      for (const server of servers) await new Promise((ok) => server.close(ok));
    });

    it('is refused to every role, and the CMS fetches nothing, whatever the spelling of a local address (generated)', async () => {
      const hosts = [
        '127.0.0.1', '127.1', '0x7f.1', '0x7f000001', '2130706433', '017700000001', '127.000.000.001', '%31%32%37.0.0.1',
        '[::1]', '[::ffff:127.0.0.1]', '[0:0:0:0:0:ffff:7f00:1]', '[::ffff:7f00:1]', '0.0.0.0', '0', 'localhost', 'localhost.', 'LOCALHOST', 'u:p@127.0.0.1',
      ];
      const url = fc
        .tuple(fc.constantFrom('http', 'HTTP', 'https'), fc.constantFrom(...hosts), fc.constantFrom('/anh.png', '/chuyen', '/anh.png?x=1', '/anh.png#a', '/'))
        .map(([scheme, host, path]) => `${scheme}://${host}:${port}${path}`);
      const who = fc.constantFrom<keyof typeof clients>('author', 'translator', 'editor', 'administrator');
      const files = await fileQuery().count();
      console.log(`[uploads ${database}] upload-from-URL: seed ${SEED}, ${RUNS} requests`);
      await fc.assert(
        fc.asyncProperty(who, fc.array(url, { minLength: 1, maxLength: 3 }), fc.constantFrom(null, 1, '1'), async (role, urls, folderId) => {
          const answer = await send(cms.url, clients[role].token, { method: 'POST', path: '/upload/actions/upload-from-urls', json: { urls, folderId } });
          expect(answer.status, `${role} ${urls.join(' ')}: ${answer.text.slice(0, 200)}`).toBe(403);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      await new Promise((ok) => setTimeout(ok, 200));
      expect(received).toEqual([]);
      expect(await fileQuery().count()).toBe(files);
    });
  });

  describe("replacing a file's bytes", () => {
    it('is refused to everyone, so an approved and a live document keep their image until an edit is reviewed', async () => {
      const image = await upload(clients.author);
      const docs = cms.strapi.documents(ARTICLE as UID.ContentType);
      const article = (title: string) =>
        docs.create({ locale: 'vi', data: { title, summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency: own, cover: { image: image.id, alt: 'Ảnh' } } } as never);
      const approved = await article('Bài đã duyệt');
      const live = await article('Bài đang đăng');
      await docs.publish({ documentId: live.documentId, locale: 'vi' } as never);
      expect((await clients.author.post(`/cchc-workflow/documents/article/${approved.documentId}/transitions/submit?locale=vi`)).status).toBe(200);
      expect((await clients.editor.post(`/cchc-workflow/documents/article/${approved.documentId}/transitions/approve?locale=vi`)).status).toBe(200);
      const stateOf = async (id: string) => (await clients.administrator.get(`/cchc-workflow/documents/article/${id}?locale=vi`)).body.state as string;
      const liveImage = async () => {
        const doc = (await docs.findOne({ documentId: live.documentId, locale: 'vi', status: 'published', populate: { cover: { populate: ['image'] } } } as never)) as unknown as { cover: { image: { url: string } } };
        return sha(await (await fetch(`${cms.url}${doc.cover.image.url}`)).arrayBuffer());
      };
      const before = { file: await snapshot(image.id), live: await liveImage() };

      const replacements: Attempt[] = [
        { method: 'POST', path: `/upload/files/${image.id}/replace`, form: { fields: { fileInfo: JSON.stringify({ name: 'moi.png' }) }, file: true } },
        { method: 'POST', path: `/upload?id=${image.id}`, form: { fields: { fileInfo: JSON.stringify({ name: 'moi.png' }) }, file: true } },
        { method: 'POST', path: `/upload?id=${image.id}`, form: { fields: {}, file: true } },
      ];
      for (const role of ['author', 'editor', 'administrator'] as const) {
        for (const attempt of replacements) {
          const answer = await send(cms.url, clients[role].token, attempt);
          expect(answer.status, `${role} ${attempt.path}`).toBe(403);
          expect(answer.text).toContain('Hãy tải tệp mới lên');
        }
      }
      expect({ file: await snapshot(image.id), live: await liveImage() }).toEqual(before);
      expect(await stateOf(approved.documentId)).toBe('approved');
      expect(await stateOf(live.documentId)).toBe('published');

      // The way offered instead: a new file, chosen in the document, is an edit the workflow sees.
      const replacement = await upload(clients.author, 'anh-moi.png');
      const edited = await clients.author.put(`${cm(ARTICLE)}/${approved.documentId}?locale=vi`, { cover: { image: replacement.id, alt: 'Ảnh mới' } });
      expect(edited.status, JSON.stringify(edited.body).slice(0, 300)).toBe(200);
      expect(await stateOf(approved.documentId)).toBe('submitted');
    });

    it('nor is deleting a file that a document uses, by itself or with its folder', async () => {
      const image = await upload(clients.author);
      const docs = cms.strapi.documents(ARTICLE as UID.ContentType);
      const live = await docs.create({ locale: 'vi', data: { title: 'Bài dùng ảnh', summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency: own, cover: { image: image.id, alt: 'Ảnh' } } } as never);
      await docs.publish({ documentId: live.documentId, locale: 'vi' } as never);
      const folder = (await clients.editor.post('/upload/folders', { name: `Ảnh bài ${++n}`, parent: null })).body.data.id as number;
      expect((await clients.editor.post('/upload/actions/bulk-move', { fileIds: [image.id], folderIds: [], destinationFolderId: folder })).status).toBe(200);
      const before = await snapshot(image.id);
      const attempts: [keyof typeof clients, Attempt][] = [
        ['author', { method: 'DELETE', path: `/upload/files/${image.id}` }],
        ['author', { method: 'POST', path: '/upload/actions/bulk-delete', json: { fileIds: [image.id], folderIds: [] } }],
        ['editor', { method: 'DELETE', path: `/upload/files/${image.id}` }],
        ['editor', { method: 'POST', path: '/upload/actions/bulk-delete', json: { fileIds: [String(image.id)], folderIds: [] } }],
        ['administrator', { method: 'POST', path: '/upload/actions/bulk-delete', json: { fileIds: [], folderIds: [folder] } }],
        ['administrator', { method: 'POST', path: '/upload/actions/bulk-delete', json: { fileIds: [`0${image.id}`], folderIds: [] } }],
      ];
      for (const [role, attempt] of attempts) {
        expect((await send(cms.url, clients[role].token, attempt)).status, `${role} ${attempt.method} ${attempt.path} ${JSON.stringify(attempt.json)}`).toBe(403);
      }
      expect(await snapshot(image.id)).toEqual(before);
      expect(await cms.strapi.db.query('plugin::upload.folder').findOne({ where: { id: folder } })).not.toBeNull();
    });

    it('nor deleting a file that only a rich-text image block names', async () => {
      const image = await upload(clients.author);
      const docs = cms.strapi.documents(ARTICLE as UID.ContentType);
      const body = [...paragraphs('Nội dung'), { type: 'image', image: { id: image.id, url: image.url, alternativeText: 'Ảnh trong bài' }, children: [{ type: 'text', text: '' }] }];
      await docs.create({ locale: 'vi', data: { title: 'Bài có ảnh trong nội dung', summary: 'Tóm tắt', body, agency: own } } as never);
      const before = await snapshot(image.id);
      for (const [role, attempt] of [
        // The administrator, who may delete files: only the use refuses it.
        ['administrator', { method: 'DELETE', path: `/upload/files/${image.id}` }],
        ['administrator', { method: 'POST', path: '/upload/actions/bulk-delete', json: { fileIds: [image.id], folderIds: [] } }],
      ] as [keyof typeof clients, Attempt][]) {
        expect((await send(cms.url, clients[role].token, attempt)).status, `${role} ${attempt.path}`).toBe(403);
      }
      expect(await snapshot(image.id)).toEqual(before);
      // A file nothing uses is still deleted.
      const unused = await upload(clients.author);
      expect((await send(cms.url, clients.administrator.token, { method: 'DELETE', path: `/upload/files/${unused.id}` })).status).toBe(200);
    });
  });
});
