/**
 * "Xóa dữ liệu cá nhân" in the production admin build, in Chromium. The administrator finds it
 * in Settings; an empty, a malformed and an unknown identifier each get a Vietnamese message and
 * keep what was typed; a person's phone number previews their two notes (counts by type); the
 * erasure asks for a ground, then for a confirmation that Escape cancels, and erases; the list
 * shows when, who, why and how many, never the data. From the keyboard, with the focus where it
 * should be, axe-core clean, no English, the identifier never in a URL, and the screen usable
 * 360 px wide. An editor gets no link, no page and no answer from the routes. Two browser
 * contexts in one browser: the administrator's and the editor's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { axeFindings } from './axe';
import { bootProductionCms, launchChromium, signIn, signInOn, signOut } from './chromium';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';
import { AdminClient, createAdminUser, type TestUser } from '../support/admin-users';
import { createPrivateNote, createTerm } from '../support/fixtures';
import type { RunningCms } from '../support/strapi';

const ADMIN = { email: 'quantri.dulieu@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', 'QH15', 'example', ADMIN.email];
const NOTE = uidOf('private-note') as UID.ContentType;
// Not the field's example (0912345678), which the page shows.
const PHONE = '0913579246';
const OTHER_PHONE = '0987654321';
const NAME = 'Trần Thị Bích';
const TITLE = 'Xóa dữ liệu cá nhân';
const FIELD = 'Số điện thoại hoặc địa chỉ thư điện tử';

let cms: RunningCms;
let browser: Browser;
let page: Page;
let agency: string;
let editor: TestUser;
/** Every URL the administrator's page asked for. */
const urls: string[] = [];

/** A citizen's note owned by this file's agency. */
const note = (title: string, name: string, phone: string, publish: boolean) => createPrivateNote(cms.strapi, { title, name, phone, agency, publish });

const notesOf = (phone: string) => cms.strapi.db.query(NOTE as UID.Schema).count({ where: { citizenPhone: phone } });
const visibleEnglish = async () => englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, ALLOWED);
const focused = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el === document.activeElement);
const field = () => page.getByLabel(FIELD);
/** Types `text` into the identifier field and presses Enter, as a keyboard user would. */
async function search(text: string): Promise<void> {
  await field().fill(text);
  await field().press('Enter');
}
/** The alert under the identifier field says `text`, the field is marked invalid, has the focus and keeps `typed`. */
async function fieldRefuses(text: string, typed: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: text }).waitFor();
  await expect(field().getAttribute('aria-invalid')).resolves.toBe('true');
  await expect.poll(() => focused(field())).toBe(true);
  await expect(field().inputValue()).resolves.toBe(typed);
  await expect(page.getByRole('heading', { name: 'Dữ liệu sẽ bị xóa' }).count()).resolves.toBe(0);
}

beforeAll(async () => {
  cms = await bootProductionCms(ADMIN);
  agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
  editor = await createAdminUser(cms.strapi, 'bientap.dulieu@soctrang.gov.vn', ['cchc-editor'], [agency]);
  await note('Hỏi về hộ tịch', NAME, PHONE, true);
  await note('Góp ý giờ làm việc', NAME, PHONE, false);
  await note('Hỏi về đất đai', 'Lê Văn Khác', OTHER_PHONE, true);
  browser = await launchChromium();
  page = await signIn(browser, cms.url, ADMIN, { timezoneId: 'Europe/Paris' });
  page.on('request', (request) => urls.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the erasure screen (production build)', () => {
  it('is in Settings for the administrator, and says what is wrong with an identifier without losing it', async () => {
    await page.goto(`${cms.url}/admin/settings`, { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: TITLE });
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.waitForURL(/\/admin\/settings\/cchc-personal-data/);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByText('Chưa xóa dữ liệu cá nhân nào.').waitFor();

    await field().press('Enter');
    await fieldRefuses('Nhập số điện thoại hoặc địa chỉ thư điện tử', '');
    await search('Nguyễn Văn A');
    await fieldRefuses('không phải số điện thoại hay địa chỉ thư điện tử', 'Nguyễn Văn A');
    await search('0912 34');
    await fieldRefuses('không phải số điện thoại hay địa chỉ thư điện tử', '0912 34');

    // Well formed, but nobody's: said under its own heading, which takes the focus.
    await search('0900000000');
    const heading = page.getByRole('heading', { name: 'Dữ liệu sẽ bị xóa' });
    await heading.waitFor();
    await expect.poll(() => focused(heading)).toBe(true);
    await page.getByText('Không có tài liệu nào chứa thông tin này').waitFor();
    await expect(field().inputValue()).resolves.toBe('0900000000');
    await expect(field().getAttribute('aria-invalid')).resolves.not.toBe('true');
    await expect(page.getByRole('button', { name: 'Xóa dữ liệu này' }).count()).resolves.toBe(0);
    expect(await visibleEnglish()).toEqual([]);
  });

  it('previews, asks for a ground and a confirmation, erases, and lists the erasure without the data', async () => {
    await search(` ${PHONE} `);
    const preview = page.locator('section', { has: page.getByRole('heading', { name: 'Dữ liệu sẽ bị xóa' }) });
    await preview.getByText('Ghi chú nội bộ: 2 tài liệu').waitFor();
    await expect.poll(() => focused(page.getByRole('heading', { name: 'Dữ liệu sẽ bị xóa' }))).toBe(true);
    expect(await axeFindings(page, 'main')).toEqual([]);

    // No ground chosen: said, and the focus goes to the grounds.
    const erase = page.getByRole('button', { name: 'Xóa dữ liệu này' });
    await erase.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Chọn lý do xóa dữ liệu.' }).waitFor();
    const grounds = page.getByRole('group', { name: 'Lý do xóa' });
    await expect.poll(() => focused(grounds.getByRole('radio').first())).toBe(true);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    // The arrow keys move through the grounds; Tab leaves them for the button.
    await page.keyboard.press('ArrowDown');
    await expect(grounds.getByRole('radio', { name: 'Người có dữ liệu rút lại sự đồng ý' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(erase)).toBe(true);

    // Escape leaves everything as it was, and gives the focus back.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain('Không thể hoàn tác');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="alertdialog"]'))).toBe(true);
    expect(await axeFindings(page, '[role="alertdialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focused(erase)).toBe(true);
    expect(await notesOf(PHONE)).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Đã xóa 2 tài liệu.' }).waitFor();
    await expect.poll(() => focused(page.getByRole('heading', { name: 'Các lần đã xóa' }))).toBe(true);
    expect(await notesOf(PHONE)).toBe(0);
    expect(await notesOf(OTHER_PHONE)).toBeGreaterThan(0);
    // Nothing of the person stays on the screen.
    await expect(field().inputValue()).resolves.toBe('');

    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Người có dữ liệu rút lại sự đồng ý');
    expect(rows[0]).toContain('Ghi chú nội bộ: 2 tài liệu');
    const today = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date());
    expect(rows[0]).toContain(today);
    const html = await page.content();
    for (const data of [PHONE, NAME]) expect(html).not.toContain(data);
    expect(urls.filter((url) => url.includes(PHONE) || url.includes('0900000000'))).toEqual([]);
    expect(await axeFindings(page, 'main')).toEqual([]);
    expect(await visibleEnglish()).toEqual([]);
  });

  it('works 360 px wide', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await search(OTHER_PHONE);
    await page.getByText('Ghi chú nội bộ: 1 tài liệu').waitFor();
    // Nothing of the screen is cut off or needs a sideways scroll of the page.
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const wide = [...main.querySelectorAll<HTMLElement>('h1, h2, label, input, button, p, li')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
      return { page: document.documentElement.scrollWidth - window.innerWidth, wide: wide.map((el) => el.outerHTML.slice(0, 120)) };
    });
    expect(overflow).toEqual({ page: 0, wide: [] });
    expect(await axeFindings(page, 'main')).toEqual([]);
  });

  it('shows an editor no link and no page, and its routes refuse them', async () => {
    // The same browser context, signed out and in again (./chromium.ts says why).
    await page.setViewportSize({ width: 1440, height: 1000 });
    await signOut(page);
    await signInOn(page, cms.url, editor);
    const before = urls.length;
    await page.goto(`${cms.url}/admin/settings`, { waitUntil: 'networkidle' });
    // The editor's Settings menu, once shown ("Tổng quan" only), holds no link to the screen.
    await page.getByRole('link', { name: 'Tổng quan' }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: TITLE }).count()).resolves.toBe(0);
    await page.goto(`${cms.url}/admin/settings/cchc-personal-data`, { waitUntil: 'networkidle' });
    await page.getByText('Bạn không có quyền truy cập nội dung này').waitFor({ timeout: 30_000 });
    await expect(field().count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: TITLE }).count()).resolves.toBe(0);
    expect(urls.slice(before).filter((url) => url.includes('/cchc-personal-data/'))).toEqual([]);

    const client = await AdminClient.login(cms.url, editor);
    expect((await client.get('/cchc-personal-data/erasures')).status).toBe(403);
    expect((await client.post('/cchc-personal-data/erasures/preview', { identifier: OTHER_PHONE })).status).toBe(403);
    expect((await client.post('/cchc-personal-data/erasures', { identifier: OTHER_PHONE, reason: 'request' })).status).toBe(403);
    expect(await notesOf(OTHER_PHONE)).toBeGreaterThan(0);
  });
});
