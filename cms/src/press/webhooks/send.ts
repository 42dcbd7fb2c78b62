/**
 * One webhook request: the change entry in the body `{ type, timestamp, data }`, signed in the
 * Standard Webhooks format with the endpoint's secret (`signWebhook`, the same signing as the
 * site publisher's), `webhook-id` the change's own (the same on every retry), a fresh
 * timestamp and signature per attempt. No redirects are followed (a receiver that moved must be
 * registered again, and a redirect cannot take the request elsewhere); a time-out is a failure.
 * A failure's `error` is shown to the administrator in the delivery log: in Vietnamese, or the
 * receiver's own words, or a system error code (ECONNREFUSED).
 */
import { signWebhook, webhookEventType, webhookMessageId, type ChangeEntry, type PressWebhook } from '@cchc/content-types';

export type SendOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** The body of a change's webhook, exactly as sent and signed (the same on every attempt). */
export function webhookBody(entry: ChangeEntry): string {
  const body: PressWebhook = { type: webhookEventType(entry.change), timestamp: entry.at, data: entry };
  return JSON.stringify(body);
}

export async function sendWebhook(url: string, secret: string, entry: ChangeEntry, timeoutMs: number): Promise<SendOutcome> {
  const payload = webhookBody(entry);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'CCHC-Soc-Trang-Webhooks/1', ...signWebhook(secret, webhookMessageId(entry.eventId), payload) },
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    const reason = name === 'TimeoutError' ? `không trả lời trong ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { ok: false, status: null, error: reason };
  }
  // Read (and drop) the answer so the connection is released; keep a little for the log.
  const text = await response.text().catch(() => '');
  if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
  if (response.status >= 300 && response.status < 400) return { ok: false, status: response.status, error: 'trả lời chuyển hướng, không đi theo' };
  return { ok: false, status: response.status, error: text.slice(0, 200) || `HTTP ${response.status}` };
}
