/**
 * What the press API's reads answer, and what they are asked: the contract between the front
 * door (`access/`: the outlet's token, its rate limit and CORS, the request log, `304`) and the
 * reads behind it (`changes/`: the change feed; `items/`: item reads; the OpenAPI document).
 *
 * A read returns its body already serialised, with its validators: the answers newsrooms poll
 * are computed once and kept until a change invalidates them, so the front door can serve them
 * (and answer `If-None-Match` / `If-Modified-Since` with 304) without asking again.
 */
import type { Core } from '@strapi/strapi';

export interface PressOutlet {
  id: number;
  /** The outlet's name as the administrator gave it ("Báo Sóc Trăng"): what the logs show. */
  name: string;
}

export interface PressRequest {
  /** The route's parameters (`:type`, `:documentId`). */
  params: Record<string, string>;
  query: URLSearchParams;
  outlet: PressOutlet;
  /** Absolute origin of the press API as the client reached it, for links (`next`, `item`). */
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
  return { status, body: JSON.stringify({ data: null, error: { status, name, message, details } }) };
}
