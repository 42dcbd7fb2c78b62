/**
 * One webhook request: the change entry in the body `{ type, timestamp, data }`, signed in the
 * Standard Webhooks format with the endpoint's secret (`signWebhook`, the same signing as the
 * site publisher's), `webhook-id` the change's own (the same on every retry), a fresh
 * timestamp and signature per attempt. No redirects are followed (a receiver that moved must be
 * registered again, and a redirect cannot take the request elsewhere); a time-out is a failure.
 * The connection goes only to an address of the internet (public-address.ts), or to this
 * machine where the setting allows it (tests).
 * A failure's `error` is shown to the administrator in the delivery log: in Vietnamese, or the
 * receiver's own words, or a system error code (ECONNREFUSED).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { signWebhook, webhookEventType, webhookMessageId, type ChangeEntry, type PressWebhook } from '@cchc/content-types';
import { publicOnlyLookup } from './public-address';

export type SendOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** The body of a change's webhook, exactly as sent and signed (the same on every attempt). */
export function webhookBody(entry: ChangeEntry): string {
  const body: PressWebhook = { type: webhookEventType(entry.change), timestamp: entry.at, data: entry };
  return JSON.stringify(body);
}

/** At most this much of a receiver's answer is read (the log shows 200 characters of it). */
const MAX_ANSWER_BYTES = 4096;

interface Answer {
  status: number;
  text: string;
}

/** One POST with node's own client, whose DNS lookup we can judge (fetch's cannot be given one). */
function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number, allowLoopback: boolean): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = client(
      target,
      { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, lookup: publicOnlyLookup(allowLoopback), signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size >= MAX_ANSWER_BYTES) response.destroy();
        });
        const done = () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8') });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function sendWebhook(url: string, secret: string, entry: ChangeEntry, timeoutMs: number, allowLoopback = false): Promise<SendOutcome> {
  const payload = webhookBody(entry);
  const headers = { 'Content-Type': 'application/json', 'User-Agent': 'CCHC-Soc-Trang-Webhooks/1', ...signWebhook(secret, webhookMessageId(entry.eventId), payload) };
  let answer: Answer;
  try {
    // No redirect is followed: node's client never does.
    answer = await post(url, headers, payload, timeoutMs, allowLoopback);
  } catch (error) {
    const { name, code, message } = error as { name?: string; code?: string; message: string };
    const reason = name === 'TimeoutError' || name === 'AbortError' ? `không trả lời trong ${timeoutMs} ms` : code === 'EINTERNALADDRESS' ? message : (code ?? message);
    return { ok: false, status: null, error: reason };
  }
  const { status, text } = answer;
  if (status >= 200 && status < 300) return { ok: true, status };
  if (status >= 300 && status < 400) return { ok: false, status, error: 'trả lời chuyển hướng, không đi theo' };
  return { ok: false, status, error: text.slice(0, 200) || `HTTP ${status}` };
}
