/** Addresses and labels of files uploaded to the CMS. */
import { LOCALE_TAGS, type Locale, type Media } from '@cchc/content-types';

export { publicFileUrl } from './cms-files';

/** "PDF, 1,2 MB": the kind and size of a file, for download links. Strapi gives sizes in kB. */
export function fileLabel(media: Pick<Media, 'ext' | 'mime' | 'size'>, locale: Locale): string {
  const kind = (media.ext?.replace('.', '') || media.mime.split('/')[1] || '').toUpperCase();
  const number = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 1 });
  const size = media.size >= 1024 ? `${number.format(media.size / 1024)} MB` : `${number.format(Math.max(1, Math.round(media.size)))} kB`;
  return kind ? `${kind}, ${size}` : size;
}

/** Blocks carry an image's URL without its type; the extension tells PNG (maybe transparent) apart. */
export function imageMime(url: string): string {
  return /\.png(\?|$)/i.test(url) ? 'image/png' : 'image/jpeg';
}

export function isImage(media: Pick<Media, 'mime'>): boolean {
  return media.mime.startsWith('image/');
}
