/**
 * One line per press request, with the outlet's name and its token's visible prefix, never the
 * token: the door reads it from the Authorization header only, which is not logged, and a token
 * a client put in the URL anyway is masked. Strapi's `strapi::logger` never sees these requests
 * (the door answers before it). Through Strapi's logger at level `http`, like its own request lines.
 * `LOG_LEVEL` decides whether they are shown (the default, `http`, shows them).
 *
 * Lines are handed to the logger together, every BATCH_MS, one line per request and each with
 * its own time: the logger's formatting per call (time stamp, colours) was the largest cost of
 * a kept answer (the press benchmark, at production's log level, lost about a fifth of its
 * throughput to it).
 */
import type { Core } from '@strapi/strapi';
import { TOKEN_PREFIX } from './token';

const LEAKED_TOKEN = /cchc_press_[A-Za-z0-9_%-]*/g;

export interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  bytes: number;
  ms: number;
  outlet?: { name: string; tokenPrefix: string };
}

export function logLine({ method, url, status, bytes, ms, outlet }: LoggedRequest, at = new Date()): string {
  const safeUrl = url.includes(TOKEN_PREFIX) ? url.replace(LEAKED_TOKEN, `${TOKEN_PREFIX}[hidden]`) : url;
  const who = outlet ? `"${outlet.name}" ${outlet.tokenPrefix}…` : '-';
  return `[press] ${who} ${method} ${safeUrl} ${status} ${bytes} B (${ms.toFixed(1)} ms) at ${at.toISOString()}`;
}

const BATCH_MS = 50;
const pending = new WeakMap<Core.Strapi, string[]>();

/** Hands the waiting lines to the logger (also at stop, so none is lost). */
export function flushRequestLog(strapi: Core.Strapi): void {
  const lines = pending.get(strapi);
  if (!lines?.length) return;
  pending.delete(strapi);
  strapi.log.http(lines.join('\n'));
}

/** Skipped, format and all, when no transport shows `http` (LOG_LEVEL=warn): this is the hot path. */
export const logRequest = (strapi: Core.Strapi, request: LoggedRequest): void => {
  if (!strapi.log.isLevelEnabled('http')) return;
  let lines = pending.get(strapi);
  if (!lines) {
    pending.set(strapi, (lines = []));
    setTimeout(() => flushRequestLog(strapi), BATCH_MS).unref();
  }
  lines.push(logLine(request));
};
