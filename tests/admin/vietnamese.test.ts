/**
 * The admin panel as editors meet it in production (built with NODE_ENV=production, served by
 * a real Strapi started in production mode), in headless Chromium with a fresh profile:
 *  - every screen of an editor's path is in Vietnamese, the login page included: no common
 *    English UI word in the visible text, accessible names or placeholders;
 *  - English stays selectable in the profile;
 *  - neither the Content-Type Builder nor the users-permissions "User" type is on offer
 *    (the User type is absent from the content manager: cms/src/extensions/users-permissions).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bootProductionCms, launchChromium } from './chromium';
import type { RunningCms } from '../support/strapi';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';

const ADMIN = { email: 'quantri@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
// Names that stay as they are in Vietnamese. Locale names come from the content model.
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', ADMIN.email];

let cms: RunningCms;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let articleId: string;

beforeAll(async () => {
  cms = await bootProductionCms(ADMIN);
  // An article of our own, so that the list and the edit view have something to show.
  const article = await cms.strapi.documents('api::article.article').create({
    locale: 'vi',
    data: { title: 'Bài viết thử nghiệm giao diện quản trị' } as never,
  });
  articleId = article.documentId;
  browser = await launchChromium();
  // A fresh profile: nothing in localStorage, so whatever shows is the default.
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/** Waits for the screen to settle (Strapi loads data after the first paint), then reads it. */
async function englishOn(path: string, ready: string): Promise<string[]> {
  if (path) await page.goto(`${cms.url}${path}`, { waitUntil: 'networkidle' });
  await page.getByText(ready, { exact: false }).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const text = (await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string;
  // ADMIN_SCREENS_DIR=/tmp/screens keeps each screen's text, to find the key of a stray word.
  const dumpDir = process.env.ADMIN_SCREENS_DIR;
  if (dumpDir) {
    mkdirSync(dumpDir, { recursive: true });
    writeFileSync(join(dumpDir, `${new URL(page.url()).pathname.replace(/\W+/g, '_')}.txt`), text);
  }
  return englishWordsIn(text, ALLOWED);
}

const articles = '/admin/content-manager/collection-types/api::article.article';

describe('the admin panel in Vietnamese (production build)', () => {
  it('opens the login page in Vietnamese for a new browser', async () => {
    await page.goto(`${cms.url}/admin`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/admin\/auth\/login/);
    expect(await englishOn('', 'Đăng nhập')).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('logs in and shows the home page in Vietnamese', async () => {
    await page.fill('input[name="email"]', ADMIN.email);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    expect(await englishOn('/admin', 'Xin chào')).toEqual([]);
  });

  it('shows the content manager list in Vietnamese, without the users-permissions User type', async () => {
    expect(await englishOn(articles, 'Bài viết thử nghiệm')).toEqual([]);
    const typeLinks = await page.$$eval('a[href*="/content-manager/"]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(typeLinks.some((href) => href.includes('api::article.article'))).toBe(true);
    expect(typeLinks.filter((href) => href.includes('users-permissions'))).toEqual([]);
  });

  it('shows the edit view of an article and the create view in Vietnamese', async () => {
    expect(await englishOn(`${articles}/${articleId}?plugins[i18n][locale]=vi`, 'Tiêu đề')).toEqual([]);
    expect(await englishOn(`${articles}/create?plugins[i18n][locale]=vi`, 'Tiêu đề')).toEqual([]);
  });

  it('shows the media library in Vietnamese', async () => {
    expect(await englishOn('/admin/plugins/upload', 'Thư viện')).toEqual([]);
  });

  it('shows the internationalization settings in Vietnamese', async () => {
    expect(await englishOn('/admin/settings/internationalization', 'Tiếng Việt (vi)')).toEqual([]);
  });

  it('has no Content-Type Builder in production: no menu link, no page, and model changes refused', async () => {
    await page.goto(`${cms.url}/admin`, { waitUntil: 'networkidle' });
    await page.locator('nav').first().waitFor();
    expect(await page.locator('nav a[href*="content-type-builder"]').count()).toBe(0);
    await page.goto(`${cms.url}/admin/plugins/content-type-builder`, { waitUntil: 'networkidle' });
    await expect(page.getByText(/Content-Type Builder|Trình tạo loại nội dung/).count()).resolves.toBe(0);
    // Strapi always loads its server part (an internal plugin cannot be disabled), but with
    // autoReload off it refuses every change to the model, even from the super admin.
    const login = await page.request.post(`${cms.url}/admin/login`, { data: ADMIN });
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const change = await page.request.post(`${cms.url}/content-type-builder/update-schema`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { data: { contentTypes: [], components: [] } },
    });
    expect(change.status()).toBe(403);
    expect(await change.text()).toMatch(/disabled in production/);
  });

  it('keeps English selectable in the profile, and the profile is in Vietnamese', async () => {
    expect(await englishOn('/admin/me', 'Ngôn ngữ giao diện')).toEqual([]);
    await page.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).click();
    await expect(page.getByRole('option', { name: 'English' }).count()).resolves.toBe(1);
    await expect(page.getByRole('option', { name: 'Tiếng Việt' }).count()).resolves.toBe(1);
  });
});
