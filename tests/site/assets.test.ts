/**
 * CMS images and files in the built site (site/src/lib/assets/): every one a page links is in
 * the build and is what its name says, none goes through astro:assets' on-demand `/_image`, and
 * a page's assets made alone from an empty cache (as the publisher makes them for a re-rendered
 * page) are the build's files, byte for byte. Writing beside a live site never touches it.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './built-site';
import { documentPath, type Media } from '@cchc/content-types';
import { setCmsSource } from '../../site/src/lib/assets/collect.ts';
import { assetPath, imagePath, variantName, writeAssets, type AssetSource } from '../../site/src/lib/assets/index.ts';
import { publicFileUrl } from '../../site/src/lib/cms-files';
import { pictureOf, shareImage, sizeOf, uploadedImageSize } from '../../site/src/lib/images';
import { newPageRecord, recordingPage } from '../../site/src/lib/page-record';
import { clientDirOf, readPages, type Page } from '../support/html';
import { SITE_DIR } from '../support/paths';

// The site's own sharp (the one the pipeline loads), not another copy of libvips in this process.
const sharp = createRequire(join(SITE_DIR, 'package.json'))('sharp') as typeof import('sharp').default;
const { cmsUrl, outDir } = await builtSite();
const clientDir = clientDirOf(outDir);
const scratch = mkdtempSync(join(tmpdir(), 'cchc-assets-test-'));
let pages: Page[];
/** A document whose page has a figure, a share image and files. */
let doc: { slug: string; cover: { image: Media; alt: string }; files: { file: Media }[] };

/** Site paths under /_img/ and /files/ in a page: in attributes, srcset lists and absolute URLs. */
const ASSET_URL = /(?<=["'\s,(]|https?:\/\/[^\s"'/]+)\/(?:_img|files)\/[^\s"'),?#]+/g;

function linkedAssets(page: Pick<Page, 'html'>): string[] {
  return [...page.html.matchAll(ASSET_URL)].map((m) => m[0]);
}

/** The feeds (site/src/lib/feeds.ts), which link images and files as pages do: as pages, by path. */
function feedFiles(): Pick<Page, 'path' | 'html'>[] {
  return readdirSync(clientDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ['rss.xml', 'feed.json', 'podcast.xml', 'lich.ics'].includes(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ path: file.slice(clientDir.length), html: readFileSync(file, 'utf8') }));
}

beforeAll(async () => {
  pages = readPages(clientDir);
  const res = await fetch(`${cmsUrl}/api/training-materials?locale=vi&pagination[pageSize]=100`);
  const body = (await res.json()) as { data: { slug: string; cover: typeof doc.cover | null; files: typeof doc.files | null }[] };
  const found = body.data.find((d) => d.cover && d.files?.length);
  if (!found) throw new Error('no training material with a cover and files');
  doc = found as typeof doc;
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('CMS images and files in the built site', () => {
  it('links nothing of astro:assets, and every /_img/ and /files/ file a page or feed links is in the build', () => {
    const onDemand = pages.filter((p) => /\/_image\b/.test(p.html)).map((p) => p.path);
    expect(onDemand).toEqual([]);
    const linked = new Map<string, string>();
    for (const p of [...pages, ...feedFiles()]) for (const path of linkedAssets(p)) linked.set(path, p.path);
    const missing = [...linked].filter(([path]) => !existsSync(join(clientDir, path))).map(([path, page]) => `${page} -> ${path}`);
    expect(missing.slice(0, 10)).toEqual([]);
    expect([...linked.keys()].filter((p) => p.startsWith('/_img/')).length).toBeGreaterThan(500);
    expect([...linked.keys()].filter((p) => p.startsWith('/files/')).length).toBeGreaterThan(5);
    // Nothing else is published there: no file no page links.
    const published = [
      ...readdirSync(join(clientDir, '_img')).map((f) => `/_img/${f}`),
      ...readdirSync(join(clientDir, 'files')).map((f) => `/files/${f}`),
    ];
    expect(published.filter((p) => !linked.has(p))).toEqual([]);
  });

  it('names each image variant for what it is: its format, width and height', async () => {
    const formats: Record<string, string> = { avif: 'heif', webp: 'webp', jpg: 'jpeg', png: 'png' };
    const wrong: string[] = [];
    for (const name of readdirSync(join(clientDir, '_img'))) {
      const parsed = /-(\d+)(?:x(\d+))?\.[0-9a-f]{8}\.(avif|webp|jpg|png)$/.exec(name);
      if (!parsed) {
        wrong.push(`${name}: not a variant name`);
        continue;
      }
      const meta = await sharp(join(clientDir, '_img', name)).metadata();
      if (meta.format !== formats[parsed[3]!] || meta.width !== Number(parsed[1]) || (parsed[2] && meta.height !== Number(parsed[2]))) {
        wrong.push(`${name}: ${meta.format} ${meta.width}×${meta.height}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("makes a page's assets alone, from an empty cache, byte for byte as the build made them", async () => {
    const page = pages.find((p) => p.path === documentPath('training-material', 'vi', doc.slug))!;

    // What the page's view asks of the site's library: its figure, its share image, its files.
    const record = newPageRecord();
    await recordingPage(record, async () => {
      await pictureOf(doc.cover.image);
      await shareImage(doc.cover, '');
      for (const f of doc.files) publicFileUrl(f.file.url);
    });
    const inPage = new Set(linkedAssets(page));
    expect([...record.assets.keys()].filter((path) => !inPage.has(path))).toEqual([]);
    expect(record.assets.size).toBe(3 * 3 + 1 + doc.files.length);

    const cacheDir = join(scratch, 'cold-cache');
    // An image the CMS gives no size for (some rich-text images): probed from the cached original.
    setCmsSource({ cacheDir, cmsUrl });
    const { url, mime } = doc.cover.image;
    expect(await pictureOf({ url, mime, width: null, height: null })).toEqual(await pictureOf(doc.cover.image));

    const alone = join(scratch, 'alone');
    const report = await writeAssets(record.assets, alone, { cacheDir, cmsUrl });
    // The probe downloaded the cover: only the files are fetched here.
    expect(report).toMatchObject({ total: record.assets.size, present: 0, written: record.assets.size, encoded: 10, downloaded: doc.files.length });
    for (const path of record.assets.keys()) {
      expect(readFileSync(join(alone, path)).equals(readFileSync(join(clientDir, path))), path).toBe(true);
    }
  });

  it('writes beside a live site without writing into any of its files', async () => {
    const source = doc.cover.image.url;
    const present: AssetSource = { kind: 'image', source, width: 400, format: 'webp' };
    const fresh: AssetSource = { kind: 'image', source, width: 800, format: 'webp' };
    const assets = new Map([present, fresh].map((a) => [assetPath(a), a]));

    // The live site, and a copy of it made of hard links, as the publisher prepares one.
    const live = join(scratch, 'live');
    const copy = join(scratch, 'copy');
    mkdirSync(join(live, '_img'), { recursive: true });
    mkdirSync(join(copy, '_img'), { recursive: true });
    writeFileSync(join(live, assetPath(present)), 'the live file');
    linkSync(join(live, assetPath(present)), join(copy, assetPath(present)));

    const cacheDir = join(scratch, 'cache');
    const first = await writeAssets(assets, copy, { cacheDir, cmsUrl });
    expect(first).toMatchObject({ total: 2, present: 1, written: 1, encoded: 1 });
    expect(readFileSync(join(live, assetPath(present)), 'utf8')).toBe('the live file');
    expect(readdirSync(join(live, '_img'))).toEqual([assetPath(present).slice('/_img/'.length)]);
    // The new file is the cached variant, linked: no second copy on disk. The cache keys it by
    // the bytes it was made from (the original's SHA-256) and the variant, not by the upload's name.
    const uploadName = source.slice(source.lastIndexOf('/') + 1);
    const original = readFileSync(join(cacheDir, 'originals', uploadName));
    const key = createHash('sha256').update(original).digest('hex').slice(0, 32);
    const cachedVariant = join(cacheDir, 'variants', `${key}-${variantName(fresh)}`);
    expect(statSync(join(copy, assetPath(fresh))).ino).toBe(statSync(cachedVariant).ino);
    expect(readdirSync(join(copy, '_img')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = await writeAssets(assets, copy, { cacheDir, cmsUrl });
    expect(again).toMatchObject({ total: 2, present: 2, written: 0, downloaded: 0, encoded: 0 });

    // The same picture under another upload's name (the demo seeded again, a re-upload): its
    // variant gets that name on the site, and is the one already encoded.
    const otherName = `again_${uploadName}`;
    writeFileSync(join(cacheDir, 'originals', otherName), original);
    const twin: AssetSource = { ...fresh, source: source.replace(uploadName, otherName) };
    const twinReport = await writeAssets(new Map([[assetPath(twin), twin]]), copy, { cacheDir, cmsUrl });
    expect(twinReport).toMatchObject({ total: 1, written: 1, downloaded: 0, encoded: 0 });
    expect(assetPath(twin)).not.toBe(assetPath(fresh));
    expect(statSync(join(copy, assetPath(twin))).ino).toBe(statSync(cachedVariant).ino);
  });

  it("fetches nothing but the CMS's own uploads, whatever a page names", async () => {
    const asked: string[] = [];
    const foreign = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(join(SITE_DIR, 'public', 'og-default.png')));
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    try {
      const name = doc.cover.image.url.slice(doc.cover.image.url.lastIndexOf('/') + 1);
      const elsewhere = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
      const sources = [
        `${elsewhere}/uploads/${name}`,
        `//127.0.0.1:${(foreign.address() as AddressInfo).port}/uploads/${name}`,
        `${cmsUrl}/uploads/${name}?v=2`,
        `${cmsUrl}/admin/${name}`,
        `/uploads/../${name}`,
      ];
      const cacheDir = join(scratch, 'foreign-cache');
      const failed = new Map<string, string>();
      // One width each, so that each is its own site path (they all borrow the cover's name).
      const assets = new Map(sources.map((source, i) => {
        const asset: AssetSource = { kind: 'image', source, width: 400 + i, format: 'webp' };
        return [assetPath(asset), asset] as const;
      }));
      await writeAssets(assets, join(scratch, 'foreign'), { cacheDir, cmsUrl, onFailure: (path, error) => failed.set(path, error.message) });
      expect([...failed.values()].every((m) => /Not an upload of the CMS/.test(m)), [...failed.values()].join('\n')).toBe(true);
      expect(failed.size).toBe(sources.length);
      expect(asked).toEqual([]);
      expect(existsSync(join(cacheDir, 'originals', name))).toBe(false);
      // And a rich-text image that is no upload of ours is shown as absent, not fetched.
      setCmsSource({ cacheDir, cmsUrl });
      for (const url of [...sources, 'javascript:alert(1)', 'data:image/png;base64,iVBORw0KGgo=']) expect(await uploadedImageSize({ url, width: 10, height: 10 })).toBeUndefined();
      expect(await uploadedImageSize({ url: '/uploads/khong_co_0000000000.png', width: 10, height: 10 })).toBeUndefined();
      expect(await uploadedImageSize({ url: doc.cover.image.url, width: null, height: null })).toEqual(await sizeOf(doc.cover.image));
      expect(asked).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => foreign.close(() => resolve()));
    }
  });

  it('refuses an asset recorded under a path that is not its own', async () => {
    const asset: AssetSource = { kind: 'image', source: '/uploads/x_0123456789.jpg', width: 400, format: 'avif' };
    expect(imagePath(asset)).toMatch(/^\/_img\/x_0123456789-400\.[0-9a-f]{8}\.avif$/);
    await expect(writeAssets(new Map([['/_img/x_0123456789-400.avif', asset]]), join(scratch, 'refused'), { cacheDir: join(scratch, 'cache'), cmsUrl })).rejects.toThrow(
      /is published at/,
    );
  });
});
