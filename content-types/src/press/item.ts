/**
 * The press item: the one internal representation of a published document that every
 * syndication format is shaped from (ninjs for the press API, RSS with Media RSS, JSON Feed,
 * the podcast feed and iCalendar for the site's feeds). A format never reads a Strapi document
 * itself: it reads a PressItem, so the model is restated nowhere.
 *
 * Built by `pressItemOf` from a document as the REST API and the Document Service give it
 * (populated with `populateOf(type)`, validated by `schemas[type]`), its public history, and two
 * things only the caller knows: the site's origin, and where its media are served (the CMS
 * links its uploads; the site links its own `/_img/` and `/files/` copies).
 */
import type { Locale } from '../locales';
import type { ContentTypeName, TaxonomyName } from '../model';

/** One size or encoding of a medium (an image's widths, the original file). */
export interface PressRendition {
  /** `original`, or a size name such as `w800`, `large`, `thumbnail`. */
  name: string;
  /** Absolute URL. */
  href: string;
  contentType: string;
  width?: number;
  height?: number;
  /** Bytes, when known. */
  size?: number;
}

/** What a medium is in the item: the cover, one of the gallery, the audio or video, an attachment. */
export type PressMediaRole = 'cover' | 'gallery' | 'audio' | 'video' | 'attachment';

export interface PressMedia {
  role: PressMediaRole;
  /** The upload's own id in the CMS (stable across renditions). */
  uploadId: string;
  /** `image`, `audio`, `video` or `file`, from the MIME type. */
  medium: 'image' | 'audio' | 'video' | 'file';
  /** The original file. */
  href: string;
  contentType: string;
  /** Bytes of the original. */
  size: number;
  width?: number;
  height?: number;
  /** Seconds, for audio and video when the CMS measured it. */
  duration?: number;
  /** An image's alternative text (required by the model for every image). */
  alt?: string;
  caption?: string;
  /** Credit line of an image ("Ảnh: Báo Sóc Trăng"). */
  credit?: string;
  /** An attachment's display title and description. */
  title?: string;
  description?: string;
  renditions: PressRendition[];
}

/** A taxonomy term the item is filed under, with its name in the item's language. */
export interface PressTerm {
  taxonomy: TaxonomyName;
  /** The field it is filed under (`reformAreas`, `coOrganisers`, `replicatedIn`, …). */
  field?: string;
  documentId: string;
  name: string;
  /** The term's code where the taxonomy has one (agencies, localities). */
  code?: string;
  slug: string;
  /** Absolute URL of the term's page on the site, in the item's language. */
  url: string;
}

/** An event's when and where (events only). */
export interface PressEventDetails {
  startsAt: string;
  endsAt?: string;
  venue?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  /** `scheduled`, `postponed`, `cancelled`, `held` (the model's eventStatus). */
  status: string;
  /** How to register, as text. */
  registration?: string;
}

/** Another document this one links to (an event's report article, a material's training event). */
export interface PressRelated {
  /** The field that links it (`reportArticle`, `trainingEvent`). */
  field: string;
  type: ContentTypeName;
  documentId: string;
  locale: Locale;
  title: string;
  /** Absolute canonical URL on the public site. */
  url: string;
}

export interface PressItem {
  type: ContentTypeName;
  documentId: string;
  locale: Locale;
  /**
   * The item's stable identifier across versions, the same in every format:
   * `urn:cchc-soctrang:<type>:<documentId>:<locale>`.
   */
  uri: string;
  /** Absolute canonical URL on the public site: `documentPath()` on the site's origin. */
  url: string;
  title: string;
  summary: string;
  /** The body as sanitised HTML (from the rich-text blocks: only known nodes, every text escaped). */
  bodyHtml: string;
  bodyText: string;
  /** The model's kind field (`news`, `audio`, `workshop`, …) and its label in the item's language. */
  kind: string;
  kindLabel: string;
  byline?: string;
  /** The owning agency. */
  agency?: PressTerm;
  /** Reform areas, topics, audiences, localities (and an event's co-organisers as agencies). */
  terms: PressTerm[];
  /** The date the document shows (its `displayDate`), ISO 8601. */
  date: string;
  firstPublishedAt: string;
  /**
   * When this version went live (any republish, minor ones too): what the iCalendar's DTSTAMP,
   * LAST-MODIFIED and SEQUENCE follow; when absent, the feeds fall back to `updatedAt`.
   */
  publishedAt?: string;
  /** How many times this translation has been published: 1 for its first version. */
  version?: number;
  /** Its last major update, or the first publish when there was none. */
  updatedAt: string;
  /** Public change notes of major updates, newest first (corrections in ninjs). */
  changeNotes: { at: string; note: string }[];
  media: PressMedia[];
  event?: PressEventDetails;
  /** The other languages it is published in, with their canonical URLs. */
  translations: { locale: Locale; url: string }[];
  /** The other documents it links to. */
  related?: PressRelated[];
}
