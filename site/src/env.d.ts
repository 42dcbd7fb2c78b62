/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the publisher's renderer: the record of the page it asked for (src/lib/page-record.ts). */
    pageRecord?: import('./lib/page-record').PageRecord;
    /** Set on a draft preview (src/middleware.ts): which draft is shown. */
    preview?: { type: string; documentId: string; locale: string };
    /** With `preview`: the live content plus the draft, read by this render only. */
    previewContent?: import('./lib/content-source').ContentSnapshot;
  }
}
