/**
 * A new content snapshot after some documents changed: the changed documents and every
 * document that links to one of them are read again from the CMS (a link to a withdrawn
 * document disappears from its source without the source changing in the CMS), with the
 * change notes of the changed ones, and what changed in the CMS's feeds of redirects and
 * withdrawn translations since the snapshot's positions.
 * Nothing else is read: the cost follows the change, not the size of the site.
 *
 * A batch that names many documents (a catch-up after a large import, or a publisher that was
 * down) reads them in bulk: a few dozen documents and their change notes a request
 * (`fetchDocuments`, `fetchPublicHistory`), and the whole type, in pages of 100, when it names
 * more than `WHOLE_TYPE_AT` documents of it.
 */
import { SITE_CONTENT_TYPES, LOCALES, PUBLIC_API_LIMITS, isLocale, type ContentTypeName, type Locale, type PublicHistory, type TypeName } from '@cchc/content-types';
import { cmsLocales, fetchAll, fetchDocuments, fetchPublicHistory, fetchRedirectChanges, fetchWithdrawnChanges } from '../src/lib/cms-client.ts';
import { historyKey, withRedirectChanges, withWithdrawnChanges, type AnyDocument, type ContentSnapshot } from '../src/lib/content-source.ts';
import { refsIn, relationFieldsOf, type ContentChange } from '../src/lib/content.ts';
import { fingerprint } from '../src/lib/page-record.ts';

export interface DocumentChange {
  type: TypeName;
  documentId: string;
}

const contentTypes = new Set<string>(SITE_CONTENT_TYPES.map((t) => t.name));

/** Above this many documents of one type in a batch, the whole type is read (pages of 100). */
export const WHOLE_TYPE_AT = 500;

/** The published translations of `ids` (one type), by documentId; an id absent is unpublished. */
async function readDocuments(type: TypeName, ids: readonly string[]): Promise<Map<string, AnyDocument[]>> {
  const wanted = new Set(ids);
  const docs = (ids.length > WHOLE_TYPE_AT ? await fetchAll(type) : await fetchDocuments(type, ids)) as AnyDocument[];
  const byId = new Map<string, AnyDocument[]>(ids.map((id) => [id, []]));
  for (const d of docs) if (wanted.has(d.documentId)) byId.get(d.documentId)!.push(d);
  return byId;
}

/** The change notes of some content documents of one type, in one locale, a few dozen a request. */
async function readHistories(type: ContentTypeName, locale: Locale, ids: readonly string[]): Promise<PublicHistory[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += PUBLIC_API_LIMITS.maxListLength) chunks.push(ids.slice(i, i + PUBLIC_API_LIMITS.maxListLength));
  return (await Promise.all(chunks.map((chunk) => fetchPublicHistory(type, locale, chunk)))).flat();
}

/** The documents of the snapshot that link to any of `ids`, by type. */
function linkingTo(snapshot: ContentSnapshot, ids: ReadonlySet<string>): DocumentChange[] {
  const out: DocumentChange[] = [];
  for (const [type, docs] of snapshot.documents) {
    const keys = relationFieldsOf(type).map(([key]) => key);
    for (const doc of docs) {
      if (keys.some((key) => refsIn(doc, key).some((ref) => ids.has(ref.documentId)))) out.push({ type, documentId: doc.documentId });
    }
  }
  return out;
}

/** Document ids by type, each once. */
function groupIds<T extends string>(changes: Iterable<{ type: T; documentId: string }>): Map<T, string[]> {
  const byType = new Map<T, Set<string>>();
  for (const c of changes) byType.set(c.type, (byType.get(c.type) ?? new Set()).add(c.documentId));
  return new Map([...byType].map(([type, ids]) => [type, [...ids]]));
}

/** The translations of one document in a snapshot, each by its fingerprint: locale → print. */
function printsOf(docs: readonly AnyDocument[]): Map<string, string> {
  return new Map(docs.map((d) => [d.locale, fingerprint(d)]));
}

/** The new snapshot, and what in it differs from the old one (what the publisher asks again). */
export async function applyChanges(snapshot: ContentSnapshot, changes: readonly DocumentChange[]): Promise<{ content: ContentSnapshot; change: ContentChange }> {
  const changedIds = new Set(changes.map((c) => c.documentId));
  const toRead = new Map<string, DocumentChange>();
  for (const c of [...changes, ...linkingTo(snapshot, changedIds)]) toRead.set(`${c.type}/${c.documentId}`, c);

  const idsByType = groupIds(toRead.values());
  const fresh = (
    await Promise.all([...idsByType].map(async ([type, ids]) => [...(await readDocuments(type, ids))].map(([documentId, docs]) => ({ type, documentId, docs }))))
  ).flat();
  const documents = new Map(snapshot.documents);
  const changedDocuments = new Set<string>();
  const changedLists = new Set<string>();
  for (const type of new Set(fresh.map((f) => f.type))) {
    const reread = fresh.filter((f) => f.type === type);
    const ids = new Set(reread.map((f) => f.documentId));
    const before = new Map<string, AnyDocument[]>();
    for (const d of documents.get(type) ?? []) if (ids.has(d.documentId)) before.set(d.documentId, [...(before.get(d.documentId) ?? []), d]);
    for (const f of reread) {
      const old = printsOf(before.get(f.documentId) ?? []);
      const now = printsOf(f.docs);
      for (const locale of new Set([...old.keys(), ...now.keys()])) {
        if (old.get(locale) === now.get(locale)) continue;
        changedDocuments.add(`${type}/${f.documentId}`);
        changedLists.add(`${type}/${locale}`);
      }
    }
    documents.set(type, [...(documents.get(type) ?? []).filter((d) => !ids.has(d.documentId)), ...reread.flatMap((f) => f.docs)]);
  }

  // What readers are told of each changed content document, and the addresses that moved or went.
  const locales = (await cmsLocales()).filter(isLocale);
  const touched = changes.filter((c) => contentTypes.has(c.type)) as { type: ContentTypeName; documentId: string }[];
  const histories = new Map(snapshot.histories);
  for (const c of touched) for (const locale of LOCALES) histories.delete(historyKey(c.type, locale, c.documentId));
  const touchedByType = groupIds(touched);
  const [notes, redirectFeed, withdrawnFeed] = await Promise.all([
    Promise.all([...touchedByType].flatMap(([type, ids]) => locales.map(async (locale) => ({ type, locale, list: await readHistories(type, locale, ids) })))),
    fetchRedirectChanges(snapshot.positions.redirects),
    fetchWithdrawnChanges(snapshot.positions.withdrawn),
  ]);
  for (const n of notes) for (const h of n.list) histories.set(historyKey(n.type, n.locale, h.documentId), h);
  for (const c of touched) {
    for (const locale of LOCALES) {
      const key = historyKey(c.type, locale, c.documentId);
      if (fingerprint(snapshot.histories.get(key) ?? null) !== fingerprint(histories.get(key) ?? null)) changedDocuments.add(`${c.type}/${c.documentId}`);
    }
  }
  return {
    content: {
      documents,
      histories,
      redirects: withRedirectChanges(snapshot.redirects, redirectFeed.rows, locales),
      withdrawn: withWithdrawnChanges(snapshot.withdrawn, withdrawnFeed.rows, locales),
      positions: { redirects: redirectFeed.position, withdrawn: withdrawnFeed.position },
    },
    change: { documents: changedDocuments, lists: changedLists },
  };
}
