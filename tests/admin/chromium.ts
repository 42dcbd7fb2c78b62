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
  await page.goto(`${cmsUrl}/admin/auth/login`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}
