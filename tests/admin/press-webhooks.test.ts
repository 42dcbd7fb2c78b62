/**
 * An outlet's webhooks in the production admin build, in Chromium, against a real receiver on
 * 127.0.0.1 that verifies every request with the `standardwebhooks` library: from the outlets
 * page's "Webhook" link, the administrator registers an endpoint from the keyboard and gets its
 * secret once (a dialog that takes the focus and gives it back); a published article arrives
 * signed with it and shows as delivered in the log; with the receiver failing, the log shows the
 * failure and the endpoint ends disabled; enabled again and a failed delivery retried from the
 * screen, they arrive. The screen passes axe-core and meets no English; deleting asks first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { axeFindings as findingsOf } from './axe';
import { bootProductionCms, launchChromium, signIn } from './chromium';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';
import { createTerm, uploadTestImage } from '../support/fixtures';
import type { RunningCms } from '../support/strapi';
import { Receiver } from '../support/webhook-receiver';

const ADMIN = { email: 'quantri.webhook@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', 'API', 'CORS', 'Standard Webhooks', 'URL', ADMIN.email];
const NEWSPAPER = 'Báo Sóc Trăng';
const ARTICLE = uidOf('article') as UID.ContentType;
// Quick: the event point and the worker look every 100 ms. An automatic retry waits 5 to 10
// minutes (longer than the test), so a failed delivery is sent again only by hand; two
// failures in a row disable an endpoint.
const QUICK = {
  EVENTS_POLL_MS: '100',
  EVENTS_RETRY_MS: '100',
  EVENTS_RETRY_MAX_MS: '400',
  PRESS_WEBHOOK_ALLOW_HTTP_LOOPBACK: 'true',
  PRESS_WEBHOOK_POLL_MS: '100',
  PRESS_WEBHOOK_RETRY_MS: '600000',
  PRESS_WEBHOOK_RETRY_MAX_MS: '600000',
  PRESS_WEBHOOK_TIMEOUT_MS: '2000',
  PRESS_WEBHOOK_DISABLE_AFTER_FAILURES: '2',
  PRESS_WEBHOOK_DISABLE_AFTER_MS: '0',
};

let cms: RunningCms;
let browser: Browser;
let page: Page;
let agency = '';
let image = 0;
const receiver = new Receiver();

const visibleEnglish = async (extra: string[] = []) => englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, [...ALLOWED, ...extra]);
const focusIsIn = (selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);
const endpointRow = () => page.locator('tbody tr', { has: page.getByRole('rowheader', { name: receiver.url }) });
const logTable = () => page.locator('table', { has: page.locator('caption', { hasText: 'Nhật ký gửi tới' }) });
const logRow = (eventId: number) => logTable().locator('tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^#${eventId} `) }) });

/** Presses a button from the keyboard: focused, then Enter. */
async function press(name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');
}

/** Presses "Tải lại" until `ready` holds (the worker sends in the background). */
async function refreshUntil(what: string, ready: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen read: ${((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string).replace(/\s+/g, ' ').slice(0, 3000)}`);
    await page.getByRole('button', { name: 'Tải lại', exact: true }).click();
    await page.waitForTimeout(300);
  }
}

/** axe-core's findings inside `selector` on this file's page. */
const axeFindings = (selector: string) => findingsOf(page, selector);

async function until(what: string, ready: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A new article, published: a `created` change. Its document id. */
async function publishArticle(title: string): Promise<string> {
  const docs = cms.strapi.documents(ARTICLE);
  const made = await docs.create({ locale: 'vi', data: { title, summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency, cover: { image, alt: 'Ảnh' } } } as never);
  await docs.publish({ documentId: made.documentId, locale: 'vi' } as never);
  return made.documentId;
}

/** The event id of the (deduplicated) webhook the receiver accepted for `documentId`. */
const acceptedFor = (documentId: string) => receiver.deduped().find((r) => r.body.data.documentId === documentId);

beforeAll(async () => {
  await receiver.up();
  cms = await bootProductionCms(ADMIN, QUICK);
  agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
  image = await uploadTestImage(cms.strapi);
  browser = await launchChromium();
  page = await signIn(browser, cms.url, ADMIN, { timezoneId: 'Europe/Paris', permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await receiver.down();
});

describe("an outlet's webhooks (production build)", () => {
  let secret = '';
  const documents: Record<string, string> = {};

  it('are reached from the outlet\'s row with the keyboard, in Vietnamese, with a way back', async () => {
    await page.goto(`${cms.url}/admin/settings/cchc-press-outlets`, { waitUntil: 'networkidle' });
    await page.getByLabel('Tên đơn vị').waitFor({ timeout: 30_000 });
    await page.getByLabel('Tên đơn vị').fill(NEWSPAPER);
    await page.getByLabel('Tên đơn vị').press('Enter');
    await page.getByRole('button', { name: 'Tôi đã lưu mã, đóng lại' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });

    const link = page.getByRole('link', { name: `Webhook của ${NEWSPAPER}` });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/settings\/cchc-press-outlets\/\d+\/webhooks$/);
    await page.getByRole('heading', { name: `Webhook của ${NEWSPAPER}`, level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByText('Đơn vị này chưa có điểm nhận nào.').waitFor();
    await expect(page.getByLabel('Địa chỉ nhận (URL)').count()).resolves.toBe(1);
    for (const label of ['đăng mới', 'cập nhật', 'gỡ xuống', 'xóa', 'Tin bài', 'Tiếng Việt']) {
      await expect(page.getByLabel(label, { exact: true }).count(), label).resolves.toBe(1);
    }
    for (const legend of ['Các loại thay đổi muốn nhận', 'Chỉ các loại nội dung này (không chọn: tất cả)', 'Chỉ các ngôn ngữ này (không chọn: tất cả)']) {
      await expect(page.getByRole('group', { name: legend }).count(), legend).resolves.toBe(1);
    }
    expect(await visibleEnglish()).toEqual([]);

    await page.getByRole('link', { name: 'Về danh sách đơn vị báo chí' }).click();
    await page.waitForURL(/\/admin\/settings\/cchc-press-outlets$/);
    await link.click();
    await page.getByRole('heading', { name: `Webhook của ${NEWSPAPER}`, level: 1 }).waitFor();
  });

  it('says in Vietnamese what is wrong with an address', async () => {
    await page.getByLabel('Địa chỉ nhận (URL)').fill('http://baosoctrang.example/hooks');
    await page.getByLabel('Địa chỉ nhận (URL)').press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Địa chỉ phải bắt đầu bằng https://' }).waitFor();
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  });

  it('registers an endpoint from the keyboard and shows its secret once, in a dialog that takes the focus and gives it back', async () => {
    const field = page.getByLabel('Địa chỉ nhận (URL)');
    await field.fill(receiver.url);
    await field.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect.poll(() => focusIsIn('[role="alertdialog"]')).toBe(true);
    await expect(dialog.innerText()).resolves.toContain('chỉ hiện một lần');
    secret = await dialog.getByLabel('Khóa ký (whsec_…)').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.secret = secret;
    expect(await visibleEnglish([secret])).toEqual([]);
    expect(await axeFindings('[role="alertdialog"]')).toEqual([]);

    await press('Sao chép khóa');
    await page.getByText('Đã sao chép khóa vào bộ nhớ tạm.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    await press('Tôi đã lưu khóa, đóng lại');
    await dialog.waitFor({ state: 'detached' });
    // Shown once: nothing on the page holds it any more; the focus is back in the form.
    expect(await page.content()).not.toContain(secret.slice(6));
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Đã đăng ký điểm nhận' }).count()).resolves.toBe(1);
    await expect(endpointRow().textContent()).resolves.toContain('Đang hoạt động');
    await expect(endpointRow().innerText()).resolves.toContain('mọi loại nội dung, mọi ngôn ngữ');
  });

  it('delivers a published article signed with that secret, and the log shows it delivered', async () => {
    documents.first = await publishArticle('Thông báo tuyển dụng công chức');
    await until('the first webhook', () => !!acceptedFor(documents.first!));
    const got = acceptedFor(documents.first!)!;
    expect(got.verified).toBe(true);
    expect(got.body.type).toBe('press.item.created');

    await press(`Xem nhật ký gửi tới ${receiver.url}`);
    await expect.poll(() => focusIsIn('section[id^="cchc-webhook-log-"]')).toBe(true);
    await expect(page.getByRole('button', { name: `Ẩn nhật ký gửi tới ${receiver.url}` }).getAttribute('aria-expanded')).resolves.toBe('true');
    await refreshUntil('the delivery in the log', async () => (await logRow(got.body.data.eventId).innerText()).includes('Đã gửi'));
    const text = await logRow(got.body.data.eventId).innerText();
    expect(text).toContain('đăng mới');
    expect(text).toContain(`Tin bài · ${documents.first} · Tiếng Việt`);
    expect(text).toContain('204');
    expect(text).toContain('Gửi được:');
    await expect(logRow(got.body.data.eventId).getByRole('button').count()).resolves.toBe(0);
  });

  it('shows the failures while the receiver fails, and the endpoint disabled: when and why', async () => {
    receiver.failing = true;
    documents.second = await publishArticle('Lịch tiếp công dân tháng Mười');
    documents.third = await publishArticle('Kết quả khảo sát mức độ hài lòng');
    await refreshUntil('the endpoint disabled', async () => (await endpointRow().textContent())!.includes('Đã tắt'));
    const state = await endpointRow().innerText();
    expect(state).toMatch(/Tắt lúc .* vì lỗi kéo dài: 2 lần gửi thất bại liên tiếp; lần cuối: 503 bảo trì/);
    expect(state).toContain('2 chờ gửi');
    const failed = logTable().locator('tbody tr', { hasText: 'Gửi lỗi, sẽ thử lại' });
    await expect.poll(() => failed.count()).toBe(2);
    const row = await failed.first().innerText();
    expect(row).toContain('503 · bảo trì');
    expect(row).toContain('Thử lại lúc:');
    expect(row).toContain('Bật lại điểm nhận để gửi lại');
    expect(await visibleEnglish()).toEqual([]);
    expect(await axeFindings('main')).toEqual([]);
  });

  it('enables it again from the keyboard: what waited arrives', async () => {
    receiver.failing = false;
    await press(`Bật lại điểm nhận ${receiver.url}`);
    await page.getByRole('status').filter({ hasText: 'Đã bật lại điểm nhận' }).waitFor();
    // The button is gone: the focus went to the endpoints' heading, not to the page's body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Các điểm nhận');
    await until('the two waiting webhooks', () => !!acceptedFor(documents.second!) && !!acceptedFor(documents.third!));
    expect([acceptedFor(documents.second!)!, acceptedFor(documents.third!)!].every((r) => r.verified)).toBe(true);
    await refreshUntil('both delivered in the log', async () => (await logTable().locator('tbody tr', { hasText: 'Gửi lỗi' }).count()) === 0);
    await expect(endpointRow().textContent()).resolves.toContain('Đang hoạt động');
  });

  it('retries a failed delivery by hand from the keyboard, and it arrives', async () => {
    receiver.failing = true;
    const before = receiver.requests.length;
    documents.fourth = await publishArticle('Hướng dẫn nộp hồ sơ trực tuyến');
    await until('the failed attempt', () => receiver.requests.length > before);
    await refreshUntil('the failure in the log', async () => (await logTable().locator('tbody tr', { hasText: 'Gửi lỗi, sẽ thử lại' }).count()) === 1);
    await expect(endpointRow().textContent()).resolves.toContain('Đang lỗi');
    await expect(endpointRow().innerText()).resolves.toContain('1 lần gửi lỗi liên tiếp');
    const failedRow = logTable().locator('tbody tr', { hasText: 'Gửi lỗi, sẽ thử lại' });
    const eventId = Number((await failedRow.getByRole('rowheader').innerText()).match(/#(\d+)/)![1]);

    receiver.failing = false;
    await press(`Gửi lại ngay thay đổi #${eventId}`);
    await page.getByRole('status').filter({ hasText: `Thay đổi #${eventId} được gửi lại ngay.` }).waitFor();
    await until('the retried webhook', () => !!acceptedFor(documents.fourth!));
    expect(acceptedFor(documents.fourth!)!.body.data.eventId).toBe(eventId);
    expect(acceptedFor(documents.fourth!)!.verified).toBe(true);
    await refreshUntil('the retry delivered in the log', async () => (await logRow(eventId).innerText()).includes('Đã gửi'));
    // Attempts: the failed one and the retry.
    await expect(logRow(eventId).locator('td').nth(2).innerText()).resolves.toBe('2');
    // Newest first.
    const ids = await logTable().locator('tbody tr th').allInnerTexts();
    const numbers = ids.map((s) => Number(s.match(/#(\d+)/)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it('passes axe-core with the log open', async () => {
    expect(await axeFindings('main')).toEqual([]);
  });

  it('deletes an endpoint only once confirmed', async () => {
    await press(`Xóa điểm nhận ${receiver.url}`);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain('Không thể hoàn tác');
    await expect.poll(() => focusIsIn('[role="alertdialog"]')).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(endpointRow().count()).resolves.toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Xóa điểm nhận ${receiver.url}`);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Xóa', exact: true }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Đơn vị này chưa có điểm nhận nào.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Đã xóa điểm nhận' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Các điểm nhận');
    await expect(logTable().count()).resolves.toBe(0);
    expect(await visibleEnglish()).toEqual([]);
  });
});
