/**
 * The on-demand renderer: the site built with every route on demand (`SITE_BUILD=renderer`,
 * site/astro.config.ts), loaded into this process. It renders with whatever content snapshot
 * the publisher set (`useContent`), so a page rendered here equals the full build's page for
 * the same content. Its handler listens on an ephemeral loopback port that only this process
 * uses; each request carries the page record to fill (Astro `locals`).
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newPageRecord, type PageRecord } from '../src/lib/page-record.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: undefined, locals: object) => void;

export interface Rendered {
  status: number;
  body: Buffer;
  contentType: string;
  record: PageRecord;
}

export interface Renderer {
  /** Renders one site path (`/tin-bai/abc/`), with `locals` for the page (a preview's draft). */
  render(path: string, locals?: Partial<App.Locals>): Promise<Rendered>;
  close(): Promise<void>;
}

export async function startRenderer(rendererDir: string): Promise<Renderer> {
  const entry = join(rendererDir, 'server', 'entry.mjs');
  if (!existsSync(entry)) throw new Error(`No renderer build at ${rendererDir}: run \`SITE_BUILD=renderer npm run build -w site\`.`);
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };

  const pending = new Map<string, object>();
  let sequence = 0;
  const server = http.createServer((req, res) => {
    const locals = pending.get(String(req.headers['x-render-id']));
    if (!locals) {
      res.writeHead(403).end();
      return;
    }
    handler(req, res, undefined, locals);
  });
  // No idle time-out on these loopback connections: with Node's 5 s, a publish that came about
  // 5 s after the last one sent its first renders on sockets the server was closing, and those
  // pages failed with "read ECONNRESET" (bench:publish at 10,000, up to three a publish).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // Keep-alive: hundreds of renders per publish go over a few connections.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

  function get(path: string, id: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent, headers: { 'x-render-id': id } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
  }

  return {
    async render(path, locals = {}) {
      const id = String(++sequence);
      const record = newPageRecord();
      pending.set(id, { ...locals, pageRecord: record });
      try {
        const answer = await get(path, id);
        return { status: answer.status, body: answer.body, contentType: String(answer.headers['content-type'] ?? ''), record };
      } finally {
        pending.delete(id);
      }
    },
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
