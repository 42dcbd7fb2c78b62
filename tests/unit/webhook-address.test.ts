/**
 * Press webhooks reach newsrooms on the internet, never this machine or an internal network
 * (cms/src/press/webhooks/public-address.ts): an address written as an IP is refused when the
 * endpoint is registered and before each send, and a name is judged on its DNS answer when the
 * connection is made. Generated spellings of internal addresses (fast-check: 300 with a
 * fixed seed in `npm test`, 5,000 with the date's seed in `npm run test:deep`;
 * WEBHOOK_ADDRESS_FUZZ_SEED / WEBHOOK_ADDRESS_FUZZ_RUNS replay a printed run); a real socket on loopback must see no connection.
 */
import { createServer as createTcpServer, type Server } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEndpointUrl } from '../../cms/src/press/webhooks/url';
import { mayConnectTo } from '../../cms/src/press/webhooks/public-address';
import { sendWebhook } from '../../cms/src/press/webhooks/send';
import type { ChangeEntry } from '@cchc/content-types';
import { generated } from '../support/generated';

const { seed, runs } = generated('WEBHOOK_ADDRESS_FUZZ', { ci: 300, deep: 5_000 }, 'webhook address');

const byte = fc.integer({ min: 0, max: 255 });
/** An internal IPv4 address, as four numbers. */
const internalV4 = fc.oneof(
  fc.tuple(fc.constant(127), byte, byte, byte),
  fc.tuple(fc.constant(10), byte, byte, byte),
  fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), byte, byte),
  fc.tuple(fc.constant(192), fc.constant(168), byte, byte),
  fc.tuple(fc.constant(169), fc.constant(254), byte, byte),
  fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), byte, byte),
  fc.tuple(fc.constant(0), byte, byte, byte),
);
const asInt = ([a, b, c, d]: number[]) => ((a! << 24) >>> 0) + (b! << 16) + (c! << 8) + d!;
/** The many ways a URL can spell one IPv4 address (the URL parser normalises them all). */
const spellings = (ip: number[]): string[] => [
  ip.join('.'),
  String(asInt(ip)),
  `0x${asInt(ip).toString(16)}`,
  ip.map((n) => `0${n.toString(8)}`).join('.'),
  `${ip[0]}.${(ip[1]! << 16) + (ip[2]! << 8) + ip[3]!}`,
  `[::ffff:${ip.join('.')}]`,
];

describe('webhook endpoints are addresses of the internet', () => {
  it('refuses every spelling of an internal IPv4 address, even where http to loopback is allowed', () => {
    fc.assert(
      fc.property(internalV4, fc.boolean(), fc.constantFrom('https:', 'http:'), (ip, allowLoopback, protocol) => {
        for (const host of spellings(ip)) {
          const check = checkEndpointUrl(`${protocol}//${host}/hook`, allowLoopback);
          // Loopback only where the setting allows it (the tests' receivers), in any spelling.
          const loopbackAllowed = allowLoopback && ip[0] === 127;
          expect(check.ok, `${protocol}//${host}`).toBe(loopbackAllowed);
        }
      }),
      { seed, numRuns: runs },
    );
  });

  it('refuses internal IPv6 addresses and accepts addresses of the internet', () => {
    for (const host of ['[::1]', '[::]', '[fe80::1]', '[fd12:3456::1]', '[::ffff:7f00:1]', '[64:ff9b::a00:1]']) {
      expect(checkEndpointUrl(`https://${host}/hook`, false).ok, host).toBe(false);
    }
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom(1, 8, 9, 14, 45, 93, 113, 203), fc.integer({ min: 1, max: 99 }), byte, fc.integer({ min: 1, max: 254 })), (ip) => {
        expect(checkEndpointUrl(`https://${ip.join('.')}/hook`, false).ok).toBe(true);
        expect(mayConnectTo(ip.join('.'), false)).toBe(true);
      }),
      { seed, numRuns: Math.ceil(runs / 3) },
    );
    expect(checkEndpointUrl('https://newsroom.example.vn/hooks/cchc', false).ok).toBe(true);
  });
});

describe('a webhook is never sent to a name that answers with an internal address', () => {
  let tcp: Server;
  let connections = 0;
  let port = 0;
  beforeAll(async () => {
    tcp = createTcpServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    port = (tcp.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => tcp.close(() => resolve())));

  const entry = { eventId: 1, change: 'created', at: new Date().toISOString() } as unknown as ChangeEntry;

  it('refuses localhost (a name, so only its DNS answer tells) without connecting', async () => {
    for (const host of ['localhost', 'LOCALHOST']) {
      const outcome = await sendWebhook(`https://${host}:${port}/hook`, 'whsec_' + Buffer.from('k'.repeat(32)).toString('base64'), entry, 2_000);
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? '' : outcome.error).toMatch(/địa chỉ nội bộ/);
    }
    expect(connections).toBe(0);
  });

  it('sends to loopback by name only where the setting allows it (the tests\' receivers)', async () => {
    const received: string[] = [];
    const http = createHttpServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://localhost:${(http.address() as AddressInfo).port}/hook`;
    const secret = 'whsec_' + Buffer.from('k'.repeat(32)).toString('base64');
    expect(await sendWebhook(url, secret, entry, 2_000, false)).toMatchObject({ ok: false });
    expect(received).toHaveLength(0);
    expect(await sendWebhook(url, secret, entry, 2_000, true)).toEqual({ ok: true, status: 204 });
    expect(JSON.parse(received[0]!)).toMatchObject({ data: { eventId: 1 } });
    await new Promise<void>((resolve) => http.close(() => resolve()));
  });
});
