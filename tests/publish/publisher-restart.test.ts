/**
 * The publisher's robustness, end to end with the real CMS (PostgreSQL), publisher and site
 * server: one publisher per data folder (a second one refuses to start; a killed one's lock is
 * taken over); a change the publisher accepted and then lost in a kill is live after it
 * restarts, and the editor's panel says so (the CMS sends it again: cms/src/site-publisher/
 * resend.ts); a draft's images are read only with the preview's token, and removed when unused.
 */
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { documentPath, signPreviewToken, uidOf } from '@cchc/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient, createAdminUser } from '../support/admin-users';
import { cmsPublishingEnv, publishingEnv, startPublishing, type RunningSite } from '../support/publisher';
import { freePort } from '../support/site-build';
import { bootCms, type RunningCms } from '../support/strapi';
import { DEMO_BOOT_TIMEOUT_MS } from '../support/templates';

let cms: RunningCms;
let site: RunningSite;
let strapi: Core.Strapi;
let editor: AdminClient;

const ARTICLE = uidOf('article') as UID.ContentType;

async function until<T>(what: string, ready: () => Promise<T | undefined | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ready();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  const env = await publishingEnv();
  cms = await bootCms('postgres', { ...cmsPublishingEnv(env), SITE_PUBLISHER_RESEND_MS: '2000' }, { from: 'demo' });
  strapi = cms.strapi;
  editor = await AdminClient.login(cms.url, await createAdminUser(strapi, 'editor@restart.test', ['cchc-editor']));
  // A publisher that accepts changes and waits ten minutes before it publishes them: killed in
  // that time, it has accepted them and done nothing.
  site = await startPublishing(cms.url, env, { PUBLISHER_QUIET_MS: '600000', PUBLISHER_MAX_WAIT_MS: '600000' });
}, DEMO_BOOT_TIMEOUT_MS + 20 * 60_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('a publisher killed after it accepted a change', () => {
  it('refuses a second publisher on its data folder; after a kill, its successor takes the lock, and the change is live and reported', async () => {
    const [article] = (await strapi.documents(ARTICLE).findMany({ locale: 'vi', status: 'published', fields: ['documentId', 'slug', 'title'], limit: 1 } as never)) as unknown as {
      documentId: string;
      slug: string;
    }[];
    const title = 'Tiêu đề mới sau khi bộ xuất bản khởi động lại';
    await strapi.documents(ARTICLE).update({ documentId: article!.documentId, locale: 'vi', data: { title } } as never);
    await strapi.documents(ARTICLE).publish({ documentId: article!.documentId, locale: 'vi' } as never);
    const eventId = await until('the publish event', async () => {
      const row = (await strapi.db.connection('document_events').where({ document_id: article!.documentId, locale: 'vi', action: 'publish' }).max({ id: 'id' }).first()) as { id?: number | string };
      return row?.id ? Number(row.id) : undefined;
    });
    // The publisher accepted it (202) and holds it, unpublished.
    await until('the change accepted', async () => {
      const s = await site.status();
      return s.pending > 0 && s.liveUpTo < eventId && (await cmsSentChange(eventId));
    });

    // A second publisher on the same data folder refuses to start, and says why.
    // It stops within seconds (the lock is its first step); one still running after 45 s did not refuse.
    const other = await site.runOtherPublisher(await freePort(), 45_000);
    expect(other.code, other.output).toBe(1);
    expect(other.output).toMatch(/Another publisher \(process \d+ .*\) uses SITE_DATA_DIR=/);

    // Killed: the accepted change is lost with it, and its lock is left behind.
    site.publisher.kill('SIGKILL');
    await new Promise((r) => site.publisher.once('exit', r));
    expect(existsSync(join(site.root, 'publisher.lock'))).toBe(true);
    expect((await editor.get(`/cchc-workflow/documents/article/${article!.documentId}?locale=vi`)).body.sitePublication).toMatchObject({ eventId, state: 'pending' });

    // The successor takes over the dead publisher's lock and starts.
    await site.restartPublisher();

    // The CMS sends the unreported change again: it is live, and the editor's panel says so.
    const shown = await until(
      'the panel says live',
      async () => {
        const s = (await editor.get(`/cchc-workflow/documents/article/${article!.documentId}?locale=vi`)).body.sitePublication;
        return s?.state === 'live' ? s : undefined;
      },
      90_000,
    );
    expect(shown).toMatchObject({ eventId, action: 'publish', state: 'live', message: null });
    const page = await fetch(`${site.env.siteUrl}${documentPath('article', 'vi', article!.slug)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(title);
  }, 6 * 60_000);
});

describe("a draft's images", () => {
  it('are removed when no preview used them for an hour', async () => {
    const previews = join(site.root, 'preview', 'client', '_img');
    mkdirSync(previews, { recursive: true });
    writeFileSync(join(previews, 'cu-ban-nhap.avif'), 'old draft');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(previews, 'cu-ban-nhap.avif'), twoHoursAgo, twoHoursAgo);
    writeFileSync(join(previews, 'moi-ban-nhap.avif'), 'fresh draft');
    const [article] = (await strapi.documents(ARTICLE).findMany({ locale: 'vi', status: 'published', fields: ['documentId'], limit: 1 } as never)) as unknown as { documentId: string }[];
    const token = signPreviewToken({ type: 'article', documentId: article!.documentId, locale: 'vi' }, site.env.previewSecret);
    expect((await fetch(`${site.env.siteUrl}/_preview/?token=${encodeURIComponent(token)}`)).status).toBe(200);
    expect(existsSync(join(previews, 'cu-ban-nhap.avif'))).toBe(false);
    expect(existsSync(join(previews, 'moi-ban-nhap.avif'))).toBe(true);
  });

  it('are linked behind the preview token, and refused without it', async () => {
    const [article] = (await strapi.documents(ARTICLE).findMany({ locale: 'vi', status: 'published', fields: ['documentId'], limit: 1 } as never)) as unknown as { documentId: string }[];
    const token = signPreviewToken({ type: 'article', documentId: article!.documentId, locale: 'vi' }, site.env.previewSecret);
    const preview = await fetch(`${site.env.siteUrl}/_preview/?token=${encodeURIComponent(token)}`);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    // Every image and file of the preview is read through the token route, none from the public site.
    expect(html).not.toMatch(/(src|srcset|href)="[^"]*(^|[\s,"])\/(_img|files)\//);
    const image = /\/_preview\/assets\/_img\/[\w.-]+\?token=[\w.%-]+/.exec(html)?.[0];
    expect(image, 'the preview shows an image').toBeTruthy();
    const withToken = await fetch(`${site.env.siteUrl}${image!.replaceAll('&amp;', '&')}`);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('cache-control')).toBe('private, no-store');
    const withoutToken = await fetch(`${site.env.siteUrl}${image!.split('?')[0]}`);
    expect(withoutToken.status).toBe(401);
    const forged = await fetch(`${site.env.siteUrl}${image!.split('?')[0]}?token=${encodeURIComponent(signPreviewToken({ type: 'article', documentId: article!.documentId, locale: 'vi' }, 'not-the-secret-not-the-secret-xx'))}`);
    expect(forged.status).toBe(401);
  });
});

/** Whether the CMS's notifier has passed this event (the publisher answered 2xx). */
async function cmsSentChange(eventId: number): Promise<boolean> {
  const row = (await strapi.db.connection('document_event_cursors').where({ listener: 'site-publisher' }).first()) as { position?: number | string } | undefined;
  return Number(row?.position ?? 0) >= eventId;
}
