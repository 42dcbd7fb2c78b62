/** Images made at build time by astro:assets (Astro's sharp service, encoder effort set in astro.config.ts). */
import { getImage } from 'astro:assets';
import type { Media } from '@cchc/content-types';
import fallbackImage from '../assets/og-default.png';
import { imageSource } from './media';

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

export interface SharedImage {
  /** Site-relative path of the generated file. */
  src: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/**
 * The picture that Zalo and Facebook show with a link: 1200×630 JPEG (both read JPEG
 * everywhere; WebP and AVIF not always). The cover if there is one, else the section's own.
 */
export async function shareImage(cover: { image: Media; alt: string } | null | undefined, fallbackAlt: string): Promise<SharedImage> {
  const size = { width: 1200, height: 630, fit: 'cover', format: 'jpg', quality: 80 } as const;
  const result = cover
    ? await getImage({ src: imageSource(cover.image.url), ...size })
    : await getImage({ src: fallbackImage, ...size });
  return {
    src: result.src,
    width: Number(result.attributes.width ?? size.width),
    height: Number(result.attributes.height ?? size.height),
    alt: cover?.alt ?? fallbackAlt,
    type: 'image/jpeg',
  };
}
