/** Headless Debian chromium as the admin tests drive it (no network of its own, no first-run screens), and the CMS they drive. */
import { chromium, type Browser } from 'playwright-core';
import { bootCms, type RunningCms } from '../support/strapi';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The CMS as production runs it, serving the admin panel built by the global setup, with its administrator. */
export function bootProductionCms(admin: { email: string; password: string }, env: Record<string, string> = {}): Promise<RunningCms> {
  return bootCms('sqlite', { NODE_ENV: 'production', SEED_DEMO: 'false', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, ...env }, { serveAdminPanel: true });
}
