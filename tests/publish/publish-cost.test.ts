/**
 * A publish costs what it changes (issue 17), end to end with the real CMS (PostgreSQL), the
 * real publisher and the real site server:
 * - a catch-up (hundreds of changes the publisher was never told of, as after a large import
 *   or a publisher that was down) reads the content in bulk: fewer requests to the CMS than
 *   documents it names; a publish made meanwhile goes live with it;
 * - the old addresses come from the CMS's feeds, read on from the last position and page after
 *   page: more redirects than one page holds all answer 301.
 * Speed itself is measured by `npm run bench:publish`, not here.
 */
import type { Core, UID } from '@strapi/strapi';
import { documentPath, uidOf } from '@cchc/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type RunningCms } from '../support/strapi';
import { generateCorpus } from '../support/corpus';
import { cmsPublishingEnv, lastNotifiedEvent, publishingEnv, startPublishing, type RunningSite } from '../support/publisher';

/** Documents written while no publisher listens: the backlog its notifier then sends. */
const BACKLOG = 300;

let cms: RunningCms;
let site: RunningSite;
let strapi: Core.Strapi;
let env: Awaited<ReturnType<typeof publishingEnv>>;

const articles = () => strapi.documents(uidOf('article') as UID.ContentType);
const get = (path: string) => fetch(`${site.env.siteUrl}${path}`, { redirect: 'manual' });

const lastLiveEvent = () => lastNotifiedEvent(strapi);

async function publishedArticles(): Promise<{ documentId: string; slug: string }[]> {
  return (await articles().findMany({ locale: 'vi', status: 'published', fields: ['documentId', 'slug'], limit: 10_000 } as never)) as unknown as { documentId: string; slug: string }[];
}

/** A new published article like the first one (its agency and cover). */
async function publishNew(title: string): Promise<{ documentId: string; slug: string }> {
  const [first] = (await articles().findMany({ locale: 'vi', status: 'published', populate: { cover: { populate: ['image'] }, agency: true }, limit: 1 } as never)) as unknown as Record<string, unknown>[];
  const cover = first!.cover as { image: { id: number } } | null;
  return (await articles().create({
    locale: 'vi',
    status: 'published',
    data: {
      title,
      summary: `Tóm tắt: ${title}`,
      body: first!.body,
      kind: 'news',
      date: new Date().toISOString(),
      agency: (first!.agency as { documentId: string } | null)?.documentId,
      ...(cover ? { cover: { image: cover.image.id, alt: 'Ảnh' } } : {}),
    },
  } as never)) as unknown as { documentId: string; slug: string };
}

beforeAll(async () => {
  env = await publishingEnv();
  // An empty CMS: the corpus brings its own terms and images.
  cms = await bootCms('postgres', cmsPublishingEnv(env));
  strapi = cms.strapi;
  // Written before the publisher runs: the CMS's notifier keeps one message per change for it.
  await generateCorpus(strapi, BACKLOG, () => undefined);
}, 10 * 60_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('the cost of a publish', () => {
  it(`catches up with ${BACKLOG} documents in bulk, and a publish made meanwhile goes live`, async () => {
    const backlog = await lastLiveEvent();
    site = await startPublishing(cms.url, env);
    // The publisher is live (its full build) and is being told of the backlog: publish now.
    const fresh = await publishNew('Bài đăng trong lúc trang bắt kịp');
    const status = await site.waitForLive(await lastLiveEvent(), 10 * 60_000);
    expect(status.liveUpTo).toBeGreaterThan(backlog);
    expect((await get(documentPath('article', 'vi', fresh.slug))).status).toBe(200);
    // Every page of the backlog is served.
    for (const a of (await publishedArticles()).slice(0, 50)) expect((await get(documentPath('article', 'vi', a.slug))).status, a.slug).toBe(200);
    // In bulk: its whole life (the first load and every publish since) took fewer than two
    // requests per document it was told of, however the notifications fell into batches. One
    // by one, each document took six (its content and its change notes, in three locales).
    expect(status.cmsReads).toBeGreaterThan(0);
    expect(status.cmsReads).toBeLessThan(2 * BACKLOG);
  }, 20 * 60_000);

  it('reads every page of the redirects feed: more old addresses than one page holds all answer 301', async () => {
    const live = (await publishedArticles()).slice(0, 130);
    // Old slugs of live articles, as an editor's renames over the years leave them (written as
    // rows marked stale: the next publish gives them positions, in its transaction).
    await strapi.db.connection('slug_redirects').insert(
      live.map((a, i) => ({ type: 'article', locale: 'vi', old_slug: `dia-chi-cu-${i}`, document_id: a.documentId, at: new Date(), gone: false, stale: true })),
    );
    const trigger = await publishNew('Bài làm trang cập nhật địa chỉ cũ');
    await site.waitForLive(await lastLiveEvent());
    expect((await get(documentPath('article', 'vi', trigger.slug))).status).toBe(200);
    for (const [i, a] of live.entries()) {
      const answer = await get(documentPath('article', 'vi', `dia-chi-cu-${i}`));
      expect(answer.status, `dia-chi-cu-${i}`).toBe(301);
      expect(answer.headers.get('location')).toBe(documentPath('article', 'vi', a.slug));
    }
  });
});
