/**
 * The audit page ("Nhật ký hệ thống") in the production admin build, in Chromium: the
 * administrator finds it in the Settings menu, sees entries with Vietnam times, filters them
 * with the keyboard, and meets no untranslated English on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bootProductionCms, launchChromium } from './chromium';
import type { RunningCms } from '../support/strapi';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';

const ADMIN = { email: 'quantri.nhatky@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
// Names that stay as they are; `CSV` and `IP` are what Vietnamese says too.
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', 'CSV', 'IP', 'API', 'documentId', ADMIN.email];
// Document ids are random letters and digits ("go01…" reads as "go"): they are what they are.

let cms: RunningCms;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cms = await bootProductionCms(ADMIN, { EVENTS_POLL_MS: '100' });
  // Something to see besides the login: a topic created and published.
  const topic = await cms.strapi.documents('api::topic.topic').create({ locale: 'vi', data: { name: 'Chuyển đổi số', code: 'chuyen-doi-so' } as never });
  await cms.strapi.documents('api::topic.topic').publish({ documentId: topic.documentId, locale: 'vi' } as never);
  ALLOWED.push(topic.documentId);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: 'Europe/Paris' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

const visibleEnglish = async () => englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, ALLOWED);
const rowsText = () => page.locator('tbody tr').allInnerTexts();

describe('the audit page (production build)', () => {
  it('is in the Settings menu for the administrator, and lists entries in Vietnamese', async () => {
    await page.goto(`${cms.url}/admin/auth/login`, { waitUntil: 'networkidle' });
    await page.fill('input[name="email"]', ADMIN.email);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    await page.goto(`${cms.url}/admin/settings`, { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: 'Nhật ký hệ thống' });
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.waitForURL(/\/admin\/settings\/cchc-audit/);
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor({ timeout: 30_000 });
    await page.locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const rows = await rowsText();
    expect(rows.some((r) => r.includes('Đăng nhập') && r.includes(ADMIN.email))).toBe(true);
    expect(rows.some((r) => r.includes('Xuất bản') && r.includes('Chuyên đề'))).toBe(true);
    // Vietnam time (UTC+7), though the browser is in Paris: today's date there is on the page.
    const today = new Intl.DateTimeFormat('vi', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date());
    expect(rows.some((r) => r.includes(today))).toBe(true);
    expect(await visibleEnglish()).toEqual([]);
  });

  it('filters by action with the keyboard', async () => {
    await page.getByRole('combobox', { name: 'Hành động' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Đăng nhập', exact: true }).waitFor();
    await page.keyboard.type('Đăng nhập');
    await page.getByRole('option', { name: 'Đăng nhập', exact: true }).click();
    const filtered = page.waitForResponse((r) => r.url().includes('/cchc-audit/entries?') && r.url().includes('action=auth.login'));
    await page.getByRole('button', { name: 'Lọc', exact: true }).press('Enter');
    await filtered;
    // The answer has come; the table shows it once React has rendered it.
    await expect
      .poll(async () => {
        const shown = await rowsText();
        return shown.length > 0 && shown.every((r) => r.includes('Đăng nhập'));
      }, { timeout: 10_000 })
      .toBe(true);
    const rows = await rowsText();
    expect(rows.some((r) => r.includes('Xuất bản'))).toBe(false);
    expect(await visibleEnglish()).toEqual([]);
  });

  it('labels every field of the filter form', async () => {
    for (const name of ['Người thực hiện (mã số hoặc thư điện tử)', 'Cơ quan (documentId)', 'Tài liệu (documentId)', 'Từ ngày', 'Đến ngày']) {
      await expect(page.getByLabel(name).count(), name).resolves.toBe(1);
    }
    await expect(page.getByRole('combobox', { name: 'Loại tài liệu' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Xuất CSV' }).count()).resolves.toBe(1);
  });
});
