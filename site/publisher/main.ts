/**
 * The site's publisher (README.md): listens on loopback for the CMS's
 * signed notifications and for previews (which the site server passes on), keeps the live
 * static site current.
 *
 *   node site/publisher/main.ts        (Node 24 runs the TypeScript as it is)
 */
import '@cchc/runtime/check';
import http from 'node:http';
import { PREVIEW_PATH, PUBLISHER_CHANGES_PATH, describeIssues, siteChangesSchema, verifyWebhook } from '@cchc/content-types';
import { publisherConfig } from './config.ts';
import { LockError, lockDataDir } from './lock.ts';
import { PREVIEW_ASSETS_PREFIX, PREVIEW_ASSET_MAX_AGE_MS, prunePreviewAssets, servePreviewAsset } from './preview-assets.ts';
import { servePreview } from './preview.ts';
import { startRenderer } from './renderer.ts';
import { startPublisher } from './service.ts';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const config = publisherConfig();
try {
  lockDataDir(config.root);
} catch (error) {
  if (!(error instanceof LockError)) throw error;
  console.error(`[publisher] ${error.message}`);
  process.exit(1);
}
const renderer = await startRenderer(config.rendererDir);
const publisher = await startPublisher(config, renderer);
const MAX_BODY = 256 * 1024;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/** A notification from the CMS: signed (Standard Webhooks), recent, well formed. */
async function changes(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  let payload: string;
  try {
    payload = await readBody(req);
  } catch {
    return json(res, 413, { error: 'body too large' });
  }
  const signed = verifyWebhook(config.publisherSecret, payload, req.headers);
  if (!signed.ok) return json(res, 401, { error: signed.reason });
  let parsed;
  try {
    parsed = siteChangesSchema.safeParse(JSON.parse(payload));
  } catch {
    return json(res, 400, { error: 'the body is not JSON' });
  }
  if (!parsed.success) return json(res, 400, { error: describeIssues(parsed.error) });
  publisher.notify(parsed.data.events);
  json(res, 202, { accepted: parsed.data.events.length });
}

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const work =
    req.method === 'POST' && path === PUBLISHER_CHANGES_PATH ? changes(req, res)
    : req.method === 'GET' && path === PREVIEW_PATH ? servePreview(req, res, { config, renderer, content: () => publisher.content() })
    : req.method === 'GET' && path.startsWith(PREVIEW_ASSETS_PREFIX) ? Promise.resolve(servePreviewAsset(req, res, config.root, config.previewSecret))
    : req.method === 'GET' && path === '/status' ? Promise.resolve(json(res, 200, publisher.status()))
    : Promise.resolve(json(res, 404, { error: 'not found' }));
  work.catch((error: Error) => {
    console.error(`[publisher] ${req.method} ${path}: ${error.stack ?? error.message}`);
    if (!res.headersSent) json(res, 500, { error: 'publisher error' });
  });
});

// A draft's images and files are kept while previews use them, then removed (preview-assets.ts).
const pruneDrafts = () =>
  prunePreviewAssets(config.root).then(
    (removed) => removed && console.log(`[publisher] removed ${removed} preview files not used for an hour`),
    (error: Error) => console.error(`[publisher] could not clean the preview files: ${error.message}`),
  );
await pruneDrafts();
setInterval(pruneDrafts, PREVIEW_ASSET_MAX_AGE_MS / 6).unref();

server.listen(config.port, config.host, () => {
  console.log(`[publisher] ready on http://${config.host}:${config.port}/ (live: ${publisher.status().live})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
