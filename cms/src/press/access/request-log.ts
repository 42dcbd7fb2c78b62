/**
 * One line per press request, with the outlet's name and its token's visible prefix, never the
 * token: the door reads it from the Authorization header only, which is not logged, and a token
 * a client put in the URL anyway is masked. Strapi's `strapi::logger` never sees these requests
 * (the door answers before it). Through Strapi's logger at level `http`, like its own request lines.
 * `LOG_LEVEL` decides whether they are shown (the default, `http`, shows them).
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

export function logLine({ method, url, status, bytes, ms, outlet }: LoggedRequest): string {
  const safeUrl = url.includes(TOKEN_PREFIX) ? url.replace(LEAKED_TOKEN, `${TOKEN_PREFIX}[hidden]`) : url;
  const who = outlet ? `"${outlet.name}" ${outlet.tokenPrefix}…` : '-';
  return `[press] ${who} ${method} ${safeUrl} ${status} ${bytes} B (${ms.toFixed(1)} ms)`;
}

/** Skipped, format and all, when no transport shows `http` (LOG_LEVEL=warn): this is the hot path. */
export const logRequest = (strapi: Core.Strapi, request: LoggedRequest): void => {
  if (strapi.log.isLevelEnabled('http')) strapi.log.http(logLine(request));
};
