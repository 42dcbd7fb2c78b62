/**
 * "Báo chí & phát thanh" in the production admin build, in Chromium: the administrator adds an
 * outlet from the keyboard, gets its token once in a dialog that takes the focus (copied to the
 * clipboard, working against the real press API, gone once closed), sees its last pull and
 * volume, replaces a token and revokes one after a confirmation, and meets no English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bootProductionCms, launchChromium, signIn } from './chromium';
import type { RunningCms } from '../support/strapi';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';

const ADMIN = { email: 'quantri.baochi@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', 'API', 'CORS', 'https', 'http', 'localhost', ADMIN.email];
const NEWSPAPER = 'Báo Sóc Trăng';
const STATION = 'Đài Phát thanh và Truyền hình Sóc Trăng';

let cms: RunningCms;
let browser: Browser;
let page: Page;

const whoami = (token: string) => fetch(`${cms.url}/api/press/whoami`, { headers: { Authorization: `Bearer ${token}` } });
const visibleEnglish = async (extra: string[] = []) => englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, [...ALLOWED, ...extra]);
const row = (name: string) => page.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });

/** The dialog with the new token: the focus is in it, it warns, and it gives the token. */
async function issuedToken(): Promise<string> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="alertdialog"]'))).toBe(true);
  await expect(dialog.innerText()).resolves.toContain('chỉ hiện một lần');
  const token = await dialog.getByLabel('Mã truy cập').inputValue();
  expect(token).toMatch(/^cchc_press_[A-Za-z0-9_-]{43}$/);
  return token;
}

async function closeTokenDialog(token: string): Promise<void> {
  await page.getByRole('button', { name: 'Tôi đã lưu mã, đóng lại' }).click();
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  // Shown once: nothing on the page holds it any more.
  expect(await page.content()).not.toContain(token);
}

beforeAll(async () => {
  cms = await bootProductionCms(ADMIN);
  browser = await launchChromium();
  page = await signIn(browser, cms.url, ADMIN, { timezoneId: 'Europe/Paris', permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the press outlets page (production build)', () => {
  let newspaperToken: string;

  it('is in Settings for the administrator, in Vietnamese', async () => {
    await page.goto(`${cms.url}/admin/settings`, { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: 'Báo chí & phát thanh' });
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.waitForURL(/\/admin\/settings\/cchc-press-outlets/);
    await page.getByRole('heading', { name: 'Báo chí & phát thanh' }).waitFor({ timeout: 30_000 });
    await page.getByText('Chưa có đơn vị báo chí nào.').waitFor();
    for (const label of ['Tên đơn vị', 'Địa chỉ web được gọi từ trình duyệt (CORS)', 'Số yêu cầu mỗi phút', 'Số yêu cầu dồn cùng lúc tối đa']) {
      await expect(page.getByLabel(label).count(), label).resolves.toBe(1);
    }
    expect(await visibleEnglish()).toEqual([]);
  });

  it('adds an outlet from the keyboard and shows its token once, copied and working', async () => {
    await page.getByLabel('Địa chỉ web được gọi từ trình duyệt (CORS)').fill('https://baosoctrang.org.vn');
    await page.getByLabel('Tên đơn vị').fill(NEWSPAPER);
    await page.getByLabel('Tên đơn vị').press('Enter');
    newspaperToken = await issuedToken();
    expect(await visibleEnglish([newspaperToken])).toEqual([]);

    await page.getByRole('button', { name: 'Sao chép mã' }).click();
    await page.getByText('Đã sao chép mã vào bộ nhớ tạm.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(newspaperToken);

    const res = await whoami(newspaperToken);
    expect(res.status).toBe(200);
    expect((await res.json()).data.outlet).toBe(NEWSPAPER);
    await closeTokenDialog(newspaperToken);
    await expect(row(NEWSPAPER).innerText()).resolves.toContain(`${newspaperToken.slice(0, 17)}…`);
  });

  it('shows the last pull and the volume', async () => {
    for (let i = 0; i < 2; i++) expect((await whoami(newspaperToken)).status).toBe(200);
    await page.reload({ waitUntil: 'networkidle' });
    const text = await row(NEWSPAPER).innerText();
    expect(text).toContain('Hôm nay: 3 yêu cầu');
    const today = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date());
    expect(text).toContain(today);
    expect(text).not.toContain('Chưa lấy tin');
  });

  it('says in Vietnamese what is wrong with an origin', async () => {
    await page.getByLabel('Tên đơn vị').fill(STATION);
    await page.getByLabel('Địa chỉ web được gọi từ trình duyệt (CORS)').fill('https://*.thsoctrang.vn');
    await page.getByRole('button', { name: 'Thêm và cấp mã truy cập' }).click();
    await page.getByText(/không dùng ký tự đại diện/).waitFor();
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  });

  it('replaces a token after asking: the old one is refused, the new one works', async () => {
    await page.getByLabel('Địa chỉ web được gọi từ trình duyệt (CORS)').fill('https://thsoctrang.vn');
    await page.getByRole('button', { name: 'Thêm và cấp mã truy cập' }).click();
    const first = await issuedToken();
    await closeTokenDialog(first);

    await page.getByRole('button', { name: `Cấp mã truy cập mới cho ${STATION}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cấp mã mới' }).click();
    const second = await issuedToken();
    expect(second).not.toBe(first);
    expect((await whoami(first)).status).toBe(401);
    expect((await whoami(second)).status).toBe(200);
    await closeTokenDialog(second);
  });

  it('revokes only once confirmed, with the keyboard', async () => {
    const revoke = page.getByRole('button', { name: `Thu hồi mã truy cập của ${NEWSPAPER}` });
    // Reached with Tab, as a keyboard user would: from "Cấp mã mới" of the same row.
    await page.getByRole('button', { name: `Cấp mã truy cập mới cho ${NEWSPAPER}` }).focus();
    await page.keyboard.press('Tab');
    await expect(revoke.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain('Không thể hoàn tác');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="alertdialog"]'))).toBe(true);
    // Escape leaves everything as it was.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await whoami(newspaperToken)).status).toBe(200);

    await revoke.focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    // textContent: the badge is upper-cased by CSS, which innerText applies.
    await expect.poll(() => row(NEWSPAPER).textContent()).toContain('Đã thu hồi');
    expect((await whoami(newspaperToken)).status).toBe(401);
    await expect(revoke.count()).resolves.toBe(0);
    expect(await visibleEnglish()).toEqual([]);
  });
});
