/**
 * Where the CMS serves its uploads, for the press: each file at the CMS's public URL, with the
 * smaller copies Strapi made of an image as its renditions (largest first).
 */
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { bytesOfKb, cmsUploadUrl, type MediaFile, type MediaResolver, type PressRendition } from '@cchc/content-types';

/**
 * The CMS's public address: `server.url` (PUBLIC_CMS_URL), else the address it listens on. Never
 * the Host a client sent: answers are cached and shared by every outlet.
 */
export function cmsPublicUrl(strapi: Core.Strapi): string {
  const configured = strapi.config.get<string>('server.url', '').trim();
  if (configured) return configured.replace(/\/+$/, '');
  const address = strapi.server.httpServer.address() as AddressInfo | null;
  const host = !address || address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address?.port ?? strapi.config.get<number>('server.port')}`;
}

export function cmsMediaResolver(cmsUrl: string): MediaResolver {
  // A rich-text image written before the CMS checked them may name any URL: '' for anything
  // that is not one of our uploads.
  const absolute = (url: string) => cmsUploadUrl(url, cmsUrl)?.toString() ?? '';
  return (file: MediaFile) => {
    // '' for a file that is not ours: blocksToHtml then leaves the image out.
    const href = absolute(file.url);
    if (!href) return { href, renditions: [] };
    const original: PressRendition = {
      name: 'original',
      href,
      // A rich-text image comes with its URL only; its renditions are not used.
      contentType: file.mime ?? 'application/octet-stream',
      width: file.width ?? undefined,
      height: file.height ?? undefined,
      size: file.size !== undefined ? bytesOfKb(file.size) : undefined,
    };
    const formats = Object.entries(file.formats ?? {})
      .sort(([, a], [, b]) => (b.width ?? 0) - (a.width ?? 0))
      .map(([name, f]): PressRendition => ({
        name,
        href: absolute(f.url),
        contentType: f.mime ?? original.contentType,
        width: f.width ?? undefined,
        height: f.height ?? undefined,
        size: f.sizeInBytes ?? (f.size ? bytesOfKb(f.size) : undefined),
      }));
    return { href, renditions: [original, ...formats] };
  };
}
