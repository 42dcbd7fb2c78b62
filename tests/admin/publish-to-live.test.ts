/**
 * Publish to live as the editor meets it: the production admin panel in Chromium, the real
 * publisher (site/publisher/main.ts) and the real site server. An author's article, submitted
 * and approved by one editor, is published by another from the workflow panel; the public page
 * appears on the site server within seconds, and the panel, asking again by itself, says since
 * when it is live, with no reload. Nothing here reports for the publisher: the report the panel
 * shows is the publisher's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { documentPath, LIVE_ACTIONS, paragraphs, uidOf } from '@cchc/content-types';
import { createReadOnlyToken, type RunningCms } from '../support/strapi';
import { bootProductionCms, launchChromium, signIn } from './chromium';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, cm, createAdminUser, type TestUser } from '../support/admin-users';
import { cmsPublishingEnv, publishingEnv, startPublishing, type RunningSite } from '../support/publisher';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';
import { vietnamMoment } from '../../cms/src/admin/workflow/api';

const ADMIN = { email: 'quantri@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const AGENCY = 'Sở Tư pháp';
const TITLE = 'Kết quả một cửa liên thông quý IV ở Vĩnh Châu';
/** From the confirmation to the page on the site, and to the panel saying so (it asks every 3 s). */
const LIVE_WITHIN_MS = 20_000;
const PANEL_WITHIN_MS = 15_000;

let cms: RunningCms;
let site: RunningSite;
let browser: Browser;
let editor: TestUser;
let editorApi: AdminClient;
let documentId: string;

/** The highest id of the events the publisher is told of so far (submit and approve are not). */
async function lastLiveEventId(): Promise<number> {
  const row = await cms.strapi.db.connection('document_events').whereIn('action', [...LIVE_ACTIONS]).max({ id: 'id' }).first();
  return Number((row as { id?: number } | undefined)?.id ?? 0);
}

beforeAll(async () => {
  const env = await publishingEnv();
  cms = await bootProductionCms(ADMIN, {
    ...cmsPublishingEnv(env),
    // The publisher is started after the seed below: the notifications of the seed fail until
    // then, and the dispatcher's back-off (doubling up to 10 minutes by default) would hold
    // back everything after them. Keep it short, so the backlog goes out once the publisher is up.
    EVENTS_POLL_MS: '500',
    EVENTS_RETRY_MS: '1000',
    EVENTS_RETRY_MAX_MS: '2000',
  });
  const agency = await createTerm(cms.strapi, 'agency', { vi: AGENCY, km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
  const image = await uploadTestImage(cms.strapi);
  const authorUser = await createAdminUser(cms.strapi, 'tacgia@tuphap.test', ['cchc-author'], [agency]);
  editor = await createAdminUser(cms.strapi, 'bientap@noivu.test', ['cchc-editor']);
  const reviewerUser = await createAdminUser(cms.strapi, 'duyet@noivu.test', ['cchc-editor']);

  // The author writes and submits; another editor approves: four eyes let `editor` publish.
  const author = await AdminClient.login(cms.url, authorUser);
  const reviewer = await AdminClient.login(cms.url, reviewerUser);
  editorApi = await AdminClient.login(cms.url, editor);
  const created = await author.post(`${cm(uidOf('article'))}?locale=vi`, {
    title: TITLE,
    summary: 'Quý IV năm 2026, bộ phận một cửa thị xã Vĩnh Châu giải quyết đúng hẹn 98% hồ sơ.',
    body: paragraphs('Bộ phận một cửa liên thông thị xã Vĩnh Châu tiếp nhận 3.150 hồ sơ trong quý IV.'),
    cover: { image, alt: 'Quầy một cửa thị xã Vĩnh Châu' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  documentId = created.body.data.documentId as string;
  const move = (client: AdminClient, name: string) => client.post(`/cchc-workflow/documents/article/${documentId}/transitions/${name}?locale=vi`, {});
  expect((await move(author, 'submit')).body.state).toBe('submitted');
  expect((await move(reviewer, 'approve')).body.state).toBe('approved');

  // The renderer build, the publisher's first full build (the article is not on it: a draft)
  // and the site server; then wait until the seed's notifications are through.
  // In production no address is exempt from the rate limit: the publisher reads with a
  // read-only token, as docs/operations.md asks of a deployment.
  site = await startPublishing(cms.url, env, { STRAPI_TOKEN: await createReadOnlyToken(cms.strapi) });
  await site.waitForLive(await lastLiveEventId());
  browser = await launchChromium();
}, 20 * 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

/** The article's public page on the site server: its status, and whether it shows the title. */
async function publicPage(path: string): Promise<{ status: number; hasTitle: boolean }> {
  const response = await fetch(`${site.env.siteUrl}${path}`, { redirect: 'manual' });
  const html = await response.text();
  return { status: response.status, hasTitle: html.includes(TITLE) };
}

const NO_SITE_STATUS = '(the panel says nothing of the public site)';

/** What the panel's status region about the public site says. */
async function siteStatus(page: Page): Promise<string> {
  const region = page.getByRole('status').filter({ hasText: 'trang công khai' });
  return (await region.count()) ? ((await region.first().textContent()) ?? '') : NO_SITE_STATUS;
}

describe('publishing from the workflow panel puts the article on the public site', () => {
  it('shows the page on the site server within seconds, and the panel says since when, without a reload', async () => {
    const slug = ((await cms.strapi.documents(uidOf('article') as never).findOne({ documentId, locale: 'vi' } as never)) as unknown as { slug: string }).slug;
    const path = documentPath('article', 'vi', slug);
    // Not on the site before the publish.
    expect((await publicPage(path)).status).toBe(404);

    const page = await signIn(browser, cms.url, editor);
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=vi`, { waitUntil: 'networkidle' });
    await page.getByText('Đã duyệt', { exact: true }).first().waitFor({ timeout: 30_000 });
    // Nothing published yet: the panel has nothing to say about the public site.
    expect(await siteStatus(page)).toBe(NO_SITE_STATUS);

    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const confirmedAt = Date.now();
    await page.getByRole('button', { name: 'Xác nhận: Xuất bản' }).click();
    await page.getByText('Đã xuất bản', { exact: true }).first().waitFor({ timeout: 30_000 });
    const firstSaid = await siteStatus(page);

    // (1) The public page, from the live snapshot the publisher swapped in.
    await expect
      .poll(() => publicPage(path), { timeout: LIVE_WITHIN_MS, interval: 200, message: `${path} on the site server within ${LIVE_WITHIN_MS} ms` })
      .toEqual({ status: 200, hasTitle: true });
    const liveAfterMs = Date.now() - confirmedAt;

    // (2) The panel asks again by itself while the change is pending: no reload here.
    const status = page.getByRole('status').filter({ hasText: 'trang công khai' });
    await expect
      .poll(() => siteStatus(page), { timeout: PANEL_WITHIN_MS, interval: 200, message: 'the panel says the article is live' })
      .toMatch(/^Trên trang công khai từ \d{2}:\d{2}:\d{2}( ngày \d{2}\/\d{2}\/\d{4})?$/);
    const panelAfterMs = Date.now() - confirmedAt;
    // The time it gives is the publisher's report (Vietnam time), of this publish.
    const answer = await editorApi.get<{ sitePublication: { action: string; state: string; at: string; eventId: number } }>(`/cchc-workflow/documents/article/${documentId}?locale=vi`);
    expect(answer.body.sitePublication).toMatchObject({ action: 'publish', state: 'live' });
    const reportedAt = answer.body.sitePublication.at;
    expect(Date.parse(reportedAt)).toBeGreaterThanOrEqual(confirmedAt - 1000);
    await expect(status.locator('time').getAttribute('datetime')).resolves.toBe(reportedAt);
    const { time, date } = vietnamMoment(reportedAt, 'vi');
    expect(await status.textContent()).toBe(`Trên trang công khai từ ${date === null ? time : `${time} ngày ${date}`}`);
    expect((await site.status()).liveUpTo).toBeGreaterThanOrEqual(answer.body.sitePublication.eventId);

    // (3) Like every admin screen here: nothing left in English.
    const english = englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, ['Strapi', 'CCHC', 'Sóc Trăng', 'English', AGENCY, editor.email]);
    expect(english).toEqual([]);
    console.log(`publish to live from the admin: page on the site ${liveAfterMs} ms after the confirmation, panel said so after ${panelAfterMs} ms (it said "${firstSaid}" first)`);
    await page.context().close();
  });
});
