/**
 * What the press API's reads answer, and what they are asked: the contract between the front
 * door (`access/`: the outlet's token, its rate limit and CORS, the request log, `304`) and the
 * reads behind it (`changes/`: the change feed; `items/`: item reads; the OpenAPI document).
 *
 * A read returns its body already serialised, with its validators: the answers newsrooms poll
 * are computed once and kept until a change invalidates them, so the front door can serve them
 * (and answer `If-None-Match` / `If-Modified-Since` with 304) without asking again.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errorEnvelope } from '../shared/error-envelope';

export interface PressOutlet {
  id: number;
  /** The outlet's name as the administrator gave it ("Báo Sóc Trăng"): what the logs show. */
  name: string;
  /** The visible start of its token (`cchc_press_Ab12Cd`), never the token. */
  tokenPrefix?: string;
}

/** Who `outlet` is on a public route (the OpenAPI document): no token was asked for. */
export const PUBLIC_CALLER: PressOutlet = { id: 0, name: '(public)' };

export interface PressRequest {
  /** The route's parameters (`:type`, `:documentId`). */
  params: Record<string, string>;
  query: URLSearchParams;
  outlet: PressOutlet;
  /**
   * Absolute origin of the press API, for links (`next`, `item`): PUBLIC_CMS_URL when it is set,
   * else the request's own origin (its Host header). A read that keeps answers across requests
   * keys them by this too, or one client's Host header would reach another's links.
   */
  apiUrl: string;
}

export interface PressAnswer {
  status: number;
  /** The serialised body (JSON unless `contentType` says otherwise). */
  body: string;
  contentType?: string;
  /** A strong validator of `body`. */
  etag?: string;
  lastModified?: Date;
  /** Further headers (`Link`, `Cache-Control`). */
  headers?: Record<string, string>;
}

export type PressRead = (strapi: Core.Strapi, request: PressRequest) => Promise<PressAnswer>;

/** A JSON error answer in Strapi's error shape, so clients parse one shape everywhere. */
export function pressError(status: number, name: string, message: string, details: Record<string, unknown> = {}): PressAnswer {
  return { status, body: JSON.stringify(errorEnvelope(status, name, message, details)) };
}

/** A strong ETag of a serialised body: its SHA-256, shortened (160 bits are plenty to tell bodies apart). */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
