/**
 * Sends again the changes the publisher accepted and never reported on (notifications.ts): a
 * publisher killed or restarted after its 202 has lost them. Every `resendAfterMs`, each change
 * accepted longer ago than that and still unreported is POSTed again, as first sent (the same
 * webhook-id, a fresh signature); the publisher publishes it (again) and reports. There is no
 * last attempt: the editor's panel says how often it was sent (status.ts), and it goes on
 * until the publisher answers.
 */
import type { Core } from '@strapi/strapi';
import { Loop } from '../shared/loop';
import { sendChange } from './listener';
import { recordSent, unreported } from './notifications';
import { settingsOf } from './settings';

/** At most this many changes a pass: a publisher back from a long outage is not flooded. */
const BATCH = 100;

let loop: Loop | undefined;

async function resendPass(strapi: Core.Strapi): Promise<void> {
  const { resendAfterMs } = settingsOf(strapi);
  const waiting = await unreported(strapi, new Date(Date.now() - resendAfterMs), BATCH);
  for (const change of waiting) {
    try {
      await sendChange(strapi, change.eventId, change.payload);
    } catch (error) {
      // Down or refusing: the next pass tries again, from the oldest.
      strapi.log.warn(`[site-publisher] could not send event ${change.eventId} again: ${(error as Error).message}`);
      return;
    }
    await recordSent(strapi, [change]);
    strapi.log.info(`[site-publisher] sent event ${change.eventId} again: no report since ${change.lastSentAt} (sent ${change.sends + 1} times)`);
  }
}

export function startResending(strapi: Core.Strapi): void {
  const { url, resendAfterMs } = settingsOf(strapi);
  if (!url) return;
  // Checked a few times per period, so a change waits at most about 1.25 × resendAfterMs.
  loop = new Loop(Math.max(500, Math.floor(resendAfterMs / 4)), () => resendPass(strapi), (error) =>
    strapi.log.error(`[site-publisher] the re-send pass failed: ${(error as Error).stack ?? String(error)}`),
  );
  loop.start();
}

export async function stopResending(): Promise<void> {
  await loop?.stop();
  loop = undefined;
}
