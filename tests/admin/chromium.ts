/** The browser as the admin tests drive it (tests/support/browser.ts), and the CMS they drive. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { bootCms, type RunningCms } from '../support/strapi';
import { adminPanelBuilt } from './panel';

export { launchBrowser as launchChromium } from '../support/browser';

/** The CMS as production runs it, serving the admin panel built by the global setup, with its administrator. */
export async function bootProductionCms(admin: { email: string; password: string }, env: Record<string, string> = {}): Promise<RunningCms> {
  await adminPanelBuilt();
  return bootCms('sqlite', { NODE_ENV: 'production', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, ...env }, { serveAdminPanel: true });
}

/** A fresh browser context signed in to the admin panel as `user` (a wide screen unless `options` say otherwise). */
export async function signIn(browser: Browser, cmsUrl: string, user: { email: string; password: string }, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, ...options })).newPage();
  await signInOn(page, cmsUrl, user);
  return page;
}

/** Signs `page` in to the admin panel as `user` (after `signOut`, the same context as another user). */
export async function signInOn(page: Page, cmsUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}

/**
 * Forgets the signed-in user of `page`'s context (its cookies and storage), keeping its HTTP
 * cache: signing in again there skips loading the admin's bundle anew, which a new context
 * does (ten seconds and more on a busy machine).
 */
export async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}
