/**
 * The content documents, in the order their relations need: articles, good practices, events
 * (whose report article must be published first), training materials (whose training event
 * must be published first). Each language gets the same relations and media; the words come
 * from its own translation.
 */
import type { Locale } from '@cchc/content-types';
import { ARTICLES } from '../data/articles';
import { EVENTS } from '../data/events';
import { GOOD_PRACTICES } from '../data/good-practices';
import { TRAINING_MATERIALS } from '../data/training-materials';
import type { ArticleSeed, ContentSeedBase, EventSeed, GoodPracticeSeed, TrainingMaterialSeed } from '../types';
import { seedDocument, type SeedContext } from './context';
import { filesData, imageData, inLocale, localesOf, orVietnamese, taggingData } from './fields';

/** Fields of every content document: its tags and the demo mark. */
function common(ctx: SeedContext, seed: ContentSeedBase, locale: Locale) {
  return { ...taggingData(seed, ctx.registry, locale), isDemo: true };
}

async function seedArticle(ctx: SeedContext, seed: ArticleSeed) {
  const base = `demo-article-${seed.key}`;
  await seedDocument(ctx, seed.key, {
    type: 'article',
    label: seed.text.vi.title,
    identity: { title: seed.text.vi.title },
    locales: localesOf(seed.text),
    publish: !seed.draft,
    data: async (locale) => {
      const what = `article "${seed.key}"`;
      const t = inLocale(seed.text, locale, what);
      const gallery = [];
      for (const [i, image] of (seed.gallery ?? []).entries()) {
        gallery.push(await imageData(ctx.media, `${base}-gallery-${i + 1}`, image, locale, what));
      }
      return {
        title: t.title,
        summary: t.summary,
        body: t.body,
        byline: t.byline ?? null,
        kind: seed.kind,
        date: seed.date,
        cover: await imageData(ctx.media, `${base}-cover`, seed.cover, locale, what),
        gallery,
        audio: seed.audio ? await ctx.media.audio(seed.audio) : null,
        attachments: await filesData(ctx.media, seed.attachments, base, locale),
        ...common(ctx, seed, locale),
      };
    },
  });
}

async function seedGoodPractice(ctx: SeedContext, seed: GoodPracticeSeed) {
  const base = `demo-good-practice-${seed.key}`;
  await seedDocument(ctx, seed.key, {
    type: 'good-practice',
    label: seed.text.vi.title,
    identity: { title: seed.text.vi.title },
    locales: localesOf(seed.text),
    publish: !seed.draft,
    data: async (locale) => {
      const what = `good practice "${seed.key}"`;
      const t = inLocale(seed.text, locale, what);
      return {
        title: t.title,
        summary: t.summary,
        problem: t.problem,
        solution: t.solution,
        implementer: t.implementer ?? null,
        year: seed.year,
        stage: seed.stage,
        results: seed.results.map((r) => ({
          indicator: inLocale(r.indicator, locale, `${what} result`),
          before: r.before ?? null,
          after: r.after,
          unit: r.unit ? inLocale(r.unit, locale, `${what} result unit`) : null,
        })),
        replicatedIn: (seed.replicatedIn ?? []).map((code) => ctx.registry.required('locality', code, locale)),
        contact: {
          name: orVietnamese(seed.contact.name, locale),
          unit: orVietnamese(seed.contact.unit, locale),
          phone: seed.contact.phone,
          email: seed.contact.email,
        },
        cover: await imageData(ctx.media, `${base}-cover`, seed.cover, locale, what),
        files: await filesData(ctx.media, seed.files, base, locale),
        ...common(ctx, seed, locale),
      };
    },
  });
}

async function seedEvent(ctx: SeedContext, seed: EventSeed) {
  const base = `demo-event-${seed.key}`;
  await seedDocument(ctx, seed.key, {
    type: 'event',
    label: seed.text.vi.title,
    identity: { title: seed.text.vi.title },
    locales: localesOf(seed.text),
    publish: !seed.draft,
    data: async (locale) => {
      const what = `event "${seed.key}"`;
      const t = inLocale(seed.text, locale, what);
      return {
        title: t.title,
        summary: t.summary,
        body: t.body ?? null,
        venue: t.venue ?? null,
        registration: t.registration ?? null,
        eventKind: seed.eventKind,
        eventStatus: seed.eventStatus,
        startsAt: seed.startsAt,
        endsAt: seed.endsAt ?? null,
        onlineUrl: seed.onlineUrl ?? null,
        registrationUrl: seed.registrationUrl ?? null,
        coOrganisers: (seed.coOrganisers ?? []).map((code) => ctx.registry.required('agency', code, locale)),
        // A translation links the report only where the report exists in that language.
        reportArticle: seed.reportArticle ? (ctx.registry.inLocale('article', seed.reportArticle, locale) ?? null) : null,
        cover: seed.cover ? await imageData(ctx.media, `${base}-cover`, seed.cover, locale, what) : null,
        ...common(ctx, seed, locale),
      };
    },
  });
}

async function seedTrainingMaterial(ctx: SeedContext, seed: TrainingMaterialSeed) {
  const base = `demo-training-material-${seed.key}`;
  await seedDocument(ctx, seed.key, {
    type: 'training-material',
    label: seed.text.vi.title,
    identity: { title: seed.text.vi.title },
    locales: localesOf(seed.text),
    publish: !seed.draft,
    data: async (locale) => {
      const what = `training material "${seed.key}"`;
      const t = inLocale(seed.text, locale, what);
      return {
        title: t.title,
        summary: t.summary,
        body: t.body ?? null,
        materialKind: seed.materialKind,
        versionDate: seed.versionDate,
        files: await filesData(ctx.media, seed.files, base, locale),
        trainingEvent: seed.trainingEvent ? (ctx.registry.inLocale('event', seed.trainingEvent, locale) ?? null) : null,
        cover: seed.cover ? await imageData(ctx.media, `${base}-cover`, seed.cover, locale, what) : null,
        ...common(ctx, seed, locale),
      };
    },
  });
}

export async function seedContent(ctx: SeedContext): Promise<void> {
  ctx.log(`articles: ${ARTICLES.length}`);
  for (const seed of ARTICLES) await seedArticle(ctx, seed);
  ctx.log(`good practices: ${GOOD_PRACTICES.length}`);
  for (const seed of GOOD_PRACTICES) await seedGoodPractice(ctx, seed);
  ctx.log(`events: ${EVENTS.length}`);
  for (const seed of EVENTS) await seedEvent(ctx, seed);
  ctx.log(`training materials: ${TRAINING_MATERIALS.length}`);
  for (const seed of TRAINING_MATERIALS) await seedTrainingMaterial(ctx, seed);
}
