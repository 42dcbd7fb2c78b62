/**
 * Every admin route Strapi serves, walked as each editorial role (cms/src/permissions/route-table.ts
 * and route-judge.ts), on PostgreSQL:
 *  - the routes Strapi lists are exactly those the table judges (a Strapi upgrade that adds a
 *    route fails here until someone judges it), and the table is printed;
 *  - an author of one agency calls every route that is not the administrator's, writing ones
 *    included, with the ids of another agency's draft, file and translation in the path, the
 *    query and the body: none of that agency's rows changes, and no answer carries the text of
 *    its draft, its pending edit or its draft translation;
 *  - the editor and the translator read every route, and every role is refused the
 *    administrator's and the settings' routes (403);
 *  - a route the table does not name (one entry is taken out for this test) is refused to every
 *    editorial role and served to the administrator;
 *  - the audit CSV, after the author named themselves like a formula, begins no formula cell.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { bootCms, type RunningCms } from '../support/strapi';
import { AdminClient, createAdminUser, type TestUser } from '../support/admin-users';
import { createTerm } from '../support/fixtures';
import { createHiddenContent, MARKERS, type HiddenContent } from '../support/hidden-content';
import { CMS_DIR } from '../support/paths';

type Judge = import('../../cms/src/permissions/route-table').Judge;
const require = createRequire(import.meta.url);
// The very module the CMS runs (CommonJS from cms/dist), so that taking an entry out reaches it.
const table = require(resolve(CMS_DIR, 'dist/src/permissions/route-table.js')) as typeof import('../../cms/src/permissions/route-table');

const ARTICLE = uidOf('article');
/** The route taken out of the table for this test: an author is normally served it. */
const UNJUDGED = 'GET /upload/configuration';
/** Texts of the other agency's documents that only its own people may read. */
const SECRET_MARKERS = [MARKERS.draft, MARKERS.edit, MARKERS.translation];
/** Routes that end the walker's own session: walked last. */
const ENDS_SESSION = new Set(['POST /admin/logout', 'DELETE /admin/users/me/sessions', 'DELETE /admin/users/me/sessions/:sessionId']);
const FORMULA_NAME = 'Tác giả;=HYPERLINK("http://x.example")';

interface Listed {
  key: string;
  method: string;
  path: string;
}

interface Ids {
  agency: string;
  draft: string;
  draftRow: number;
  translated: string;
  file: number;
  authorB: number;
}

const judged = { ...table.ADMIN_ROUTES } as Record<string, Judge>;

describe('every admin route, as each editorial role', () => {
  let cms: RunningCms;
  let hidden: HiddenContent;
  let ids: Ids;
  let routes: Listed[];
  let component: string;
  const clients = {} as Record<'author' | 'editor' | 'translator' | 'administrator', AdminClient>;

  beforeAll(async () => {
    delete (table.ADMIN_ROUTES as Record<string, Judge>)[UNJUDGED];
    cms = await bootCms('postgres');
    const strapi = cms.strapi;
    hidden = await createHiddenContent(strapi);
    const agencyA = await createTerm(strapi, 'agency', { vi: 'Cơ quan A', km: 'A', en: 'Agency A' }, { code: 'co-quan-a', agencyKind: 'department' });
    const agencyB = hidden.terms.agency;
    const user = (email: string, roles: string[], agencies: string[] = []) => createAdminUser(strapi, email, roles, agencies);
    const people: Record<keyof typeof clients, TestUser> = {
      author: await user('tacgia.a@walk.test', ['cchc-author'], [agencyA]),
      editor: await user('bientap@walk.test', ['cchc-editor']),
      translator: await user('dich.khmer@walk.test', ['cchc-translator-km']),
      administrator: await user('quantri@walk.test', ['strapi-super-admin']),
    };
    const authorB = await user('tacgia.b@walk.test', ['cchc-author'], [agencyB]);
    for (const [role, person] of Object.entries(people)) clients[role as keyof typeof clients] = await AdminClient.login(cms.url, person);

    // A file the other agency's author uploaded through the media library.
    const b = await AdminClient.login(cms.url, authorB);
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'cua-co-quan-b.png');
    const uploaded = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${b.token}` }, body: form });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as { id: number }[];

    const draftRow = (await strapi.db.query(ARTICLE as UID.Schema).findOne({ where: { documentId: hidden.ids.draft, locale: 'vi' } })) as { id: number };
    ids = { agency: agencyB, draft: hidden.ids.draft, draftRow: draftRow.id, translated: hidden.ids.translated, file: file!.id, authorB: authorB.id };

    component = Object.keys(strapi.components)[0]!;
    routes = (cms.strapi.server.api('admin').listRoutes() as { methods: string[]; path: string }[])
      .filter((layer) => layer.methods.length)
      .map((layer) => {
        const method = layer.methods.find((m) => m !== 'HEAD')!;
        return { key: table.routeKey(method, layer.path), method, path: layer.path };
      });
  });

  afterAll(async () => {
    await cms?.stop();
  });

  it('judges every admin route Strapi lists, and names none that is gone', () => {
    const listed = new Set(routes.map((r) => r.key));
    console.log(
      `[admin routes] ${routes.length} routes:\n` +
        routes.map((r) => `  ${r.key.padEnd(82)} ${judged[r.key] ?? 'UNJUDGED'}`).join('\n') +
        `\n  judges: ${Object.entries(table.JUDGES).map(([j, what]) => `\n    ${j}: ${what}`).join('')}`,
    );
    expect(routes.map((r) => r.key).filter((key) => !judged[key]), 'routes not in cms/src/permissions/route-table.ts').toEqual([]);
    expect(Object.keys(judged).filter((key) => !listed.has(key)), 'table entries Strapi no longer lists').toEqual([]);
  });

  it('lets only the administrator change the site’s languages and the i18n settings, or read the environment', async () => {
    const locales = () => cms.strapi.db.query('plugin::i18n.locale').findMany({ orderBy: { id: 'asc' } });
    const before = await locales();
    const khmer = before.find((l: { code: string }) => l.code === 'km') as { id: number };
    const settings = (await clients.administrator.get('/i18n/settings')).body;
    const attempts: [string, string, unknown?][] = [
      ['POST', '/i18n/locales', { code: 'fr', name: 'Français', isDefault: true }],
      ['PUT', `/i18n/locales/${khmer.id}`, { name: 'Khmer (đổi)', isDefault: true }],
      ['DELETE', `/i18n/locales/${khmer.id}`],
      ['PUT', '/i18n/settings', { aiLocalizations: true }],
      ['GET', '/admin/information'],
    ];
    for (const role of ['author', 'editor', 'translator'] as const) {
      for (const [method, path, body] of attempts) {
        const response = await clients[role].request<{ error?: { message?: string } }>(method, path, body);
        expect(response.status, `${role} ${method} ${path}`).toBe(403);
        expect(response.body.error?.message).toBe('Chỉ quản trị viên được dùng chức năng này.');
      }
    }
    expect(await locales()).toEqual(before);
    expect((await clients.administrator.get('/i18n/settings')).body).toEqual(settings);
    // The administrator is served (the same name again: nothing changes for the tests after).
    const name = (khmer as unknown as { name: string }).name;
    expect((await clients.administrator.put(`/i18n/locales/${khmer.id}`, { name })).status).toBe(200);
    expect((await clients.administrator.get('/admin/information')).status).toBe(200);
  });

  it("an author changes none of another agency's rows and reads none of its drafts, on any route", async () => {
    const before = await snapshot();
    const calls = await walk(clients.author, () => true, true);
    expect(calls).toBeGreaterThan(100);
    expect(await snapshot()).toEqual(before);
  });

  it.each(['editor', 'translator'] as const)('the %s reads every route and is refused the administrator’s', async (role) => {
    // They read every agency's documents: only the refusals are theirs to prove.
    const calls = await walk(clients[role], (route) => route.method === 'GET');
    expect(calls).toBeGreaterThan(50);
  });

  it('serves the administrator the route the table does not name', async () => {
    expect((await clients.administrator.get('/upload/configuration')).status).toBe(200);
  });

  it('exports no formula cell after the author named themselves like one', async () => {
    const res = await fetch(`${cms.url}/cchc-audit/entries.csv`, { headers: { Authorization: `Bearer ${clients.administrator.token}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('Tác giả;');
    for (const line of text.split('\r\n')) {
      for (const part of line.split(/[,;]/)) expect(part.replace(/^"/, ''), line).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  /**
   * Calls every listed route (those `include` picks) as this user and checks each answer; returns
   * how many calls were made. `writes`: the body tries to change the other agency's rows.
   */
  async function walk(client: AdminClient, include: (route: Listed) => boolean, writes = false): Promise<number> {
    const ordered = [...routes.filter((r) => !ENDS_SESSION.has(r.key)), ...routes.filter((r) => ENDS_SESSION.has(r.key))];
    let calls = 0;
    const leaks: string[] = [];
    const wrongly: string[] = [];
    const changed: string[] = [];
    let rows = writes ? JSON.stringify(await snapshot()) : '';
    for (const route of ordered) {
      const judge: Judge | undefined = route.key === UNJUDGED ? undefined : judged[route.key];
      if (judge === 'public') continue;
      const refused = judge === undefined || judge === 'administrator' || judge === 'settings';
      if (!refused && !include(route)) continue;
      const response = await call(client, route, writes);
      calls++;
      if (refused && response.status !== 403) wrongly.push(`${route.key} (${judge ?? 'unjudged'}): ${response.status}`);
      const leaked = SECRET_MARKERS.find((m) => response.text.toLowerCase().includes(m));
      if (writes && leaked) leaks.push(`${route.key}: ${leaked}`);
      if (writes && route.method !== 'GET') {
        const now = JSON.stringify(await snapshot());
        if (now !== rows) changed.push(`${route.key}: ${response.status}: ${firstDifference(JSON.parse(rows), JSON.parse(now))}`);
        rows = now;
      }
    }
    expect(changed, "routes that changed another agency's rows").toEqual([]);
    expect(wrongly, 'routes that must answer 403').toEqual([]);
    expect(leaks, "answers carrying another agency's draft").toEqual([]);
    return calls;
  }

  async function call(client: AdminClient, route: Listed, writes: boolean): Promise<{ status: number; text: string }> {
    const path = fillPath(route.path);
    const url = `${cms.url}${path}${queryOf(route.key)}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${client.token}` };
    let body: BodyInit | undefined;
    if (route.method !== 'GET' && route.method !== 'DELETE' && writes) {
      if (/^POST \/upload(\/files(\/:id\/replace)?)?$/.test(route.key)) body = uploadForm();
      else {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(bodyOf(route.key));
      }
    } else if (route.method !== 'GET' && route.method !== 'DELETE') {
      headers['Content-Type'] = 'application/json';
      body = '{}';
    }
    const response = await fetch(url, { method: route.method, headers, body });
    return { status: response.status, text: await response.text() };
  }

  /** Path parameters: the other agency's ids wherever a route takes one. */
  function fillPath(path: string): string {
    return path.replace(/:(\w+)/g, (_, name: string) => {
      switch (name) {
        case 'model':
        case 'uid':
        case 'contentType':
          return path.startsWith('/content-manager/components') || path.startsWith('/content-type-builder/components') ? component : ARTICLE;
        case 'type':
          return 'article';
        case 'documentId':
        case 'sourceId':
          return ids.draft;
        case 'id':
          if (path.startsWith('/upload/files')) return String(ids.file);
          if (path.startsWith('/content-manager/relations')) return ids.draft;
          if (path.startsWith('/content-manager')) return ids.draft;
          if (path.startsWith('/admin/users')) return String(ids.authorB);
          return '1';
        case 'targetField':
          return 'agency';
        case 'locale':
          return 'vi';
        case 'transition':
          return 'submit';
        default:
          return '1';
      }
    });
  }

  function queryOf(key: string): string {
    if (key === 'POST /upload') return `?id=${ids.file}`;
    if (key.startsWith('GET /i18n/content-manager/get-fill-from-locale')) return `?documentId=${ids.translated}&sourceLocale=km&targetLocale=en`;
    if (key.startsWith('GET /content-manager/preview/url')) return `?documentId=${ids.draft}&locale=vi&status=draft`;
    if (key.includes('countManyEntriesDraftRelations')) return `?documentIds[0]=${ids.draft}&locale=vi`;
    if (key.startsWith('GET /content-manager/homepage')) return '';
    if (key.includes('/content-manager/') || key.includes('/cchc-')) return key.includes('/:id') || key.includes(':documentId') ? '?locale=vi' : '?locale=vi&pageSize=100';
    return '';
  }

  /** A body that tries every shape these routes read ids and changes from. */
  function bodyOf(key: string): unknown {
    if (key === 'PUT /admin/users/me') return { firstname: FORMULA_NAME };
    if (key === 'POST /i18n/content-manager/actions/get-non-localized-fields') return { model: ARTICLE, id: ids.draftRow, locale: 'km' };
    return {
      title: 'Bài của người đi qua',
      name: 'di-qua',
      agency: ids.agency,
      documentIds: [ids.draft],
      documentId: ids.draft,
      ids: [ids.draft],
      fileIds: [ids.file],
      folderIds: [],
      destinationFolderId: null,
      updates: [{ id: ids.file, fileInfo: { name: 'doi-ten', alternativeText: 'đổi', caption: 'đổi' } }],
      fileInfo: { name: 'doi-ten', alternativeText: 'đổi', caption: 'đổi' },
      model: ARTICLE,
      id: ids.draftRow,
      locale: 'vi',
      note: 'đi qua',
    };
  }

  function uploadForm(): FormData {
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'thay-the.png');
    form.append('fileInfo', JSON.stringify({ name: 'thay-the', alternativeText: 'thay', caption: 'thay' }));
    return form;
  }

  /** The other agency's rows: its articles in every locale and state, every file, the site's languages. */
  async function snapshot(): Promise<unknown> {
    const strapi = cms.strapi;
    const documentIds = [ids.draft, ...Object.values(hidden.ids).flat()];
    const articles = await strapi.db.query(ARTICLE as UID.Schema).findMany({
      where: { $or: [{ documentId: { $in: documentIds } }, { agency: { documentId: ids.agency } }] },
      populate: { agency: { select: ['documentId'] }, cover: true },
      orderBy: { id: 'asc' },
    });
    const files = await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $lte: ids.file } }, orderBy: { id: 'asc' } });
    const locales = await strapi.db.query('plugin::i18n.locale').findMany({ orderBy: { id: 'asc' } });
    const users = await strapi.db.query('admin::user').findMany({ where: { id: ids.authorB }, populate: ['roles'] });
    return canonical({ articles, files, locales, users });
  }
});

/** The same value with every object's keys in order (rows come back with their keys in varying order). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** Where two snapshots first differ, as a path and the two values. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} → ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('our guards on the plugins\' routes', () => {
  it('are added to a route once, also when a CMS boots again in the same process', async () => {
    // A plugin's routes are objects of its module (kept by Node's module cache): the tests boot
    // many CMSs one after another in one process, and each boot must replace what the last one
    // added, not add it again.
    const ours = Symbol.for('cchc.route-addition');
    type Router = { routes?: { config?: { middlewares?: unknown[]; policies?: unknown[] } }[] };
    const guardsOf = (strapi: RunningCms['strapi'], plugin: string) =>
      Object.values(strapi.plugin(plugin).routes as Record<string, Router>)
        .flatMap((router) => router.routes ?? [])
        .map((route) => [...(route.config?.middlewares ?? []), ...(route.config?.policies ?? [])].flatMap((x) => (x as { [ours]?: string } | null)?.[ours] ?? []));
    await (await bootCms('sqlite')).stop();
    const again = await bootCms('sqlite');
    try {
      for (const plugin of ['content-manager', 'upload', 'i18n']) {
        const perRoute = guardsOf(again.strapi, plugin);
        expect(perRoute.flat().length, plugin).toBeGreaterThan(0);
        for (const keys of perRoute) expect(keys, plugin).toEqual([...new Set(keys)]);
      }
    } finally {
      await again.stop();
    }
  });
});
