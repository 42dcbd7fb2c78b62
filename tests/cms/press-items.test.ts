/**
 * Press items (cms/src/press/items/, content-types/src/press/): every published item of the demo,
 * of every type and locale, read through the real CMS as ninjs 3.1, valid against IPTC's schema
 * (ajv) and carrying what a newsroom needs; drafts never served, withdrawn translations 404,
 * answers kept until a change drops them; audio durations measured at upload; and the HTML made
 * from rich text safe for any input (generated, seed printed).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Core, UID } from '@strapi/strapi';
import {
  CONTENT_TYPES,
  LOCALES,
  TAXONOMIES,
  blocksToHtml,
  canonicalUrl,
  documentPath,
  paragraphs,
  uidOf,
  type Blocks,
  type InlineNode,
  type PressItem,
} from '@cchc/content-types';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { CMS_DIR, ROOT } from '../support/paths';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { generated } from '../support/generated';
import { DEMO_BOOT_TIMEOUT_MS } from '../support/templates';

const require = createRequire(import.meta.url);
// The compiled module the CMS itself runs, so that the test reads what the CMS caches.
const { readPressItem, itemCacheOf } = require(join(CMS_DIR, 'dist/src/press/items/index.js')) as typeof import('../../cms/src/press/items');
const { measureStoredDurations } = require(join(CMS_DIR, 'dist/src/uploads/duration.js')) as typeof import('../../cms/src/uploads/duration');

const SITE_URL = 'https://cchc.soctrang.test';
const NINJS_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'content-types', 'standards', 'ninjs-schema_3.1.json'), 'utf8')) as object;

function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // The schema refers to GeoJSON's own for a place's `geoJSON`, which our items never carry; a
  // stand-in keeps the check offline (nothing is fetched) and still refuses any geoJSON we wrote.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', not: {} });
  return ajv.compile(NINJS_SCHEMA);
}

type Ninjs = Record<string, any>;

async function until(what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- the HTML of rich text, against generated input --------------------------------------

describe('rich text as HTML', () => {
  const ALLOWED: Record<string, string[]> = {
    p: [], h2: [], h3: [], h4: [], h5: [], h6: [], blockquote: [], pre: [], code: [], ul: [], ol: [], li: [],
    strong: [], em: [], u: [], s: [], span: [], br: [], figure: [], figcaption: [],
    a: ['href', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
  };
  const BASE = `${SITE_URL}/tin-bai/bai-viet/`;
  const IMAGE_HOST = 'https://cms.test/uploads/';

  // Text that tries to be markup, and URLs that try to be scripts: schemes in any case, with
  // whitespace and control characters inside, entities and percent-encodings for the colon.
  const nasty = fc.constantFrom('<', '>', '&', '"', "'", '<script>alert(1)</script>', '&lt;b&gt;', '&amp;', '<!--', ']]>', '\u0000', '\r', '\n', '`', '</p>', '<img src=x onerror=alert(1)>');
  const texts = fc.array(fc.oneof(fc.string(), nasty, fc.string({ unit: 'grapheme' })), { maxLength: 4 }).map((parts) => parts.join(''));
  const scheme = fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'file', 'http', 'https', 'mailto', 'HTTPS', 'ftp', 'blob');
  const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u0001', '\u001f', '\u007f', '\u00a0', '\ufeff', '&#9;');
  const colon = fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;', '%3A', '\u0000:', ' :');
  const urls = fc.oneof(
    fc.tuple(noise, scheme, noise, colon, fc.constantFrom('alert(1)', '//example.com/x', 'text/html;base64,PHNjcmlwdD4=', 'a@b.vn', '')).map(([a, s, b, c, rest]) => {
      const cut = Math.floor(s.length / 2);
      return `${a}${s.slice(0, cut)}${b}${s.slice(cut)}${c}${rest}`;
    }),
    fc.webUrl(),
    fc.string(),
    fc.constantFrom('/tin-bai/x/', '#muc-1', '?q=1', '//example.com', '../x', ''),
  );
  const textNode = fc.record(
    { type: fc.constant('text' as const), text: texts, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean(), strikethrough: fc.boolean(), code: fc.boolean() },
    { requiredKeys: ['type', 'text'] },
  );
  const inlineNodes: fc.Arbitrary<InlineNode[]> = fc.array(
    fc.oneof(textNode, fc.record({ type: fc.constant('link' as const), url: urls, children: fc.array(textNode, { maxLength: 3 }) })),
    { maxLength: 4 },
  );
  const { list } = fc.letrec((tie) => ({
    list: fc.record({
      type: fc.constant('list' as const),
      format: fc.constantFrom('ordered' as const, 'unordered' as const),
      children: fc.array(fc.oneof({ depthSize: 'small' }, fc.record({ type: fc.constant('list-item' as const), children: inlineNodes }), tie('list')), { maxLength: 3 }),
    }),
  }));
  const block = fc.oneof(
    fc.record({ type: fc.constant('paragraph' as const), children: inlineNodes }),
    fc.record({ type: fc.constant('heading' as const), level: fc.integer({ min: 1, max: 6 }), children: inlineNodes }),
    fc.record({ type: fc.constant('quote' as const), children: inlineNodes }),
    fc.record({ type: fc.constant('code' as const), children: fc.array(textNode, { maxLength: 3 }) }),
    list,
    fc.record({
      type: fc.constant('image' as const),
      image: fc.record({ url: fc.oneof(fc.constant('/uploads/a.jpg'), urls), alternativeText: fc.option(texts), caption: fc.option(texts), width: fc.option(fc.nat()), height: fc.option(fc.nat()) }),
    }),
  );

  type Node = DefaultTreeAdapterMap['childNode'];
  function* walk(nodes: Node[]): Generator<Node> {
    for (const node of nodes) {
      yield node;
      if ('childNodes' in node) yield* walk(node.childNodes as Node[]);
    }
  }
  const textOf = (nodes: Node[]) => [...walk(nodes)].map((n) => (n.nodeName === '#text' ? (n as { value: string }).value : '')).join('');
  // What survives any HTML parse of a text, spaces aside: CR is a newline, NUL is dropped.
  const comparable = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\u0000/g, '').replace(/\s+/g, '');

  function visibleTexts(blocks: Blocks): string[] {
    const inline = (nodes: InlineNode[]): string[] => nodes.flatMap((n) => (n.type === 'text' ? [n.text] : n.children.map((c) => c.text)));
    return blocks.flatMap((b) => {
      if (b.type === 'list') {
        const items = (l: typeof b): string[] => l.children.flatMap((c) => (c.type === 'list' ? items(c) : inline(c.children)));
        return items(b);
      }
      if (b.type === 'image') return [];
      if (b.type === 'paragraph' && !b.children.some((n) => (n.type === 'text' ? n.text.trim() : n.children.some((c) => c.text.trim())))) return [];
      return inline(b.children as InlineNode[]);
    });
  }

  it('never yields markup outside the allowed set, nor a link a browser would run', () => {
    const { seed, runs } = generated('HTML_FUZZ', { ci: 2_000, deep: 50_000 }, 'rich-text HTML fuzz');
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (drawn) => {
        const blocks = drawn as Blocks;
        const html = blocksToHtml(blocks, { baseUrl: BASE, imageSrc: (url) => (url.startsWith('/uploads/') ? `${IMAGE_HOST}${url.slice(9)}` : undefined) });
        const tree = parseFragment(html).childNodes as Node[];
        for (const node of walk(tree)) {
          if (node.nodeName === '#text') continue;
          // No comment, doctype or element of our own making only.
          expect(Object.keys(ALLOWED), html).toContain(node.nodeName);
          const element = node as DefaultTreeAdapterMap['element'];
          for (const attr of element.attrs) expect(ALLOWED[node.nodeName], `${node.nodeName}[${attr.name}] in ${html}`).toContain(attr.name);
          const href = element.attrs.find((a) => a.name === 'href')?.value;
          // As a browser follows it: resolved against the page, after the parser decoded entities.
          if (href !== undefined) expect(['http:', 'https:', 'mailto:'], href).toContain(new URL(href, BASE).protocol);
          const src = element.attrs.find((a) => a.name === 'src')?.value;
          if (src !== undefined) expect(src.startsWith(IMAGE_HOST), src).toBe(true);
        }
        // Every text the editor wrote is there, as text.
        const shown = comparable(textOf(tree));
        for (const text of visibleTexts(blocks)) expect(shown).toContain(comparable(text));
      }),
      { seed, numRuns: runs },
    );
  });

  it('renders what the site renders: headings below the title, marks, lists, quotes, code, figures', () => {
    const html = blocksToHtml(
      [
        { type: 'heading', level: 1, children: [{ type: 'text', text: 'Mục 1' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Đậm', bold: true, italic: true }, { type: 'text', text: ' dòng\nmới' }] },
        { type: 'paragraph', children: [{ type: 'text', text: '   ' }] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'một' }] }, { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'con' }] }] }] },
        { type: 'quote', children: [{ type: 'link', url: 'https://dichvucong.gov.vn', children: [{ type: 'text', text: 'Cổng' }] }] },
        { type: 'code', children: [{ type: 'text', text: 'a < b' }] },
        { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'Ảnh', caption: 'Chú thích', width: 800, height: 600 } },
      ],
      { baseUrl: BASE, imageSrc: (url) => `https://cms.test${url}` },
    );
    expect(html).toBe(
      '<h2>Mục 1</h2><p><strong><em>Đậm</em></strong> dòng<br>mới</p><ol><li>một<ul><li>con</li></ul></li></ol>' +
        '<blockquote><p><a href="https://dichvucong.gov.vn/" rel="noopener">Cổng</a></p></blockquote><pre><code>a &lt; b</code></pre>' +
        '<figure><img src="https://cms.test/uploads/a.jpg" alt="Ảnh" width="800" height="600"><figcaption>Chú thích</figcaption></figure>',
    );
  });
});

// ---- item reads on the real CMS ------------------------------------------------------------

const request = (type: string, documentId: string, query: Record<string, string | string[]> = {}) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const value of [v].flat()) q.append(k, value);
  return { params: { type, documentId }, query: q, outlet: { id: 1, name: 'Báo Sóc Trăng' }, apiUrl: 'http://press.test' };
};

describe.each<DatabaseKind>(EITHER_DATABASE)('press item reads on %s', (database) => {
  let cms: RunningCms;
  let strapi: Core.Strapi;
  const validate = ninjsValidator();
  const read = (type: string, documentId: string, query: Record<string, string | string[]> = {}) => readPressItem(strapi, request(type, documentId, query));

  beforeAll(async () => {
    cms = await bootCms(database, { PUBLIC_SITE_URL: SITE_URL, EVENTS_POLL_MS: '100', EVENTS_RETRY_MS: '100', EVENTS_RETRY_MAX_MS: '400' }, { from: 'demo' });
    strapi = cms.strapi;
    // Media links are absolute on the CMS's public URL (PUBLIC_CMS_URL in production).
    strapi.config.set('server.url', cms.url);
  }, DEMO_BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await cms?.stop();
  });

  /** Every taxonomy term's name, per locale: what the item must say in its language. */
  async function termNames(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const t of TAXONOMIES) {
      const rows = (await strapi.db.query(uidOf(t.name) as UID.Schema).findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'locale', 'name', 'code'] })) as { documentId: string; locale: string; name: string; code: string }[];
      for (const r of rows) names.set(`${t.name}:${r.code}:${r.locale}`, r.name);
    }
    return names;
  }

  it('gives every published item of the demo, of every type and locale, as valid ninjs with what a newsroom needs', async () => {
    const names = await termNames();
    const adminEmails = ((await strapi.db.query('admin::user').findMany({ select: ['email'] })) as { email: string }[]).map((u) => u.email);
    expect(adminEmails.length).toBeGreaterThan(0);
    let items = 0;
    let audios = 0;
    let pictures = 0;
    let attachments = 0;
    const seenTypes = new Set<string>();
    for (const def of CONTENT_TYPES) {
      for (const locale of LOCALES) {
        const live = (await strapi.db.query(uidOf(def.name) as UID.Schema).findMany({
          where: { locale, publishedAt: { $notNull: true } },
          populate: { cover: true, attachments: true, files: true, gallery: true },
        })) as Record<string, any>[];
        for (const doc of live) {
          const answer = await read(def.name, doc.documentId, { locale });
          expect(answer.status, `${def.name} ${doc.documentId} ${locale}: ${answer.body.slice(0, 200)}`).toBe(200);
          const item = JSON.parse(answer.body) as Ninjs;
          const where = `${def.name} ${doc.documentId} ${locale}`;
          expect(validate(item), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
          items += 1;
          seenTypes.add(`${def.name}:${locale}`);

          expect(answer.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
          expect(answer.lastModified).toBeInstanceOf(Date);
          expect(item.language).toBe(locale);
          expect(item.pubStatus).toBe('usable');
          expect(Date.parse(item.versionCreated)).toBeGreaterThanOrEqual(Date.parse(item.firstCreated));
          expect(item.headlines[0].value).toBe(doc.title);
          // The canonical page, computed as the site computes it.
          const page = item.renditions.find((r: Ninjs) => r.name === 'web');
          expect(page.href, where).toBe(canonicalUrl(SITE_URL, documentPath(def.name, locale, doc.slug)));
          // The body as HTML and as text, wherever the document has rich text.
          const hasBody = Object.entries(def.fields).some(([key, f]) => f.strapi.type === 'blocks' && Array.isArray(doc[key]) && doc[key].length > 0);
          if (hasBody) {
            expect(item.bodies.map((b: Ninjs) => b.contentType), where).toEqual(['text/html', 'text/plain']);
            expect(item.bodies[0].value).toMatch(/^<(p|h2|ul|ol|blockquote|figure|pre)>/);
            expect(item.bodies[1].value.length).toBeGreaterThan(0);
          }
          if (def.bylineField && doc[def.bylineField]) expect(item.by).toBe(doc[def.bylineField]);
          // The agency and every term, named in the item's own language.
          const agency = item.organisations.find((o: Ninjs) => o.rel === 'agency');
          expect(agency, where).toBeDefined();
          for (const term of [...(item.organisations ?? []), ...(item.subjects ?? []), ...(item.places ?? []).filter((p: Ninjs) => p.uri)]) {
            const taxonomy = /^urn:cchc-soctrang:([a-z-]+):/.exec(term.uri)![1]!;
            expect(term.name, `${where}: ${term.uri}`).toBe(names.get(`${taxonomy}:${term.literal}:${locale}`));
          }
          // Pictures with their renditions, sizes, alt text and credit.
          for (const picture of (item.associations ?? []).filter((a: Ninjs) => a.type === 'picture')) {
            pictures += 1;
            expect(picture.descriptions.find((d: Ninjs) => d.role === 'alt')?.value, where).toBeTruthy();
            for (const r of picture.renditions) {
              expect(r.width, where).toBeGreaterThan(0);
              expect(r.height, where).toBeGreaterThan(0);
              expect(r.sizeInBytes, where).toBeGreaterThan(0);
              expect(r.href.startsWith(`${cms.url}/uploads/`), r.href).toBe(true);
            }
          }
          if (doc.cover?.credit) expect(item.associations.find((a: Ninjs) => a.name === 'cover').by).toBe(doc.cover.credit);
          // Audio with its duration and size.
          for (const audio of (item.associations ?? []).filter((a: Ninjs) => a.type === 'audio')) {
            audios += 1;
            expect(audio.renditions[0].duration, where).toBeGreaterThan(1);
            expect(audio.renditions[0].sizeInBytes, where).toBeGreaterThan(1000);
          }
          // Every attachment.
          const files = [...(doc.attachments ?? []), ...(doc.files ?? [])];
          const attached = (item.associations ?? []).filter((a: Ninjs) => a.rel === 'attachment');
          expect(attached.length, where).toBe(files.length);
          attachments += attached.length;
          for (const a of attached) expect(a.headlines[0].value).toBeTruthy();
          if (def.happening) {
            expect(item.type).toBe('event');
            expect(Date.parse(item.eventDetails.dates.startDate)).toBe(Date.parse(doc.startsAt));
            expect(item.eventDetails.eventStatus).toMatch(/^http:\/\/cv\.iptc\.org\/newscodes\/eventoccurstatus\/eos[0-9]$/);
          }
          // Nothing about the people who edit it.
          expect(answer.body).not.toMatch(/createdBy|updatedBy|"password"|resetPasswordToken/);
          for (const email of adminEmails) expect(answer.body).not.toContain(email);
        }
      }
    }
    // The whole demo: every type in every locale, with pictures, radio and attachments.
    expect(seenTypes.size).toBe(CONTENT_TYPES.length * LOCALES.length);
    expect(items).toBeGreaterThan(100);
    expect(pictures).toBeGreaterThan(50);
    expect(audios).toBeGreaterThanOrEqual(2);
    expect(attachments).toBeGreaterThan(10);
  });

  it('measures the demo recordings when they are uploaded, and their renditions are the files served', async () => {
    const recordings = (await strapi.db.query('plugin::upload.file').findMany({ where: { mime: { $startsWith: 'audio/' } } })) as { url: string; duration: number | null; size: number }[];
    expect(recordings.length).toBeGreaterThanOrEqual(2);
    // The seed's tunes play twelve seconds (cms/src/seed/media/library.ts); MP3 frames add a little.
    for (const r of recordings) expect(Math.abs((r.duration ?? 0) - 12), r.url).toBeLessThan(0.2);
    // A file kept from before durations were measured gets its own at the next start.
    const files = strapi.db.query('plugin::upload.file');
    const [first] = recordings as unknown as { id: number; duration: number }[];
    await files.update({ where: { id: first!.id }, data: { duration: null } });
    await measureStoredDurations(strapi);
    expect(((await files.findOne({ where: { id: first!.id } })) as { duration: number }).duration).toBe(first!.duration);
    // The audio of the radio bulletin, as an outlet downloads it: the size it was told.
    const radio = (await strapi.db.query(uidOf('article') as UID.Schema).findOne({ where: { kind: 'audio', locale: 'vi', publishedAt: { $notNull: true } } })) as { documentId: string };
    const item = JSON.parse((await read('article', radio.documentId)).body) as Ninjs;
    expect(item.type).toBe('audio');
    const audio = item.renditions.find((r: Ninjs) => r.contentType === 'audio/mpeg');
    const file = await fetch(audio.href);
    expect(file.status).toBe(200);
    const bytes = (await file.arrayBuffer()).byteLength;
    // Strapi keeps an original's size in kB to two decimals: within five bytes.
    expect(Math.abs(bytes - audio.sizeInBytes)).toBeLessThanOrEqual(5);
  });

  it('gives the PressItem itself as JSON', async () => {
    const doc = (await strapi.db.query(uidOf('good-practice') as UID.Schema).findOne({ where: { locale: 'en', publishedAt: { $notNull: true } } })) as { documentId: string; slug: string };
    const answer = await read('good-practice', doc.documentId, { locale: 'en', format: 'json' });
    expect(answer.status).toBe(200);
    const item = JSON.parse(answer.body) as PressItem;
    expect(item).toMatchObject({ type: 'good-practice', documentId: doc.documentId, locale: 'en', uri: `urn:cchc-soctrang:good-practice:${doc.documentId}:en` });
    expect(item.url).toBe(canonicalUrl(SITE_URL, documentPath('good-practice', 'en', doc.slug)));
    // Its two rich-text fields are two sections, headed in the item's language.
    expect(item.bodyHtml).toMatch(/^<h2>The problem<\/h2>.*<h2>The solution<\/h2>/s);
    expect(item.translations.map((t) => t.locale)).toContain('vi');
    expect(answer.etag).not.toBe((await read('good-practice', doc.documentId, { locale: 'en' })).etag);
  });

  it('refuses bad parameters with 400 naming the parameter', async () => {
    const doc = (await strapi.db.query(uidOf('article') as UID.Schema).findOne({ where: { locale: 'vi', publishedAt: { $notNull: true } } })) as { documentId: string };
    const cases: [string, string, Record<string, string | string[]>, string][] = [
      ['user', doc.documentId, {}, 'type'],
      ['reform-area', doc.documentId, {}, 'type'],
      ['article', 'abc;drop', {}, 'documentId'],
      ['article', doc.documentId, { locale: 'fr' }, 'locale'],
      ['article', doc.documentId, { locale: ['vi', 'en'] }, 'locale'],
      ['article', doc.documentId, { format: 'xml' }, 'format'],
      ['article', doc.documentId, { status: 'draft' }, 'status'],
      ['article', doc.documentId, { populate: '*' }, 'populate'],
    ];
    for (const [type, id, query, param] of cases) {
      const answer = await read(type, id, query);
      expect(answer.status, `${type} ${id} ${JSON.stringify(query)}`).toBe(400);
      const body = JSON.parse(answer.body) as { error: { message: string; details: { param: string } } };
      expect(body.error.details.param).toBe(param);
      expect(body.error.message).toContain(`"${param}"`);
    }
    expect((await read('article', 'doesnotexist0000000000000')).status).toBe(404);
  });

  describe('what is live, and only that', () => {
    let agency: string;
    let imageId: number;
    const docs = () => strapi.documents(uidOf('article') as UID.ContentType);
    const draft = async (title: string) =>
      (await docs().create({ locale: 'vi', data: { title, summary: `Tóm tắt: ${title}`, body: paragraphs('Nội dung công khai'), agency, cover: { image: imageId, alt: 'Ảnh minh họa' } } } as never)).documentId;

    beforeAll(async () => {
      agency = await createTerm(strapi, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap-press', agencyKind: 'department' });
      imageId = await uploadTestImage(strapi);
    });

    it('never serves a draft, and answers 404 once a translation is unpublished or deleted', async () => {
      const id = await draft('Bản nháp chưa xuất bản');
      expect((await read('article', id)).status).toBe(404);
      expect((await read('article', id, { locale: 'en' })).status).toBe(404);

      await docs().publish({ documentId: id, locale: 'vi' } as never);
      await until('the published item', async () => (await read('article', id)).status === 200);
      // A pending edit of the draft is not what the press gets.
      await docs().update({ documentId: id, locale: 'vi', data: { title: 'Sửa trong bản nháp', body: paragraphs('Nội dung nháp bí mật') } } as never);
      const live = await read('article', id);
      expect(live.body).toContain('Bản nháp chưa xuất bản');
      expect(live.body).not.toContain('bí mật');

      await docs().unpublish({ documentId: id, locale: 'vi' } as never);
      await until('404 after the unpublish', async () => (await read('article', id)).status === 404);
      await docs().publish({ documentId: id, locale: 'vi' } as never);
      await until('back after the republish', async () => (await read('article', id)).status === 200);
      await docs().delete({ documentId: id, locale: '*' } as never);
      await until('404 after the delete', async () => (await read('article', id)).status === 404);
    });

    it('keeps answers until a change: a republish and a renamed term give new ones', async () => {
      const id = await draft('Tin được đăng lại');
      await docs().publish({ documentId: id, locale: 'vi' } as never);
      await until('the published item', async () => (await read('article', id)).status === 200);
      const first = await read('article', id);
      // Kept: the same answer, not computed again.
      expect(await read('article', id)).toBe(first);

      await docs().update({ documentId: id, locale: 'vi', data: { summary: 'Tóm tắt đã sửa' } } as never);
      expect((await read('article', id)).etag).toBe(first.etag); // a draft edit changes nothing live
      await docs().publish({ documentId: id, locale: 'vi' } as never);
      await until('a new answer after the republish', async () => (await read('article', id)).etag !== first.etag);
      const second = await read('article', id);
      expect(JSON.parse(second.body).descriptions[0].value).toBe('Tóm tắt đã sửa');
      expect(JSON.parse(second.body).version).toBe('2');
      expect(second.lastModified!.getTime()).toBeGreaterThanOrEqual(first.lastModified!.getTime());

      // The agency's name is in the item: renaming it gives a new answer.
      const agencies = strapi.documents(uidOf('agency') as UID.ContentType);
      await agencies.update({ documentId: agency, locale: 'vi', data: { name: 'Sở Tư pháp tỉnh' } } as never);
      await agencies.publish({ documentId: agency, locale: 'vi' } as never);
      await until('the renamed agency in the item', async () => (await read('article', id)).body.includes('Sở Tư pháp tỉnh'));
      const third = await read('article', id);
      expect(third.etag).not.toBe(second.etag);
      expect(third.lastModified!.getTime()).toBeGreaterThan(second.lastModified!.getTime() - 1000);
      expect(itemCacheOf(strapi).size).toBeGreaterThan(0);
    });
  });
});
