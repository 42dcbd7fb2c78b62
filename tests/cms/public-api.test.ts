/**
 * The public read API as an allow-list, on SQLite and PostgreSQL: what the public and a
 * read-only token may pass, the refusals (400 naming the parameter), published-only on every
 * path case, and what a read-only token reaches, route by route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { ALL_TYPES, paragraphs, populateOf, populateQuery, uidOf } from '@cchc/content-types';
import { bootCms, createReadOnlyToken, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTaxonomy, uploadTestImage, type Taxonomy } from '../support/fixtures';
import { LOCAL_ADMIN } from '../../cms/src/bootstrap/admin-user';

interface Body {
  data: unknown;
  meta?: { pagination?: { pageSize: number; total: number } };
  error?: { message: string; details?: { param?: string } };
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('public API on %s', (database) => {
  let cms: RunningCms;
  let terms: Taxonomy;
  let token: string;
  let live: string;
  let draft: string;

  beforeAll(async () => {
    cms = await bootCms(database);
    terms = await createTaxonomy(cms.strapi);
    token = await createReadOnlyToken(cms.strapi);
    const imageId = await uploadTestImage(cms.strapi);
    const docs = cms.strapi.documents(uidOf('article') as UID.ContentType);
    const base = { summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency: terms.agency, topics: [terms.topic], cover: { image: imageId, alt: 'ảnh' } };
    draft = (await docs.create({ locale: 'vi', data: { ...base, title: 'Bản nháp chưa duyệt' } } as never)).documentId;
    live = (await docs.create({ locale: 'vi', data: { ...base, title: 'Bài đã xuất bản' } } as never)).documentId;
    await docs.publish({ documentId: live, locale: 'vi' } as never);
    // A later edit of the published article stays a draft until published again.
    await docs.update({ documentId: live, locale: 'vi', data: { title: 'Sửa đổi chưa duyệt' } } as never);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const callers = () => [
    ['public', undefined],
    ['read token', token],
  ] as const;

  async function get(path: string, auth?: string) {
    const res = await fetch(`${cms.url}${path}`, { headers: auth ? { Authorization: `Bearer ${auth}` } : {} });
    const text = await res.text();
    let body: Body | undefined;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text, headers: res.headers };
  }

  it('serves what the site and the press ask for', async () => {
    const article = populateQuery(populateOf('article'));
    for (const [who, auth] of callers()) {
      for (const query of [
        `locale=vi&pagination[page]=1&pagination[pageSize]=100&sort[0]=id:asc&${article}`,
        'locale=vi&fields[0]=updatedAt&sort[0]=updatedAt:desc&pagination[pageSize]=1',
        `filters[topics][slug][$eq]=lan-toa-dich-vu-cong-truc-tuyen&filters[agency][code]=so-noi-vu&sort=date:desc,title`,
        `filters[$or][0][title][$containsi]=xuất&filters[$or][1][summary][$startsWith]=Tóm&status=published`,
        `filters[topics][documentId][$in][0]=${terms.topic}&pagination[start]=0&pagination[limit]=10&fields=title,slug`,
      ]) {
        const res = await get(`/api/articles?${encodeURI(query)}`, auth);
        expect(res.status, `${who} ${query} ${res.text.slice(0, 200)}`).toBe(200);
        expect((res.body?.data as { documentId: string }[]).map((a) => a.documentId), `${who} ${query}`).toEqual([live]);
      }
      const one = await get(`/api/articles/${live}?locale=vi&${article}`, auth);
      expect(one.status, who).toBe(200);
      // The fixed populate is applied whether the caller repeats it or not.
      const plain = await get(`/api/articles/${live}`, auth);
      expect(plain.body?.data, who).toEqual(one.body?.data);
      expect((plain.body?.data as { title: string; topics: unknown[] }).title).toBe('Bài đã xuất bản');
      expect((plain.body?.data as { topics: unknown[] }).topics).toHaveLength(1);
    }
  });

  it('refuses anything off the list with 400 naming the parameter', async () => {
    const refused: [string, string][] = [
      ['status=draft', 'status'],
      ['status[0]=draft', 'status'],
      ['publicationState=preview', 'publicationState'],
      ['filters[localizations][title][$startsWith]=S', 'filters[localizations]'],
      ['filters[createdBy][firstname][$eq]=x', 'filters[createdBy]'],
      ['filters[topics][name][$eq]=x', 'filters[topics][name]'],
      ['filters[topics][localizations][slug][$eq]=x', 'filters[topics][localizations]'],
      ['filters[title][$jsonSupersetOf]=x', 'filters[title][$jsonSupersetOf]'],
      ['filters[date][$gt]=yesterday', 'filters[date][$gt]'],
      ['filters[title][$eq]=%00', 'filters[title][$eq]'],
      [`filters[title][$eq]=${'a'.repeat(201)}`, 'filters[title][$eq]'],
      ['filters[$or][0][$or][0][$or][0][title]=x', 'filters[$or][0][$or][0][$or]'],
      ['sort=localizations.title:asc', 'sort[0]'],
      ['sort=topics.name', 'sort[0]'],
      ['sort=title:sideways', 'sort[0]'],
      ['populate=*', 'populate'],
      ['populate[localizations]=true', 'populate'],
      ['fields[0]=createdBy', 'fields[0]'],
      ['pagination[pageSize]=5000', 'pagination[pageSize]'],
      ['pagination[page]=1&pagination[start]=0', 'pagination'],
      ['locale=all', 'locale'],
      ['_q=x', '_q'],
    ];
    for (const [who, auth] of callers()) {
      for (const [query, param] of refused) {
        for (const path of ['/api/articles', '/API/Articles']) {
          const res = await get(`${path}?${query}`, auth);
          expect(res.status, `${who} ${path}?${query}`).toBe(400);
          expect(res.body?.error?.details?.param, `${who} ${query}`).toBe(param);
          expect(res.body?.error?.message, `${who} ${query}`).toContain(param);
        }
      }
      // A single document takes no list parameters.
      const one = await get(`/api/articles/${live}?filters[title][$eq]=x`, auth);
      expect(one.body?.error?.details?.param, who).toBe('filters');
      expect((await get(`/api/articles/${live}?x=${'y'.repeat(5000)}`, auth)).status, who).toBe(414);
    }
  });

  it('shows published content only, on every path case', async () => {
    for (const [who, auth] of callers()) {
      for (const path of ['/api/articles', '/API/Articles', '/Api/ARTICLES', '/api/articles/']) {
        const list = await get(`${path}?pagination[pageSize]=100&locale=vi`, auth);
        expect(list.status, `${who} ${path}`).toBe(200);
        const titles = (list.body?.data as { title: string }[]).map((a) => a.title);
        expect(titles, `${who} ${path}`).toEqual(['Bài đã xuất bản']);
      }
      for (const path of [`/api/articles/${draft}`, `/API/ARTICLES/${draft}`, `/Api/Articles/${draft}/`]) {
        expect((await get(path, auth)).status, `${who} ${path}`).toBe(404);
        expect((await get(`${path}?status=draft`, auth)).status, `${who} ${path}`).toBe(400);
      }
      const filtered = await get('/api/articles?filters[publishedAt][$null]=true', auth);
      expect(filtered.body?.data, who).toEqual([]);
    }
  });

  it('gives a read-only token our published content and no other route', async () => {
    const ours = new Set(ALL_TYPES.map((t) => t.plural));
    const ids: Record<string, string> = {
      articles: live,
      agencies: terms.agency,
      'reform-areas': terms.reformArea,
      topics: terms.topic,
      audiences: terms.audience,
      localities: terms.locality,
    };
    // What the public API tells of documents' past (src/public-api/document-history.ts): public reads too.
    const derived: Record<string, string> = { 'change-notes': '?type=article&locale=vi', redirects: '?type=article&locale=vi', withdrawn: '?type=article&locale=vi' };
    // The site publisher's routes (src/site-publisher/) take no Strapi auth: their own signature
    // or preview token, which a token is not (401), and they are off here, unconfigured (503).
    const signed = new Set(['GET /api/site-previews/document', 'POST /api/site-publisher/reports', 'POST /api/site-publisher/changes-since']);
    const layers = cms.strapi.server.listRoutes() as { path: string; methods: string[] }[];
    const routes = layers
      .filter((layer) => layer.path.startsWith('/api/'))
      .flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((method) => ({ method, path: layer.path })));
    const seen: string[] = [];
    for (const { method, path } of routes) {
      const [, , plural, param] = path.split('/');
      const url = path.replace(/:[^/]+/g, param ? (ids[plural!] ?? 'nosuchdocument1') : '') + (method === 'GET' ? (derived[plural!] ?? '') : '');
      const res = await fetch(`${cms.url}${url}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      seen.push(`${method} ${path}`);
      if (signed.has(`${method} ${path}`)) {
        expect([401, 503], `${method} ${url}`).toContain(res.status);
        continue;
      }
      const expected = method === 'GET' && (ours.has(plural!) || plural! in derived) ? (param && !ids[plural!] ? 404 : 200) : 403;
      expect(res.status, `${method} ${url}`).toBe(expected);
    }
    // The list is Strapi's own: it must hold the routes this test is about.
    for (const route of ['GET /api/upload/files', 'GET /api/users-permissions/roles', 'GET /api/users', 'GET /api/i18n/locales', 'POST /api/upload']) {
      expect(seen).toContain(route);
    }
    expect(seen.filter((r) => r.startsWith('GET /api/articles'))).toHaveLength(2);
    expect(seen).toEqual(expect.arrayContaining(['GET /api/change-notes', 'GET /api/redirects', 'GET /api/withdrawn', ...signed]));
  });

  it('leaves drafts to the admin panel, which still reads them', async () => {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(LOCAL_ADMIN),
    });
    const { data } = (await login.json()) as { data: { token: string } };
    const res = await fetch(`${cms.url}/content-manager/collection-types/api::article.article?status=draft&pageSize=100`, {
      headers: { Authorization: `Bearer ${data.token}` },
    });
    expect(res.status).toBe(200);
    const titles = ((await res.json()) as { results: { title: string }[] }).results.map((r) => r.title).sort();
    expect(titles).toEqual(['Bản nháp chưa duyệt', 'Sửa đổi chưa duyệt']);
  });

  it('refuses writes, and the refused paths are real routes', async () => {
    for (const [who, auth] of callers()) {
      const headers = { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${auth}` } : {}) };
      // Our types have no write routes at all: the path reads (200) and the write finds no route.
      expect((await get('/api/articles', auth)).status, who).toBe(200);
      for (const [method, path] of [['POST', '/api/articles'], ['PUT', `/api/articles/${live}`], ['DELETE', `/api/articles/${live}`]] as const) {
        const res = await fetch(`${cms.url}${path}`, { method, headers, body: method === 'DELETE' ? undefined : '{"data":{"title":"x"}}' });
        expect([404, 405], `${who} ${method} ${path}`).toContain(res.status);
      }
      // The upload route exists (a GET on it is not 404) and refuses the caller.
      const upload = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers, body: '{}' });
      expect(upload.status, `${who} POST /api/upload`).toBe(403);
      expect((await get('/api/upload/files', auth)).status, who).toBe(403);
    }
    expect((await get(`/api/articles/${live}`)).body?.data).toMatchObject({ title: 'Bài đã xuất bản' });
  });
});
