/**
 * IPTC ninjs 3.1 (News in JSON) from a PressItem, valid against the IPTC schema
 * (`content-types/standards/ninjs-schema_3.1.json`, IPTC's, MIT; tests/cms/press-items.test.ts checks every demo
 * item with ajv). Only ninjs's own properties are used; no extension.
 *
 * - `uri` is the item's URN (every version); `version` counts its publishes, `versionCreated` is
 *   this version's publish, `firstCreated` its first; `contentCreated` the date the content was
 *   made, where the type's date is of the content (an article's, a material's issue).
 * - A correction (a major update with its public change note) is a new `version` whose
 *   `edNote` tells the receiving desk what changed. A withdrawn item is `pubStatus: canceled`
 *   (`toNinjsWithdrawal`).
 * - The owning agency and co-organisers are `organisations`; reform areas, topics and audiences
 *   `subjects`; localities `places`; each with our URN, its code and its name in the item's
 *   language; `rel` says which field it is filed under.
 * - Images, audio, video and attachments are `associations` (with their renditions, sizes,
 *   durations, alt text as a description, credit as `by`); the page on the public site is the
 *   item's `web` rendition, its translations are associations.
 * - An event has `eventDetails`: its dates, organiser and status on IPTC's Event Occurrence
 *   Status (a cancelled event is "planned, then cancelled").
 */
import { contentTypeByName } from '../model';
import type { Locale } from '../locales';
import { PROVINCE_OFFSET } from '../province-time';
import type { PressItem, PressMedia, PressRendition, PressTerm } from './item';
import { pressItemUri, pressTermUri, pressUploadUri } from './uri';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

type NinjsType = 'text' | 'audio' | 'video' | 'picture' | 'graphic' | 'composite' | 'component' | 'event' | 'planning';

interface NinjsRendition {
  name: string;
  href: string;
  contentType?: string;
  title?: string;
  width?: number;
  height?: number;
  sizeInBytes?: number;
  duration?: number;
}

interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

interface NinjsRef {
  name: string;
  rel: string;
  uri: string;
  literal?: string;
}

/** The part of ninjs 3.1 that our items use. */
export interface NinjsItem {
  uri: string;
  type?: NinjsType;
  representationType?: 'full' | 'partial';
  profile?: string;
  standard?: { name: string; version: string; schema: string };
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  contentCreated?: string;
  pubStatus?: 'usable' | 'withheld' | 'canceled';
  language?: string;
  title?: string;
  slugline?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: (NinjsText & { charCount?: number; wordCount?: number })[];
  by?: string;
  edNote?: string;
  copyrightHolder?: string;
  genres?: { name: string; literal: string }[];
  organisations?: NinjsRef[];
  subjects?: NinjsRef[];
  places?: (Partial<NinjsRef> & { name: string })[];
  eventDetails?: {
    eventStatus: string;
    dates: { startDate: string; endDate?: string };
    organiser?: Omit<NinjsRef, 'rel'>;
  };
  renditions?: NinjsRendition[];
  associations?: (Omit<NinjsItem, 'associations'> & { name: string; rel?: string })[];
  altIds?: { role: string; value: string }[];
}

/** IPTC Event Occurrence Status (http://cv.iptc.org/newscodes/eventoccurstatus/). */
const OCCURRENCE = 'http://cv.iptc.org/newscodes/eventoccurstatus/';
const EVENT_STATUS: Record<string, string> = {
  scheduled: `${OCCURRENCE}eos5`, // planned, occurs certainly
  held: `${OCCURRENCE}eos5`,
  postponed: `${OCCURRENCE}eos2`, // planned, occurrence highly uncertain: not on the date given
  cancelled: `${OCCURRENCE}eos6`, // planned, then cancelled
};

const segmenters = new Map<string, { words: Intl.Segmenter; graphemes: Intl.Segmenter }>();

/** Characters as readers count them, and words as the language splits them (Khmer has no spaces). */
function counts(value: string, locale: Locale): { charCount: number; wordCount: number } {
  let s = segmenters.get(locale);
  if (!s) {
    s = { words: new Intl.Segmenter(locale, { granularity: 'word' }), graphemes: new Intl.Segmenter(locale, { granularity: 'grapheme' }) };
    segmenters.set(locale, s);
  }
  let words = 0;
  for (const segment of s.words.segment(value)) if (segment.isWordLike) words += 1;
  let chars = 0;
  for (const _ of s.graphemes.segment(value)) chars += 1;
  return { charCount: chars, wordCount: words };
}

/** A calendar date or a year as an instant: its first moment in the province's time zone. */
function asDateTime(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00${PROVINCE_OFFSET}`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00${PROVINCE_OFFSET}`;
  return undefined;
}

function rendition(r: PressRendition, duration?: number): NinjsRendition {
  return {
    name: r.name,
    href: r.href,
    contentType: r.contentType,
    width: r.width,
    height: r.height,
    sizeInBytes: r.size,
    duration,
  };
}

const MEDIUM_TYPE: Record<PressMedia['medium'], NinjsType | undefined> = {
  image: 'picture',
  audio: 'audio',
  video: 'video',
  file: undefined,
};

function association(media: PressMedia, index: number, item: PressItem): NonNullable<NinjsItem['associations']>[number] {
  const descriptions: NinjsText[] = [];
  if (media.alt) descriptions.push({ role: 'alt', contentType: 'text/plain', value: media.alt });
  if (media.caption) descriptions.push({ role: 'caption', contentType: 'text/plain', value: media.caption });
  if (media.description) descriptions.push({ role: 'description', contentType: 'text/plain', value: media.description });
  const original = media.renditions.some((r) => r.name === 'original')
    ? []
    : [{ name: 'original', href: media.href, contentType: media.contentType, width: media.width, height: media.height, size: media.size }];
  return {
    name: media.role === 'gallery' || media.role === 'attachment' ? `${media.role}-${index + 1}` : media.role,
    rel: media.role,
    uri: pressUploadUri(media.uploadId),
    type: MEDIUM_TYPE[media.medium],
    language: item.locale,
    headlines: media.title ? [{ value: media.title }] : undefined,
    descriptions: descriptions.length ? descriptions : undefined,
    by: media.credit,
    renditions: [...original, ...media.renditions].map((r) => rendition(r, media.duration)),
  };
}

function ref(term: PressTerm): NinjsRef {
  return { name: term.name, rel: term.field ?? term.taxonomy, uri: pressTermUri(term.taxonomy, term.code ?? term.documentId), literal: term.code };
}

/** What a ninjs reader files the item as: an event, a radio or video story, else text. */
function ninjsType(item: PressItem): NinjsType {
  if (item.event) return 'event';
  // The kind names a medium (`audio`, `video`) and the item carries one of it.
  if ((item.kind === 'audio' || item.kind === 'video') && item.media.some((m) => m.medium === item.kind)) return item.kind;
  return 'text';
}

/** Drops what is undefined or empty, so that the JSON carries only what is said. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

export function toNinjs(item: PressItem): NinjsItem {
  const def = contentTypeByName(item.type);
  const main = ninjsType(item);
  const ordered = { gallery: 0, attachment: 0 };
  const mediaAssociations = item.media.map((m) => {
    const index = m.role === 'gallery' || m.role === 'attachment' ? ordered[m.role]++ : 0;
    return compact(association(m, index, item));
  });
  const latestNote = item.changeNotes[0];
  // Both bodies say the same text: its counts (ninjs: "excluding figure captions") are the text's.
  const bodies: NonNullable<NinjsItem['bodies']> = item.bodyText
    ? [
        { role: 'main', contentType: 'text/html', value: item.bodyHtml, ...counts(item.bodyText, item.locale) },
        { role: 'main', contentType: 'text/plain', value: item.bodyText, ...counts(item.bodyText, item.locale) },
      ]
    : [];
  const places: NonNullable<NinjsItem['places']> = item.terms.filter((t) => t.taxonomy === 'locality').map(ref);
  if (item.event?.venue) places.unshift({ name: item.event.venue, rel: 'venue' });
  const web: NinjsRendition = { name: 'web', href: item.url, contentType: 'text/html', title: item.title };
  // An audio or video story is its medium: the file's renditions are the item's own.
  const own = main === 'audio' || main === 'video' ? item.media.find((m) => m.medium === main) : undefined;
  const ownRenditions = own ? (association(own, 0, item).renditions ?? []) : [];

  return compact<NinjsItem>({
    uri: item.uri,
    type: main,
    representationType: 'full',
    profile: `cchc-${item.type}`,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    version: item.version !== undefined ? String(item.version) : undefined,
    firstCreated: item.firstPublishedAt,
    versionCreated: item.publishedAt ?? item.updatedAt,
    contentCreated: def.displayDate.of === 'content' ? asDateTime(item.date) : undefined,
    pubStatus: 'usable',
    language: item.locale,
    title: item.title,
    headlines: [{ role: 'main', contentType: 'text/plain', value: item.title }],
    descriptions: item.summary ? [{ role: 'summary', contentType: 'text/plain', value: item.summary }] : undefined,
    bodies,
    by: item.byline,
    edNote: latestNote ? `${latestNote.at}: ${latestNote.note}` : undefined,
    copyrightHolder: item.agency?.name,
    genres: [{ name: item.kindLabel, literal: `${item.type}:${item.kind}` }],
    organisations: [...(item.agency ? [{ ...ref(item.agency), rel: 'agency' }] : []), ...item.terms.filter((t) => t.taxonomy === 'agency').map(ref)],
    subjects: item.terms.filter((t) => t.taxonomy !== 'agency' && t.taxonomy !== 'locality').map(ref),
    places,
    eventDetails: item.event
      ? compact({
          eventStatus: EVENT_STATUS[item.event.status] ?? EVENT_STATUS.scheduled!,
          dates: compact({ startDate: item.event.startsAt, endDate: item.event.endsAt }),
          organiser: item.agency ? compact({ name: item.agency.name, uri: pressTermUri('agency', item.agency.code ?? item.agency.documentId), literal: item.agency.code }) : undefined,
        })
      : undefined,
    renditions: [...ownRenditions, web],
    associations: [
      ...mediaAssociations,
      ...item.translations.map((t) => ({
        name: `translation-${t.locale}`,
        rel: 'translation',
        uri: pressItemUri(item.type, item.documentId, t.locale),
        language: t.locale,
        renditions: [{ name: 'web', href: t.url, contentType: 'text/html' }],
      })),
      ...(item.related ?? []).map((r) => ({
        name: r.field,
        rel: r.field,
        uri: pressItemUri(r.type, r.documentId, r.locale),
        language: r.locale,
        headlines: [{ value: r.title }],
        renditions: [{ name: 'web', href: r.url, contentType: 'text/html' }],
      })),
    ],
    altIds: [{ role: 'documentId', value: item.documentId }],
  });
}

/**
 * A translation taken off the site, in ninjs's own terms: the same `uri`, `pubStatus: canceled`
 * ("neither the item nor its content may be used; if published, withdraw it"), with the public
 * reason as the note to the receiving desk. For the change feed's and the webhooks' readers.
 */
export function toNinjsWithdrawal(w: { type: string; documentId: string; locale: Locale; at: string; reason?: string | null }): NinjsItem {
  return compact<NinjsItem>({
    uri: pressItemUri(w.type, w.documentId, w.locale),
    representationType: 'partial',
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    versionCreated: w.at,
    pubStatus: 'canceled',
    language: w.locale,
    edNote: w.reason ?? undefined,
  });
}
