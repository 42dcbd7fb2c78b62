/**
 * Builds the shared parts of a document's data for one language: its taxonomy relations, its
 * image and file components (with their uploaded media), and the translated words in them.
 */
import { DEFAULT_LOCALE, type Locale } from '@cchc/content-types';
import type { MediaLibrary } from '../media/library';
import type { FileSeed, ImageSeed, TaggingSeed, Translated } from '../types';
import type { Registry } from './registry';

/** The text in `locale`; a missing translation is a data error. */
export function inLocale<T>(text: Translated<T>, locale: Locale, what: string): T {
  const value = text[locale];
  if (value === undefined) throw new Error(`[seed] ${what} has no ${locale} text`);
  return value;
}

/** The text in `locale`, or Vietnamese where a translation adds nothing (names of people, units). */
export function orVietnamese<T>(text: Translated<T> | undefined, locale: Locale): T | undefined {
  return text ? (text[locale] ?? text[DEFAULT_LOCALE]) : undefined;
}

/** Languages the document is written in, Vietnamese first. */
export function localesOf(text: Translated<unknown>): Locale[] {
  return (['vi', 'km', 'en'] as const).filter((l) => text[l] !== undefined);
}

export function taggingData(tags: TaggingSeed, registry: Registry, locale: Locale) {
  const many = (type: 'reform-area' | 'topic' | 'audience' | 'locality', keys: readonly string[] | undefined) =>
    (keys ?? []).map((key) => registry.required(type, key, locale));
  return {
    agency: registry.required('agency', tags.agency, locale),
    reformAreas: many('reform-area', tags.reformAreas),
    topics: many('topic', tags.topics),
    audiences: many('audience', tags.audiences),
    localities: many('locality', tags.localities),
  };
}

export async function imageData(media: MediaLibrary, fileName: string, image: ImageSeed, locale: Locale, what: string) {
  const alt = inLocale(image.alt, locale, `${what} (alt)`);
  const id = await media.image(fileName, image.scene, {
    alt: image.alt.vi,
    caption: image.caption?.vi,
  });
  return {
    image: id,
    alt,
    // A caption is translated with its document, or left out rather than shown in Vietnamese.
    caption: image.caption?.[locale] ?? null,
    credit: orVietnamese(image.credit, locale) ?? null,
  };
}

async function fileId(media: MediaLibrary, file: FileSeed, posterName: string): Promise<number> {
  const source = file.source;
  if ('pdf' in source) return media.pdf(source.pdf);
  if ('audio' in source) return media.audio(source.audio);
  return media.image(posterName, source.poster, { alt: file.description?.vi ?? file.title.vi });
}

/** File components; a file's title falls back to Vietnamese (the file itself is in Vietnamese). */
export async function filesData(media: MediaLibrary, files: readonly FileSeed[] | undefined, baseName: string, locale: Locale) {
  const out = [];
  for (const [index, file] of (files ?? []).entries()) {
    out.push({
      file: await fileId(media, file, `${baseName}-poster-${index + 1}`),
      title: orVietnamese(file.title, locale),
      description: orVietnamese(file.description, locale) ?? null,
    });
  }
  return out;
}
