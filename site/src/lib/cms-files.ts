/**
 * Files from the CMS that readers download or play (attachments, audio, video) are published
 * under /files/ with the site, so that pages load nothing from another host and the CMS need not
 * be reachable by the public. Rendering a page only names and records them; the build (or the
 * publisher) copies them (src/lib/assets/write.ts).
 */
import { linkAsset } from './assets/collect.ts';
import { filePath } from './assets/names.ts';
import type { FileAsset } from './page-record';

/**
 * The address of a CMS file on this site: `/files/<upload file name>`. Strapi names uploads
 * uniquely (name plus hash), so the name is kept as it is.
 */
export function publicFileUrl(url: string): string {
  const asset: FileAsset = { kind: 'file', source: url };
  return linkAsset(filePath(asset), asset);
}
