/**
 * A type that only staff read and that holds personal data (the suite's fixture `private-note`,
 * content-types/src/types/fixtures.ts) reaches no public output. A marker is planted in every
 * text field of a note, and a phone number in its personal field; the note is published,
 * renamed (an old slug), withdrawn and published again, beside an article. Then every output is
 * searched for them:
 *  - the public API: every type's listing, the change notes, redirects and withdrawn documents,
 *    and the note's own address;
 *  - the press API: the change feed and the note's item address;
 *  - the site as served and as kept: every file of the publisher's data folder (the snapshots,
 *    their pages, feeds and sitemap, and the publisher's own records);
 *  - the database: every table but the note type's own (so no version, event, audit entry,
 *    redirect or press record holds them).
 * The search index joins the list when search is built (issue 18).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { PRESS_CHANGES_PATH, PUBLIC_ENDPOINTS, contentTypesWith, paragraphs, typeNamesWith, uidOf } from '@cchc/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type RunningCms } from '../support/strapi';
import { cmsPublishingEnv, lastNotifiedEvent, publishingEnv, startPublishing, type RunningSite } from '../support/publisher';
import { createPressOutlet, untilTokenAccepted, type TestOutlet } from '../support/press';
import { DEMO_BOOT_TIMEOUT_MS } from '../support/templates';
import { tablesHolding } from '../support/table-search';

const MARK = `zqpriv${randomBytes(5).toString('hex')}`;
const PHONE = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const NOTE = uidOf('private-note') as UID.ContentType;

let cms: RunningCms;
let site: RunningSite;
let strapi: Core.Strapi;
let outlet: TestOutlet;
let noteId: string;

const found = (text: string) => text.includes(MARK) || text.includes(PHONE);

beforeAll(async () => {
  const env = await publishingEnv();
  cms = await bootCms('postgres', cmsPublishingEnv(env), { from: 'demo' });
  strapi = cms.strapi;
  site = await startPublishing(cms.url, env);
  outlet = await createPressOutlet(strapi, 'Báo thử nghiệm');
  await untilTokenAccepted(cms.url, outlet.token);

  const [agency] = (await strapi.documents(uidOf('agency') as UID.ContentType).findMany({ locale: 'vi', status: 'published', limit: 1 } as never)) as unknown as { documentId: string }[];
  const notes = strapi.documents(NOTE);
  const note = (await notes.create({
    locale: 'vi',
    status: 'published',
    data: {
      title: `Cuộc gọi ${MARK}`,
      summary: `Người gọi ${MARK} hỏi về thủ tục cấp đổi giấy phép lái xe.`,
      noteKind: 'question',
      receivedAt: new Date().toISOString(),
      citizenName: `Nguyễn Văn ${MARK}`,
      citizenPhone: PHONE,
      agency: agency!.documentId,
    },
  } as never)) as unknown as { documentId: string };
  noteId = note.documentId;
  // Renamed (a new slug: an old URL would be kept for a page), withdrawn, and back.
  await notes.update({ documentId: noteId, locale: 'vi', data: { title: `Cuộc gọi lại ${MARK}`, slug: `cuoc-goi-lai-${MARK}` } } as never);
  await notes.publish({ documentId: noteId, locale: 'vi' } as never);
  await notes.unpublish({ documentId: noteId, locale: 'vi' } as never);
  await notes.publish({ documentId: noteId, locale: 'vi' } as never);
  // An article after them (with a demo article's cover): once it is live, the publisher has
  // been through every change before it.
  const articles = strapi.documents(uidOf('article') as UID.ContentType);
  const [demo] = (await articles.findMany({ locale: 'vi', status: 'published', populate: { cover: { populate: ['image'] } }, limit: 1 } as never)) as unknown as {
    cover: { image: { id: number } };
  }[];
  await articles.create({
    locale: 'vi',
    status: 'published',
    data: { title: 'Bài sau ghi chú nội bộ', summary: 'Tóm tắt.', body: paragraphs('Nội dung'), kind: 'news', agency: agency!.documentId, cover: { image: demo!.cover.image.id, alt: 'Ảnh bìa' } },
  } as never);
  await site.waitForLive(await lastNotifiedEvent(strapi));
}, DEMO_BOOT_TIMEOUT_MS);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('a type read by staff only, with personal data', () => {
  it('is published in the CMS (so that what follows is not trivially true)', async () => {
    const live = (await strapi.documents(NOTE).findOne({ documentId: noteId, locale: 'vi', status: 'published' } as never)) as unknown as { title: string; citizenPhone: string } | null;
    expect(live?.title).toContain(MARK);
    expect(live?.citizenPhone).toBe(PHONE);
  });

  it('is absent from the public API: no route of its own, and nothing of it in any other', async () => {
    const own = [`/api/private-notes`, `/api/private-notes/${noteId}?locale=vi`];
    for (const path of own) expect((await fetch(`${cms.url}${path}`)).status, path).toBe(404);
    const paths = [
      ...PUBLIC_ENDPOINTS.map((e) => `/api/${e.plural}?locale=vi&pagination[pageSize]=100`),
      ...contentTypesWith('public').map((t) => `/api/change-notes?type=${t.name}&locale=vi&pageSize=100`),
    ];
    expect(PUBLIC_ENDPOINTS.map((e) => e.plural)).not.toContain('private-notes');
    for (const path of paths) {
      const response = await fetch(`${cms.url}${path}`);
      const body = await response.text();
      expect(response.status, `${path}: ${body.slice(0, 200)}`).toBe(200);
      expect(found(body), path).toBe(false);
    }
    // The publisher's feeds of old addresses and withdrawn documents (their parameters are the
    // publisher's business): whatever they answer holds nothing of the note.
    for (const path of ['/api/redirects?type=article&locale=vi', '/api/withdrawn?type=article&locale=vi', '/api/redirects', '/api/withdrawn']) {
      const response = await fetch(`${cms.url}${path}`);
      expect(response.status, path).toBeLessThan(500);
      expect(found(await response.text()), path).toBe(false);
    }
    expect((await fetch(`${cms.url}/api/change-notes?type=private-note&locale=vi`)).status).toBe(400);
  });

  it('is absent from the press API', async () => {
    const auth = { Authorization: `Bearer ${outlet.token}` };
    const feed = await fetch(`${cms.url}${PRESS_CHANGES_PATH}?limit=500`, { headers: auth });
    const body = await feed.text();
    expect(feed.status, body.slice(0, 200)).toBe(200);
    // The feed has entries (the demo's and the article's): it is not empty by accident.
    expect((JSON.parse(body) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    expect(found(body)).toBe(false);
    expect(body).not.toContain(noteId);
    const item = await fetch(`${cms.url}/api/press/items/private-note/${noteId}?locale=vi`, { headers: auth });
    expect(item.status).toBeGreaterThanOrEqual(400);
    expect(found(await item.text())).toBe(false);
  });

  it('is absent from every file of the site and of the publisher (pages, feeds, sitemap, records)', () => {
    let files = 0;
    for (const entry of readdirSync(site.root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files++;
      expect(found(readFileSync(path, 'latin1')), path).toBe(false);
    }
    expect(files).toBeGreaterThan(100);
    expect(typeNamesWith('site').has('private-note')).toBe(false);
  });

  it('is in no table but its own: no version, event, audit entry, redirect or press record', async () => {
    const holding = await tablesHolding(strapi, [MARK, PHONE], ['private_notes']);
    expect(holding).toEqual([]);
    // Its events are recorded (the workflow and the audit need them), without its text.
    const events = await strapi.db.connection('document_events').where({ type: 'private-note', document_id: noteId }).count({ n: '*' });
    expect(Number((events[0] as { n: number }).n)).toBeGreaterThan(0);
  });
});
