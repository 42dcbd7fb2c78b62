/**
 * The demo content of the CCHC section, drawn from Decision 1738/QĐ-UBND (the communication
 * scheme to 2030): taxonomies, articles, good practices, events and training materials in
 * Vietnamese, with Khmer and English translations, generated pictures, PDFs and a radio tune.
 *
 * `seedDemo` loads it with its editorial desk; it is idempotent (a second run writes and uploads
 * nothing). Everything it writes is marked `isDemo: true`.
 */
import type { Core, UID } from '@strapi/strapi';
import { slugify, type TypeName } from '@cchc/content-types';
import { reachableAddress } from '../bootstrap/admin-user';
import { asSystem } from '../events';
import { seedEditorialDemo } from './editorial-demo';
import { ARTICLES } from './data/articles';
import { PDFS } from './data/files';
import { formatPerLocale, Tally, type PerLocale, type PerType, type SeedContext } from './load/context';
import { seedContent } from './load/content';
import { Registry } from './load/registry';
import { seedTaxonomies } from './load/taxonomies';
import { MediaLibrary, type MediaStats } from './media/library';

export interface SeedReport {
  /** The seed's documents present after the run, per type and locale (equal on every run). */
  documents: PerType;
  /** Languages of documents written by this run (zero on a second run). */
  created: PerType;
  /** Languages published by this run. */
  published: PerType;
  /** Documents left as drafts on purpose. */
  drafts: PerType;
  media: MediaStats;
  durationMs: number;
}

export interface SeedOptions {
  log?: (line: string) => void;
}

/** The demo article that stays a draft (in review), so tests can check drafts never leak. */
const draftArticle = ARTICLES.find((a) => a.draft);
if (!draftArticle) throw new Error('[seed] the demo needs one draft article');
export const DEMO_DRAFT_ARTICLE_TITLE = draftArticle.text.vi.title;
/** Its Vietnamese slug (made by the slug middleware from the title, the same way). */
export const DEMO_DRAFT_ARTICLE_SLUG = slugify(draftArticle.text.vi.title);

/**
 * What a seeded database holds at least: published documents per type and locale (the draft
 * article is not counted). Tests compare the running CMS against these.
 */
export const EXPECTED_MINIMUM_COUNTS: Record<TypeName, PerLocale> = {
  article: { vi: 40, km: 13, en: 15 },
  'good-practice': { vi: 10, km: 3, en: 4 },
  event: { vi: 12, km: 4, en: 4 },
  'training-material': { vi: 12, km: 4, en: 4 },
  'reform-area': { vi: 8, km: 8, en: 8 },
  audience: { vi: 4, km: 4, en: 4 },
  topic: { vi: 6, km: 6, en: 6 },
  locality: { vi: 13, km: 13, en: 13 },
  agency: { vi: 15, km: 15, en: 15 },
};

export async function seedDemoContent(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const media = new MediaLibrary(strapi, new Map(PDFS.map((p) => [p.key, p])), log);
  const ctx: SeedContext = { strapi, registry: new Registry(), media, tally: new Tally(), log };
  try {
    // Its writes are recorded as the system's, seeding (cms/src/events/).
    await asSystem('seed', async () => {
      await seedTaxonomies(ctx);
      await seedContent(ctx);
    });
  } finally {
    media.dispose();
  }
  return {
    documents: ctx.tally.documents,
    created: ctx.tally.created,
    published: ctx.tally.published,
    drafts: ctx.tally.drafts,
    media: { ...media.stats },
    durationMs: Date.now() - started,
  };
}

/** Lines that sum up a run, for the console. */
export function describeReport(report: SeedReport): string[] {
  const types = Object.keys(report.documents) as TypeName[];
  const width = Math.max(...types.map((t) => t.length));
  return [
    ...types.map(
      (type) =>
        `${type.padEnd(width)}  present: ${formatPerLocale(report.documents[type])}   written now: ${formatPerLocale(report.created[type])}`,
    ),
    `media: ${report.media.created} uploaded, ${report.media.reused} already there`,
    `drafts kept: ${Object.entries(report.drafts).map(([t, row]) => `${t} (${formatPerLocale(row)})`).join('; ') || 'none'}`,
    `took ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
}

/** Whether the database holds content already (articles or agencies): `--if-empty` then writes nothing. */
export async function hasContent(strapi: Core.Strapi): Promise<boolean> {
  const articles = await strapi.db.query('api::article.article' as UID.Schema).count();
  const agencies = await strapi.db.query('api::agency.agency' as UID.Schema).count();
  return articles > 0 || agencies > 0;
}

export interface DemoReport {
  content: SeedReport;
  /** Why the editorial desk was not loaded, or null when it was (or was there already). */
  deskSkipped: string | null;
}

/**
 * The whole demo: its content, then the demo users and their editorial desk
 * (./editorial-demo.ts) where the CMS is local, on loopback and not behind a proxy, so that
 * their published password opens nothing anyone else can reach. Idempotent. `npm run seed`
 * (cms/scripts/seed.ts) runs it, and so does `npm start` on an empty database; the CMS itself
 * never does.
 */
export async function seedDemo(strapi: Core.Strapi, options: SeedOptions = {}): Promise<DemoReport> {
  const content = await seedDemoContent(strapi, options);
  const reachable = reachableAddress(strapi);
  if (reachable) return { content, deskSkipped: `the CMS is configured for ${reachable}, not loopback only` };
  await seedEditorialDemo(strapi, options.log);
  return { content, deskSkipped: null };
}
