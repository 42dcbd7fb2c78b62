/**
 * The admin home page's widget of document counts (drafts, published, modified). Strapi counts
 * every row of each readable type straight in SQL, so an author would learn how many drafts
 * other agencies hold: for an author, the widget counts their agencies' documents only (and
 * the taxonomies, which everyone reads), classified as Strapi classifies them.
 */
import type { Core, UID } from '@strapi/strapi';
import { typesOfKind, uidOf } from '@cchc/content-types';
import { requestAccess, seesAllAgencies, type Access } from './access';
import type { RouteMiddleware } from './plugin-routes';

const READ = 'plugin::content-manager.explorer.read';
const CONTENT_UIDS = typesOfKind('content').map((t) => uidOf(t.name));
const TAXONOMY_UIDS = typesOfKind('taxonomy').map((t) => uidOf(t.name));

interface Counts {
  draft: number;
  published: number;
  modified: number;
}

interface Row {
  documentId: string;
  publishedAt: string | Date | null;
  updatedAt: string | Date;
}

const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : -Infinity);

/** Strapi's rule: never published is a draft; a draft saved later than its published version is modified. */
function classify(rows: Row[], counts: Counts): void {
  const latest = new Map<string, { draft: number; published: number }>();
  for (const row of rows) {
    const entry = latest.get(row.documentId) ?? { draft: -Infinity, published: -Infinity };
    if (row.publishedAt) entry.published = Math.max(entry.published, time(row.updatedAt));
    else entry.draft = Math.max(entry.draft, time(row.updatedAt));
    latest.set(row.documentId, entry);
  }
  for (const { draft, published } of latest.values()) {
    if (published === -Infinity) counts.draft += 1;
    else if (draft === published) counts.published += 1;
    else counts.modified += 1;
  }
}

async function countFor(strapi: Core.Strapi, access: Access, may: (uid: string) => boolean): Promise<Counts> {
  const counts: Counts = { draft: 0, published: 0, modified: 0 };
  const own = { agency: { documentId: { $in: access.authorOf } } };
  for (const uid of [...CONTENT_UIDS, ...TAXONOMY_UIDS]) {
    if (!may(uid)) continue;
    const where = CONTENT_UIDS.includes(uid) ? own : {};
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where, select: ['documentId', 'publishedAt', 'updatedAt'] })) as Row[];
    classify(rows, counts);
  }
  return counts;
}

export function countOwnDocuments(strapi: Core.Strapi): RouteMiddleware {
  return async (ctx, next) => {
    const access = await requestAccess(strapi);
    if (!access || seesAllAgencies(access)) return next();
    const ability = ctx.state.userAbility as { can(action: string, subject: string): boolean };
    ctx.body = { data: await countFor(strapi, access, (uid) => ability.can(READ, uid)) };
    return undefined;
  };
}
