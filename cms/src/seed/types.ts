/**
 * The shapes of the demo data in ./data. Field names and value types come from the one
 * definition of the content model (@cchc/content-types), so a renamed or retyped field fails
 * to compile here. Relations are named by stable keys (codes, slugs), never by database ids:
 * the loader resolves them per locale when it writes.
 */
import type {
  Agency,
  Article,
  Audience,
  Blocks,
  Event,
  GoodPractice,
  Locale,
  Locality,
  ReformArea,
  TrainingMaterial,
} from '@cchc/content-types';
import type { AgencyCode } from './data/agencies';
import type { AudienceCode } from './data/audiences';
import type { LocalityCode } from './data/localities';
import type { ReformAreaCode } from './data/reform-areas';
import type { TopicKey } from './data/topics';

/** A text in Vietnamese and, where translated, in Khmer and English. */
export type Translated<T> = { readonly vi: T } & { readonly [L in Exclude<Locale, 'vi'>]?: T };

// ---- taxonomies ----------------------------------------------------------------------------

/** The translated name and description of a taxonomy term. */
export interface TermText {
  readonly name: string;
  readonly description?: string;
}

export interface ReformAreaSeed {
  readonly code: ReformArea['code'];
  readonly order: ReformArea['order'];
  readonly crossCutting: ReformArea['crossCutting'];
  readonly text: Translated<TermText>;
}

export interface AudienceSeed {
  readonly code: Audience['code'];
  readonly order: Audience['order'];
  readonly text: Translated<TermText>;
}

/** Topics have no code: the key is only for the seed's own references (and finds nothing in the CMS). */
export interface TopicSeed {
  readonly key: string;
  readonly text: Translated<TermText>;
}

export interface LocalitySeed {
  readonly code: Locality['code'];
  readonly localityType: Locality['localityType'];
  /** Code of the parent unit. */
  readonly parent?: string;
  readonly validFrom?: NonNullable<Locality['validFrom']>;
  readonly validTo?: NonNullable<Locality['validTo']>;
  /** Codes of the units that took over. */
  readonly successors?: readonly string[];
  readonly text: Translated<TermText>;
}

export interface AgencySeed {
  readonly code: Agency['code'];
  readonly agencyKind: Agency['agencyKind'];
  readonly website?: NonNullable<Agency['website']>;
  /** Code of the locality the agency serves (district and city committees). */
  readonly locality?: string;
  readonly validFrom?: NonNullable<Agency['validFrom']>;
  readonly validTo?: NonNullable<Agency['validTo']>;
  /** Codes of the agencies that took over its duties. */
  readonly successors?: readonly string[];
  readonly text: Translated<TermText & { readonly shortName?: string; readonly address?: string }>;
}

// ---- media ---------------------------------------------------------------------------------

/** What the picture generator draws (an illustration, so alt texts describe a drawing). */
export type Scene =
  | 'meeting'
  | 'service-desk'
  | 'phone'
  | 'chart'
  | 'stage'
  | 'landscape'
  | 'documents'
  | 'classroom'
  | 'radio'
  | 'dialogue';

/** An image component: the generated picture and its words in each language. */
export interface ImageSeed {
  readonly scene: Scene;
  readonly alt: Translated<string>;
  readonly caption?: Translated<string>;
  readonly credit?: Translated<string>;
}

/** A PDF made by the seed: a handbook chapter, a leaflet, a slide deck, a report. */
export interface PdfSeed {
  readonly key: string;
  readonly layout: 'handbook' | 'leaflet' | 'slides' | 'report';
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly PdfSection[];
}

export interface PdfSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly bullets?: readonly string[];
}

/** What a downloadable file component points at. */
export type FileSource =
  | { readonly pdf: string }
  | { readonly audio: string }
  | { readonly poster: Scene };

export interface FileSeed {
  readonly source: FileSource;
  readonly title: Translated<string>;
  readonly description?: Translated<string>;
}

// ---- content -------------------------------------------------------------------------------

/** Tagging shared by all content types; every document has an owning agency. */
export interface TaggingSeed {
  readonly agency: AgencyCode;
  readonly reformAreas?: readonly ReformAreaCode[];
  readonly topics?: readonly TopicKey[];
  readonly audiences?: readonly AudienceCode[];
  readonly localities?: readonly LocalityCode[];
}

/** Every content seed has a key (for relations between seeded documents) and tags. */
export interface ContentSeedBase extends TaggingSeed {
  readonly key: string;
  /** Left as a draft (never published): an article still in review. */
  readonly draft?: true;
}

export interface ArticleText {
  readonly title: Article['title'];
  readonly summary: Article['summary'];
  readonly body: Blocks;
  readonly byline?: NonNullable<Article['byline']>;
}

export interface ArticleSeed extends ContentSeedBase {
  readonly kind: Article['kind'];
  /** ISO date-time with the +07:00 offset. */
  readonly date: NonNullable<Article['date']>;
  readonly text: Translated<ArticleText>;
  readonly cover: ImageSeed;
  readonly gallery?: readonly ImageSeed[];
  /** Key of a generated audio file (radio bulletins). */
  readonly audio?: string;
  readonly attachments?: readonly FileSeed[];
}

export interface MeasuredResultSeed {
  readonly indicator: Translated<string>;
  readonly before?: string;
  readonly after: string;
  readonly unit?: Translated<string>;
}

export interface GoodPracticeText {
  readonly title: GoodPractice['title'];
  readonly summary: GoodPractice['summary'];
  readonly problem: Blocks;
  readonly solution: Blocks;
  readonly implementer?: NonNullable<GoodPractice['implementer']>;
}

export interface GoodPracticeSeed extends ContentSeedBase {
  readonly year: GoodPractice['year'];
  readonly stage: GoodPractice['stage'];
  /** Locality codes where the model was taken up. */
  readonly replicatedIn?: readonly LocalityCode[];
  readonly results: readonly MeasuredResultSeed[];
  readonly contact: {
    readonly name: Translated<string>;
    readonly unit: Translated<string>;
    readonly phone: string;
    readonly email: string;
  };
  readonly text: Translated<GoodPracticeText>;
  readonly cover: ImageSeed;
  readonly files?: readonly FileSeed[];
}

export interface EventText {
  readonly title: Event['title'];
  readonly summary: Event['summary'];
  readonly body?: Blocks;
  readonly venue?: NonNullable<Event['venue']>;
  readonly registration?: NonNullable<Event['registration']>;
}

export interface EventSeed extends ContentSeedBase {
  readonly eventKind: Event['eventKind'];
  readonly eventStatus: Event['eventStatus'];
  /** ISO date-times with the +07:00 offset (Asia/Ho_Chi_Minh). */
  readonly startsAt: Event['startsAt'];
  readonly endsAt?: NonNullable<Event['endsAt']>;
  readonly onlineUrl?: NonNullable<Event['onlineUrl']>;
  readonly registrationUrl?: NonNullable<Event['registrationUrl']>;
  readonly coOrganisers?: readonly AgencyCode[];
  /** Key of the article that reports on the event. */
  readonly reportArticle?: string;
  readonly text: Translated<EventText>;
  readonly cover?: ImageSeed;
}

export interface TrainingMaterialText {
  readonly title: TrainingMaterial['title'];
  readonly summary: TrainingMaterial['summary'];
  readonly body?: Blocks;
}

export interface TrainingMaterialSeed extends ContentSeedBase {
  readonly materialKind: TrainingMaterial['materialKind'];
  readonly versionDate: TrainingMaterial['versionDate'];
  /** Key of the training event that uses the material. */
  readonly trainingEvent?: string;
  readonly files: readonly [FileSeed, ...FileSeed[]];
  readonly text: Translated<TrainingMaterialText>;
  readonly cover?: ImageSeed;
}
