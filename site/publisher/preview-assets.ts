/**
 * A draft's images and files. A preview makes them into `<SITE_DATA_DIR>/preview/client`
 * (preview.ts); they are the editor's, not the public's: the preview page links them at
 * `/_preview/assets/<path>?token=…`, and only a valid preview token reads them. The site server
 * passes that path here like every `/_preview/` path, and never serves the folder itself.
 * A file no preview used for an hour is removed (`prunePreviewAssets`): an image taken out of a
 * draft does not stay on the disk.
 */
import { existsSync } from 'node:fs';
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import type http from 'node:http';
import { join } from 'node:path';
import send from 'send';
import { verifyPreviewToken } from '@cchc/content-types';

export const PREVIEW_ASSETS_PREFIX = '/_preview/assets/';
/** Longer than a preview token lives (15 minutes): a preview being read keeps its images. */
export const PREVIEW_ASSET_MAX_AGE_MS = 60 * 60_000;

/** An asset's site path, as the asset pipeline names them (src/lib/assets/write.ts). */
const ASSET_PATH = /^\/(?:_img|files)\/[\w-][\w.-]*$/;
/** The asset paths inside one attribute value (`src`, `href`, a `srcset` list). */
const ASSET_IN_VALUE = /(^|[\s,])(\/(?:_img|files)\/[\w-][\w.-]*)/g;

export const previewClientDir = (root: string): string => join(root, 'preview', 'client');

/** The preview page with every image and file pointed at the token route. */
export function withPrivateAssets(html: string, token: string): string {
  const query = `?token=${encodeURIComponent(token)}`;
  return html.replace(/\b(src|srcset|href|poster)="([^"]*)"/g, (_all, name: string, value: string) => {
    const rewritten = value.replace(ASSET_IN_VALUE, (_match, before: string, path: string) => `${before}${PREVIEW_ASSETS_PREFIX}${path.slice(1)}${query}`);
    return `${name}="${rewritten}"`;
  });
}

/** Marks a preview's assets as used now, so the age cleaning keeps them while it is read. */
export async function touchPreviewAssets(root: string, paths: Iterable<string>): Promise<void> {
  const now = new Date();
  for (const path of paths) {
    if (!ASSET_PATH.test(path)) continue;
    await utimes(join(previewClientDir(root), path), now, now).catch(() => undefined);
  }
}

/** Removes the preview files not used for `maxAgeMs`; returns how many. */
export async function prunePreviewAssets(root: string, maxAgeMs = PREVIEW_ASSET_MAX_AGE_MS, now = Date.now()): Promise<number> {
  const dir = previewClientDir(root);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const folder of await readdir(dir)) {
    const files = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of files) {
      const file = join(dir, folder, name);
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile() && now - info.mtimeMs > maxAgeMs) {
        await rm(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/**
 * `GET /_preview/assets/<path>?token=…`: a draft's image or file, with a valid preview token
 * only. Any valid token reads any preview asset: assets are named by their content's hash, and
 * a token is given only to a user who may read a draft.
 */
export function servePreviewAsset(req: http.IncomingMessage, res: http.ServerResponse, root: string, previewSecret: string | undefined): void {
  const url = new URL(req.url ?? '/', 'http://preview');
  const deny = (status: number, vi: string) => res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(vi);
  if (!previewSecret) return void deny(404, 'Chưa bật xem trước (preview is not enabled).');
  if (!verifyPreviewToken(url.searchParams.get('token'), previewSecret).ok) {
    return void deny(401, 'Liên kết xem trước không hợp lệ hoặc đã hết hạn (the preview link is invalid or has expired).');
  }
  const path = `/${url.pathname.slice(PREVIEW_ASSETS_PREFIX.length)}`;
  if (!ASSET_PATH.test(path)) return void deny(404, 'Không có tệp này (no such file).');
  send(req, path, { root: previewClientDir(root), dotfiles: 'deny', index: false, etag: false, lastModified: false })
    .on('headers', () => {
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    })
    .on('error', () => deny(404, 'Không có tệp này (no such file).'))
    .pipe(res);
}
