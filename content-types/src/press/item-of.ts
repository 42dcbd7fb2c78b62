/**
 * `pressItemOf`: a published document, as the REST API and the Document Service give it, made
 * into the one PressItem every syndication format is shaped from. Everything per type comes
 * from the type's definition: its title, summary, owner and byline fields, its kind and date,
 * its rich-text fields (the body, in sections where it has several), its relations (terms when
 * they point at a taxonomy, related documents otherwise), its image and file components and
 * media fields (cover, gallery, attachments, audio, video), and for things that happen their
 * `happening` fields. A new type, or a new field of a known kind, needs no change here.
 */
import { blocksToText, type Blocks } from '../blocks';
import { blocksToHtml, escapeHtml } from '../blocks-html';
import { file as fileComponent, image as imageComponent } from '../components/shared';
import { documentDate, type ContentDefinition } from '../define';
import type { Field, Media, Ref } from '../fields';
import { isLocale, LOCALES, pick, type Locale, type Localized } from '../locales';
import { contentTypeByName, TAXONOMIES, typeByName, type ContentTypeName, type DocumentOf, type TaxonomyName } from '../model';
import type { PublicHistory } from '../public-history';
import { canonicalUrl, documentPath, termPath } from '../routes';
import type { PressEventDetails, PressItem, PressMedia, PressMediaRole, PressRelated, PressRendition, PressTerm } from './item';
import { pressItemUri } from './uri';

/** A file as the resolver is given it: an upload (all of Media), or a rich-text image (its URL, maybe its size). */
export type MediaFile = Pick<Media, 'url'> & Partial<Omit<Media, 'url'>>;

/** Where a file is served: its original and its renditions, absolute URLs. */
export interface MediaLinks {
  href: string;
  renditions: PressRendition[];
  /**
   * The exact bytes of the file at `href`, when the resolver knows them (the site has its copy):
   * Strapi keeps sizes in kB with two decimals, a few bytes off, and a podcast enclosure's
   * length must be the file's.
   */
  size?: number;
}

/**
 * Supplied by the caller, who knows where files are served: the CMS links its uploads (and
 * Strapi's image formats) at its public URL; the site links its own `/_img/` and `/files/`
 * copies, which it may make asynchronously.
 */
export type MediaResolver = (file: MediaFile) => MediaLinks | Promise<MediaLinks>;

export interface PressItemSource<N extends ContentTypeName = ContentTypeName> {
  type: N;
  /** Published, populated with `populateOf(type)`, validated by `schemas[type]`. */
  document: DocumentOf<N>;
  /** Its public history in this locale (first publish, major updates, change notes). */
  history?: PublicHistory;
  /** The slugs of its other published translations. */
  translations?: Partial<Record<Locale, string>>;
  /** The public site's origin (PUBLIC_SITE_URL). */
  siteUrl: string;
  media: MediaResolver;
  /** How many times this translation has been published, when the caller counted. */
  version?: number;
}

type Doc = Record<string, unknown> & { documentId: string; locale: string; slug: string; publishedAt: string | null; createdAt: string };

const TAXONOMY_NAMES = new Set<string>(TAXONOMIES.map((t) => t.name));

/** Strapi counts sizes in kB (bytes / 1000, two decimals): back to bytes, within five. */
export function bytesOfKb(kb: number): number {
  return Math.round(kb * 1000);
}

function mediumOf(mime: string | undefined): PressMedia['medium'] {
  const top = mime?.split('/')[0];
  return top === 'image' || top === 'audio' || top === 'video' ? top : 'file';
}

/** A string worth saying: an empty or missing field is no value. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function refsOf(value: unknown): Ref[] {
  if (Array.isArray(value)) return value as Ref[];
  return value ? [value as Ref] : [];
}

function nameOf(target: string, ref: Ref): string {
  const title = (ref as Record<string, unknown>)[typeByName(target).titleField];
  return text(title) ?? ref.slug;
}

// ---- media: read off the field kinds -------------------------------------------------------

interface FoundMedia {
  role: PressMediaRole;
  file: Media;
  alt?: string;
  caption?: string;
  credit?: string;
  title?: string;
  description?: string;
}

function mediaRole(f: Field): PressMediaRole {
  const allowed = (f.strapi.allowedTypes as string[] | undefined) ?? [];
  if (allowed.length === 1 && allowed[0] === 'audios') return 'audio';
  if (allowed.length === 1 && allowed[0] === 'videos') return 'video';
  if (allowed.length === 1 && allowed[0] === 'images') return 'cover';
  return 'attachment';
}

/** The files of a document, in the order its definition declares them. */
function mediaOf(fields: [string, Field][], doc: Doc): FoundMedia[] {
  const found: FoundMedia[] = [];
  for (const [key, f] of fields) {
    const value = doc[key];
    if (!value) continue;
    if (f.strapi.type === 'media') {
      found.push({ role: mediaRole(f), file: value as Media });
      continue;
    }
    if (f.strapi.type !== 'component') continue;
    const repeatable = f.strapi.repeatable === true;
    const entries = (repeatable ? value : [value]) as Record<string, unknown>[];
    for (const entry of entries) {
      if (f.strapi.component === imageComponent.uid && entry.image) {
        found.push({
          role: repeatable ? 'gallery' : 'cover',
          file: entry.image as Media,
          alt: text(entry.alt),
          caption: text(entry.caption),
          credit: text(entry.credit),
        });
      } else if (f.strapi.component === fileComponent.uid && entry.file) {
        found.push({ role: 'attachment', file: entry.file as Media, title: text(entry.title), description: text(entry.description) });
      }
    }
  }
  return found;
}

function pressMedia(found: FoundMedia, links: MediaLinks): PressMedia {
  const { file } = found;
  return {
    role: found.role,
    uploadId: file.documentId,
    medium: mediumOf(file.mime),
    href: links.href,
    contentType: file.mime,
    size: links.size ?? bytesOfKb(file.size),
    width: file.width ?? undefined,
    height: file.height ?? undefined,
    duration: file.duration ?? undefined,
    alt: found.alt ?? (mediumOf(file.mime) === 'image' ? text(file.alternativeText) : undefined),
    caption: found.caption,
    credit: found.credit,
    title: found.title,
    description: found.description,
    renditions: links.renditions,
  };
}

// ---- the body: the rich-text fields, in sections where there are several ---------------------

interface Section {
  heading?: string;
  blocks: Blocks;
}

function sectionsOf(fields: [string, Field][], doc: Doc, locale: Locale): { sections: Section[]; several: boolean } {
  const rich = fields.filter(([, f]) => f.strapi.type === 'blocks');
  const several = rich.length > 1;
  const sections = rich
    .map(([key, f]) => ({ heading: several && f.section ? pick(f.section, locale) : undefined, blocks: (doc[key] as Blocks | null) ?? [] }))
    .filter((s) => s.blocks.length > 0);
  return { sections, several };
}

function imageUrlsIn(sections: Section[]): { url: string; width?: number; height?: number }[] {
  return sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'image' ? [{ url: b.image.url, width: b.image.width ?? undefined, height: b.image.height ?? undefined }] : [])),
  );
}

// ---- terms and related documents: the relations, by their target's kind ---------------------

function termsOf(def: ContentDefinition, fields: [string, Field][], doc: Doc, locale: Locale, siteUrl: string) {
  const terms: PressTerm[] = [];
  const related: PressRelated[] = [];
  let agency: PressTerm | undefined;
  for (const [key, f] of fields) {
    if (!f.relation) continue;
    const { target } = f.relation;
    for (const ref of refsOf(doc[key])) {
      // Relations are copied to each translation as the target's version in that locale
      // (cms/src/documents/shared-relations.ts): its name is in the item's language.
      const refLocale = isLocale(ref.locale) ? ref.locale : locale;
      if (TAXONOMY_NAMES.has(target)) {
        const term: PressTerm = {
          taxonomy: target as TaxonomyName,
          field: key,
          documentId: ref.documentId,
          name: nameOf(target, ref),
          code: text(ref.code),
          slug: ref.slug,
          url: canonicalUrl(siteUrl, termPath(target, refLocale, ref.slug)),
        };
        if (key === def.ownerField) agency = term;
        else terms.push(term);
      } else {
        related.push({
          field: key,
          type: target as ContentTypeName,
          documentId: ref.documentId,
          locale: refLocale,
          title: nameOf(target, ref),
          url: canonicalUrl(siteUrl, documentPath(target, refLocale, ref.slug)),
        });
      }
    }
  }
  return { agency, terms, related };
}

function eventOf(def: ContentDefinition, doc: Doc): PressEventDetails | undefined {
  const h = def.happening;
  if (!h) return undefined;
  const read = (key: string | undefined) => (key ? text(doc[key]) : undefined);
  const startsAt = read(h.startsAt);
  if (!startsAt) throw new Error(`A ${def.name} without its ${h.startsAt}`);
  return {
    startsAt,
    endsAt: read(h.endsAt),
    venue: read(h.venue),
    onlineUrl: read(h.onlineUrl),
    registration: read(h.registration),
    registrationUrl: read(h.registrationUrl),
    status: (def.statusField ? read(def.statusField.field) : undefined) ?? def.statusField?.usual ?? 'scheduled',
  };
}

function kindLabelOf(def: ContentDefinition, kind: string, locale: Locale): string {
  const labels = (def.fields[def.kindField] as Field & { valueLabels?: Record<string, Localized> }).valueLabels;
  const label = labels?.[kind];
  return label ? pick(label, locale) : kind;
}

export async function pressItemOf<N extends ContentTypeName>(source: PressItemSource<N>): Promise<PressItem> {
  const def = contentTypeByName(source.type);
  const doc = source.document as unknown as Doc;
  if (!isLocale(doc.locale)) throw new Error(`A ${def.name} in an unknown locale "${doc.locale}"`);
  if (!doc.publishedAt) throw new Error(`The ${def.name} ${doc.documentId} (${doc.locale}) is not a published version`);
  const locale = doc.locale;
  const { siteUrl } = source;
  const fields = Object.entries(def.fields) as [string, Field][];
  const url = canonicalUrl(siteUrl, documentPath(def.name, locale, doc.slug));

  // Files first, all at once: the resolver may have to make them (the site's image variants).
  const found = mediaOf(fields, doc);
  const { sections, several } = sectionsOf(fields, doc, locale);
  const blockImages = imageUrlsIn(sections);
  const [links, blockLinks] = await Promise.all([
    Promise.all(found.map((m) => source.media(m.file))),
    Promise.all(blockImages.map((image) => source.media(image))),
  ]);
  const imageSrc = new Map(blockImages.map((image, i) => [image.url, blockLinks[i]!.href]));
  const htmlOptions = { minHeading: several ? 3 : 2, baseUrl: url, imageSrc: (src: string) => imageSrc.get(src) };

  const kind = String(doc[def.kindField]);
  const { agency, terms, related } = termsOf(def, fields, doc, locale, siteUrl);
  const firstPublishedAt = source.history?.firstPublishedAt ?? doc.publishedAt;
  return {
    type: def.name as ContentTypeName,
    documentId: doc.documentId,
    locale,
    uri: pressItemUri(def.name, doc.documentId, locale),
    url,
    title: String(doc[def.titleField]),
    summary: text(doc[def.summaryField]) ?? '',
    bodyHtml: sections
      .map((s) => (s.heading ? `<h2>${escapeHtml(s.heading)}</h2>` : '') + blocksToHtml(s.blocks, htmlOptions))
      .join(''),
    bodyText: sections.map((s) => [s.heading, blocksToText(s.blocks)].filter(Boolean).join('\n\n')).join('\n\n'),
    kind,
    kindLabel: kindLabelOf(def, kind, locale),
    byline: def.bylineField ? text(doc[def.bylineField]) : undefined,
    agency,
    terms,
    date: documentDate(def, doc).value,
    firstPublishedAt,
    // The event log and the row may differ by a few milliseconds: never before the first publish.
    publishedAt: Date.parse(doc.publishedAt) < Date.parse(firstPublishedAt) ? firstPublishedAt : doc.publishedAt,
    version: source.version,
    updatedAt: source.history?.lastMajorUpdateAt ?? firstPublishedAt,
    changeNotes: source.history?.changeNotes ?? [],
    media: found.map((m, i) => pressMedia(m, links[i]!)),
    event: eventOf(def, doc),
    translations: LOCALES.filter((l) => l !== locale && source.translations?.[l]).map((l) => ({
      locale: l,
      url: canonicalUrl(siteUrl, documentPath(def.name, l, source.translations![l]!)),
    })),
    related,
  };
}
