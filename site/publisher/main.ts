/**
 * The site's publisher (ARCHITECTURE.md, "Publish to live"): listens on loopback for the CMS's
 * signed notifications and for previews (which the site server passes on), keeps the live
 * static site current.
 *
 *   node site/publisher/main.ts        (Node 24 runs the TypeScript as it is)
 */
import '@cchc/runtime/check';
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { publisherConfig } from './config.ts';
import { servePreview } from './preview.ts';
import { startRenderer } from './renderer.ts';
import { startPublisher, type Notified } from './service.ts';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const config = publisherConfig();
const renderer = await startRenderer(config.rendererDir);
const publisher = await startPublisher(config, renderer);
const webhook = new Webhook(config.publisherSecret);
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
  let body: unknown;
  try {
    body = webhook.verify(payload, req.headers as Record<string, string>);
  } catch {
    return json(res, 401, { error: 'bad or missing signature' });
  }
  const events = (body as { events?: unknown }).events;
  if (!Array.isArray(events) || !events.every((e: Partial<Notified>) => Number.isInteger(e.id) && typeof e.type === 'string' && typeof e.documentId === 'string')) {
    return json(res, 400, { error: 'events must be a list of { id, action, type, documentId, locale }' });
  }
  publisher.notify(events as Notified[]);
  json(res, 202, { accepted: events.length });
}

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  const work =
    req.method === 'POST' && path === '/changes' ? changes(req, res)
    : req.method === 'GET' && path === '/_preview/' ? servePreview(req, res, { config, renderer, content: () => publisher.content() })
    : req.method === 'GET' && path === '/status' ? Promise.resolve(json(res, 200, publisher.status()))
    : Promise.resolve(json(res, 404, { error: 'not found' }));
  work.catch((error: Error) => {
    console.error(`[publisher] ${req.method} ${path}: ${error.stack ?? error.message}`);
    if (!res.headersSent) json(res, 500, { error: 'publisher error' });
  });
});

server.listen(config.port, config.host, () => {
  console.log(`[publisher] ready on http://${config.host}:${config.port}/ (live: ${publisher.status().live})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
