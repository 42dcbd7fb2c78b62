/**
 * The CMS sends a change again when the publisher accepted it and never reported on it
 * (cms/src/site-publisher/resend.ts): a real CMS (PostgreSQL) and a real HTTP receiver in the
 * publisher's place that answers 202 and reports nothing, as a publisher killed after its 202
 * would. The editor's panel says the change was sent again; a report ends the re-sends.
 */
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { UID } from '@strapi/strapi';
import { PUBLISHER_REPORTS_PATH, paragraphs, signWebhook, siteChangesSchema, uidOf, type SiteChange } from '@cchc/content-types';
import { bootCms, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, createAdminUser } from '../support/admin-users';

const ARTICLE = uidOf('article') as UID.ContentType;
const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const RESEND_MS = 1_500;

async function until(what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the CMS sends again what the publisher never reported on', () => {
  let server: Server;
  /** Every verified message received: its webhook-id and change. */
  const received: { webhookId: string; change: SiteChange }[] = [];
  let cms: RunningCms;
  let editor: AdminClient;
  let agency: string;
  let imageId: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const payload = Buffer.concat(chunks).toString('utf8');
        new Webhook(SECRET).verify(payload, req.headers as Record<string, string>);
        for (const change of siteChangesSchema.parse(JSON.parse(payload)).events) received.push({ webhookId: String(req.headers['webhook-id']), change });
        // Accepted, as the publisher answers before its work is done; no report follows.
        res.writeHead(202, { 'Content-Type': 'application/json' }).end('{"accepted":1}');
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    cms = await bootCms('postgres', {
      SITE_PUBLISHER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      SITE_PUBLISHER_SECRET: SECRET,
      SITE_PUBLISHER_RESEND_MS: String(RESEND_MS),
      EVENTS_POLL_MS: '100',
    });
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរមហាផ្ទៃ', en: 'Department of Home Affairs' }, { code: 'so-noi-vu-gui-lai', agencyKind: 'department' });
    imageId = await uploadTestImage(cms.strapi);
    editor = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, 'editor@resend.test', ['cchc-editor']));
  });
  afterAll(async () => {
    await cms?.stop();
    server?.closeAllConnections();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  });

  const panel = async (documentId: string) => (await editor.get(`/cchc-workflow/documents/article/${documentId}?locale=vi`)).body;
  const report = async (eventId: number) => {
    const payload = JSON.stringify({ reports: [{ eventId, state: 'live', at: new Date().toISOString(), pages: 4 }] });
    const res = await fetch(`${cms.url}${PUBLISHER_REPORTS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signWebhook(SECRET, `report-${eventId}`, payload) },
      body: payload,
    });
    expect(res.status, await res.text()).toBe(200);
  };

  it('sends an accepted, unreported change again, says so in the panel, and stops once it is reported', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const { documentId } = await docs.create({
      locale: 'vi',
      data: { title: 'Lịch tiếp công dân tháng Mười hai', summary: 'Tóm tắt lịch tiếp công dân.', body: paragraphs('Nội dung'), agency, cover: { image: imageId, alt: 'Ảnh minh họa' } },
    } as never);
    await docs.publish({ documentId, locale: 'vi' } as never);
    const ofDocument = () => received.filter((r) => r.change.documentId === documentId);
    await until('the publish delivered', () => ofDocument().length >= 1);
    const eventId = ofDocument()[0]!.change.id;

    // No report: the same change again, with the same webhook-id, after RESEND_MS.
    await until('the change sent again', () => ofDocument().length >= 2);
    expect(ofDocument().every((r) => r.change.id === eventId && r.webhookId === `event-${eventId}`)).toBe(true);
    const waiting = (await panel(documentId)).sitePublication;
    expect(waiting).toMatchObject({ eventId, state: 'pending' });
    expect(waiting.sends).toBeGreaterThanOrEqual(2);
    expect(waiting.message).toMatch(/đã gửi lại thay đổi này \d+ lần/);

    // Reported: the panel says live, and nothing more is sent.
    await report(eventId);
    expect((await panel(documentId)).sitePublication).toMatchObject({ eventId, state: 'live', pages: 4, message: null, sends: 0 });
    const sendsAtReport = ofDocument().length;
    await new Promise((r) => setTimeout(r, RESEND_MS * 3));
    expect(ofDocument().length).toBe(sendsAtReport);
  });
});
