/**
 * Images from the CMS as pages show them: AVIF, WebP and a JPEG/PNG fallback at a few widths,
 * encoded by the site's own asset pipeline (src/lib/assets/). Rendering only names the variants
 * and records them; the build (or the publisher) makes the files.
 */
import { join } from 'node:path';
import type { Media } from '@cchc/content-types';
import { configuredCmsSource, linkAsset } from './assets/collect.ts';
import { IMAGE_TYPES, imagePath } from './assets/names.ts';
import { originalFile, probeImage, type CmsSource } from './assets/originals.ts';
import { isCmsUpload } from './assets/uploads.ts';
import { strapiToken, strapiUrl } from './env';
import type { ImageAsset, ImageFormat } from './page-record';

/** Widths of responsive images: phones, tablets and 2× screens, and big screens. */
export const WIDTHS = [400, 800, 1200] as const;

export function widthsFor(originalWidth: number, widths: readonly number[] = WIDTHS): number[] {
  const usable = widths.filter((w) => w <= originalWidth);
  return usable.length ? usable : [originalWidth];
}

/** PNGs may be transparent (logos, infographics): keep PNG as the fallback; photos get JPEG. */
export function fallbackFormat(media: Pick<Media, 'mime'>): 'png' | 'jpg' {
  return media.mime === 'image/png' ? 'png' : 'jpg';
}

/**
 * Where uploads come from and are cached: as the site's integration set it in this process
 * (`astro build`, `astro dev`), else from the environment (STRAPI_URL, STRAPI_TOKEN, and
 * SITE_CACHE_DIR or node_modules/.astro under the working directory).
 */
export function cmsSource(): CmsSource {
  return (
    configuredCmsSource() ?? {
      cacheDir: join(process.env.SITE_CACHE_DIR?.trim() || join(process.cwd(), 'node_modules', '.astro'), 'cms-assets'),
      cmsUrl: strapiUrl(),
      token: strapiToken(),
    }
  );
}

export interface Picture {
  /** `<source>`s, best format first. */
  sources: { type: string; srcset: string }[];
  /** The fallback `<img>`: the widest variant, and all of them. */
  src: string;
  srcset: string;
  /** The original's size (its proportions keep the layout still while the image loads). */
  width: number;
  height: number;
}

/** An image's size: as the CMS gives it, else probed from the cached original (some rich-text images). */
export async function sizeOf(media: Pick<Media, 'url' | 'width' | 'height'>): Promise<{ width: number; height: number }> {
  return media.width && media.height ? { width: media.width, height: media.height } : probeImage(media.url, cmsSource());
}

/**
 * A rich-text image's size when it is one of the CMS's uploads and the CMS has it, else
 * undefined: content written before the CMS checked image blocks (cms/src/documents/
 * rich-text-images.ts) may name any URL, and such an image is shown as absent, never fetched.
 * The original is fetched (once, into the cache) while the page renders, so that an upload
 * the CMS no longer has is absent from the page rather than failing the build after it.
 */
export async function uploadedImageSize(image: Pick<Media, 'url' | 'width' | 'height'>): Promise<{ width: number; height: number } | undefined> {
  const source = cmsSource();
  if (!isCmsUpload(image.url, source.cmsUrl)) return undefined;
  try {
    await originalFile(image.url, source);
    return await sizeOf(image);
  } catch (error) {
    // By name: the pipeline may be loaded as more than one module instance (collect.ts says why).
    if ((error as Error).name === 'NotAnUpload') return undefined;
    throw error;
  }
}

/** The variants of an image in one format at `widths` (never wider than the original), each recorded for the page. */
export function variantsOf(
  media: Pick<Media, 'url'>,
  size: { width: number },
  format: ImageFormat,
  widths?: readonly number[],
): { path: string; width: number }[] {
  return widthsFor(size.width, widths).map((width) => {
    const asset: ImageAsset = { kind: 'image', source: media.url, width, format };
    return { path: linkAsset(imagePath(asset), asset), width };
  });
}

/**
 * The variants of a CMS image at `widths` (never wider than the original) in AVIF, WebP and the
 * fallback format, each recorded for the page. The CMS gives an upload's size; an image whose
 * size it does not give (rare: some rich-text images) is probed, from the cached original.
 */
export async function pictureOf(media: Pick<Media, 'url' | 'mime' | 'width' | 'height'>, widths?: readonly number[]): Promise<Picture> {
  const size = await sizeOf(media);
  const srcset = (format: ImageFormat) => variantsOf(media, size, format, widths);
  const fallback = srcset(fallbackFormat(media));
  const list = (variants: { path: string; width: number }[]) => variants.map((v) => `${v.path} ${v.width}w`).join(', ');
  return {
    sources: (['avif', 'webp'] as const).map((format) => ({ type: IMAGE_TYPES[format], srcset: list(srcset(format)) })),
    src: fallback[fallback.length - 1]!.path,
    srcset: list(fallback),
    width: size.width,
    height: size.height,
  };
}

export interface SharedImage {
  /** Site-relative path of the file. */
  src: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** The section's own picture for links to pages without a cover: already 1200×630, in public/. */
const DEFAULT_SHARE_IMAGE = { src: '/og-default.png', width: 1200, height: 630, type: 'image/png' } as const;

/**
 * The picture that Zalo and Facebook show with a link: 1200×630 JPEG (both read JPEG
 * everywhere; WebP and AVIF not always). The cover if there is one, else the section's own.
 */
export async function shareImage(cover: { image: Media; alt: string } | null | undefined, fallbackAlt: string): Promise<SharedImage> {
  if (!cover) return { ...DEFAULT_SHARE_IMAGE, alt: fallbackAlt };
  const asset: ImageAsset = { kind: 'image', source: cover.image.url, width: 1200, height: 630, fit: 'cover', format: 'jpg', quality: 80 };
  return { src: linkAsset(imagePath(asset), asset), width: 1200, height: 630, alt: cover.alt, type: IMAGE_TYPES.jpg };
}
