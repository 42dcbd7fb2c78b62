/**
 * What the editor is told about the public site, in the production admin panel in Chromium:
 * after a publish the workflow panel says the site is being updated, then, once the publisher
 * reports (a signed report to the real route), since when the document is live, or why it is
 * not; in words, in a status region, in Vietnamese. The preview button is there too.
 */
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { paragraphs, uidOf } from '@cchc/content-types';
import type { RunningCms } from '../support/strapi';
import { bootProductionCms, launchChromium, signIn } from './chromium';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { createAdminUser, type TestUser } from '../support/admin-users';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';
import { vietnamMoment } from '../../cms/src/admin/workflow/api';

const ADMIN = { email: 'quantri@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const AGENCY = 'Sở Tư pháp';

let cms: RunningCms;
let browser: Browser;
let receiver: Server;
let editor: TestUser;
let documentId: string;
/** The event ids the receiver was sent, in order. */
const sent: number[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      sent.push((JSON.parse(Buffer.concat(chunks).toString()) as { events: { id: number }[] }).events[0]!.id);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', () => ok()));
  cms = await bootProductionCms(ADMIN, {
    SITE_PUBLISHER_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    SITE_PUBLISHER_SECRET: SECRET,
    PUBLIC_SITE_URL: 'http://127.0.0.1:9',
    SITE_PREVIEW_SECRET: randomBytes(32).toString('hex'),
    EVENTS_POLL_MS: '200',
  });
  const agency = await createTerm(cms.strapi, 'agency', { vi: AGENCY, km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
  const image = await uploadTestImage(cms.strapi);
  editor = await createAdminUser(cms.strapi, 'bientap@noivu.test', ['cchc-editor']);
  const docs = cms.strapi.documents(uidOf('article') as never);
  const draft = await docs.create({
    locale: 'vi',
    data: { title: 'Lịch tiếp công dân tháng 12', summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency, cover: { image, alt: 'Quầy tiếp dân' } } as never,
  });
  documentId = draft.documentId;
  await docs.publish({ documentId, locale: 'vi' } as never);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await new Promise((ok) => receiver?.close(ok));
});

async function report(body: unknown): Promise<void> {
  const payload = JSON.stringify(body);
  const id = `report-${randomBytes(4).toString('hex')}`;
  const now = new Date();
  const response = await fetch(`${cms.url}/api/site-publisher/reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(SECRET).sign(id, now, payload),
    },
    body: payload,
  });
  expect(response.status, await response.text()).toBe(200);
}

describe('the public site in the workflow panel, in Chromium', () => {
  it('gives the time alone when it is today in Vietnam, with the date otherwise', () => {
    // 23:30 UTC on 30 November is 06:30 on 1 December in Vietnam.
    const now = new Date('2026-11-30T23:30:00Z');
    expect(vietnamMoment('2026-11-30T17:05:09Z', 'vi', now)).toEqual({ time: '00:05:09', date: null });
    expect(vietnamMoment('2026-11-30T16:59:59Z', 'vi', now)).toEqual({ time: '23:59:59', date: '30/11/2026' });
    expect(vietnamMoment('2026-11-30T16:59:59Z', 'en', now)).toEqual({ time: '23:59:59', date: '30/11/2026' });
  });

  it('says the site is being updated, then since when the document is live (Vietnam time), or why not', async () => {
    // A browser in Paris: the panel still says Vietnam's time.
    const page = await signIn(browser, cms.url, editor, { timezoneId: 'Europe/Paris' });
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=vi`, { waitUntil: 'networkidle' });
    const status = page.getByRole('status').filter({ hasText: 'trang công khai' });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toBe('Đang cập nhật trang công khai…');
    // The preview button is offered, and nothing on the screen is left in English.
    // (Strapi shows it once it has asked the CMS for the preview link: wait for it.)
    await page.getByRole('button', { name: /xem trước/i }).or(page.getByRole('link', { name: /xem trước/i })).first().waitFor({ timeout: 30_000 });
    const english = englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, ['Strapi', 'CCHC', 'Sóc Trăng', 'English', AGENCY, editor.email]);
    expect(english).toEqual([]);

    await expect.poll(() => sent.length).toBeGreaterThan(0);
    const eventId = sent[sent.length - 1]!;
    // 03:02:01 UTC is 10:02:01 in Vietnam (the browser here is in Paris: the panel says Vietnam's time).
    const today = new Date();
    const at = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 3, 2, 1));
    await report({ reports: [{ eventId, state: 'failed', at: new Date(at.getTime() - 60_000).toISOString(), message: 'Ảnh bìa không tải được' }] });
    // The panel asks again by itself while the change is on its way.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Chưa cập nhật được trang công khai: Ảnh bìa không tải được');

    // The publisher's next attempt went live (a report with a later `at` replaces the failure).
    await report({ reports: [{ eventId, state: 'live', at: at.toISOString(), pages: 5 }] });
    await page.reload({ waitUntil: 'networkidle' });
    await status.waitFor();
    const { date } = vietnamMoment(at.toISOString(), 'vi');
    expect(await status.textContent()).toBe(date === null ? 'Trên trang công khai từ 10:02:01' : `Trên trang công khai từ 10:02:01 ngày ${date}`);
    await expect(status.locator('time').getAttribute('datetime')).resolves.toBe(at.toISOString());
    await page.screenshot({ path: process.env.SITE_PANEL_SCREENSHOT ?? '/tmp/site-publisher-panel.png' });
    await page.context().close();
  });
});
