/**
 * A newsroom's webhook receiver on 127.0.0.1 for the press webhook tests: it verifies every
 * request with the `standardwebhooks` library and the endpoint's secret, and can answer 503
 * (`failing`) or be down (its port closed).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { pressWebhookSchema, type PressWebhook } from '@cchc/content-types';

export interface Received {
  webhookId: string;
  verified: boolean;
  body: PressWebhook;
}

/** A newsroom's receiver: verifies each request; can answer 503 or be down (its port closed). */
export class Receiver {
  private server: Server | null = null;
  port = 0;
  secret = '';
  failing = false;
  /** Every request that reached it, failed ones too, in arrival order. */
  requests: { webhookId: string; failed: boolean }[] = [];
  /** Verified and answered 2xx. */
  accepted: Received[] = [];

  async up(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => server.listen(this.port, '127.0.0.1', () => ok()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((ok) => server.close(() => ok(undefined)));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/cchc`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const payload = Buffer.concat(chunks).toString('utf8');
    const webhookId = String(req.headers['webhook-id']);
    if (this.failing) {
      this.requests.push({ webhookId, failed: true });
      res.writeHead(503).end('bảo trì');
      return;
    }
    let verified = false;
    try {
      new Webhook(this.secret).verify(payload, req.headers as Record<string, string>);
      verified = true;
    } catch {
      verified = false;
    }
    this.requests.push({ webhookId, failed: !verified });
    if (verified) this.accepted.push({ webhookId, verified, body: pressWebhookSchema.parse(JSON.parse(payload)) });
    res.writeHead(verified ? 204 : 401).end();
  }

  /** What a receiver keeps after dropping repeats of a webhook-id. */
  deduped(): Received[] {
    const seen = new Set<string>();
    return this.accepted.filter((r) => !seen.has(r.webhookId) && seen.add(r.webhookId));
  }
}
