/**
 * The record of every page a static build rendered (src/middleware.ts adds them; the
 * site-pages integration writes them into the build's meta/ when the build is done), kept on
 * globalThis because pages and integrations are loaded as different module instances.
 */
import type { PageRecord } from './page-record.ts';

const KEY = Symbol.for('cchc.site.builtPages');

export function builtPages(): Map<string, PageRecord> {
  const g = globalThis as typeof globalThis & { [KEY]?: Map<string, PageRecord> };
  return (g[KEY] ??= new Map());
}
