/**
 * A new content snapshot after some documents changed: the changed documents and every
 * document that links to one of them are read again from the CMS (a link to a withdrawn
 * document disappears from its source without the source changing in the CMS), and the
 * change notes, redirects and withdrawn lists of the types and locales they touch.
 * Nothing else is read: the cost follows the change, not the size of the site.
 */
import { SITE_CONTENT_TYPES, LOCALES, isLocale, type ContentTypeName, type TypeName } from '@cchc/content-types';
import { cmsLocales, fetchDocument, fetchPublicHistory, fetchRedirects, fetchWithdrawn } from '../src/lib/cms-client.ts';
import { historyKey, sortedRedirects, sortedWithdrawn, type AnyDocument, type ContentSnapshot } from '../src/lib/content-source.ts';
import { refsIn, relationFieldsOf, type ContentChange } from '../src/lib/content.ts';
import { fingerprint } from '../src/lib/page-record.ts';

export interface DocumentChange {
  type: TypeName;
  documentId: string;
}

const contentTypes = new Set<string>(SITE_CONTENT_TYPES.map((t) => t.name));

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

/** The translations of one document in a snapshot, each by its fingerprint: locale → print. */
function printsOf(docs: readonly AnyDocument[]): Map<string, string> {
  return new Map(docs.map((d) => [d.locale, fingerprint(d)]));
}

/** The new snapshot, and what in it differs from the old one (what the publisher asks again). */
export async function applyChanges(snapshot: ContentSnapshot, changes: readonly DocumentChange[]): Promise<{ content: ContentSnapshot; change: ContentChange }> {
  const changedIds = new Set(changes.map((c) => c.documentId));
  const toRead = new Map<string, DocumentChange>();
  for (const c of [...changes, ...linkingTo(snapshot, changedIds)]) toRead.set(`${c.type}/${c.documentId}`, c);

  const fresh = await Promise.all([...toRead.values()].map(async (c) => ({ ...c, docs: (await fetchDocument(c.type, c.documentId)) as AnyDocument[] })));
  const documents = new Map(snapshot.documents);
  const changedDocuments = new Set<string>();
  const changedLists = new Set<string>();
  for (const type of new Set(fresh.map((f) => f.type))) {
    const reread = fresh.filter((f) => f.type === type);
    const ids = new Set(reread.map((f) => f.documentId));
    const before = (documents.get(type) ?? []).filter((d) => ids.has(d.documentId));
    for (const f of reread) {
      const old = printsOf(before.filter((d) => d.documentId === f.documentId));
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
  const pairs = [...new Set(touched.map((c) => c.type))].flatMap((type) => locales.map((locale) => ({ type, locale })));
  const [notes, lives] = await Promise.all([
    Promise.all(touched.flatMap((c) => locales.map(async (locale) => ({ ...c, locale, list: await fetchPublicHistory(c.type, locale, c.documentId) })))),
    Promise.all(pairs.map(async (p) => ({ ...p, redirects: await fetchRedirects(p.type, p.locale), withdrawn: await fetchWithdrawn(p.type, p.locale) }))),
  ]);
  for (const n of notes) for (const h of n.list) histories.set(historyKey(n.type, n.locale, h.documentId), h);
  for (const c of touched) {
    for (const locale of LOCALES) {
      const key = historyKey(c.type, locale, c.documentId);
      if (fingerprint(snapshot.histories.get(key) ?? null) !== fingerprint(histories.get(key) ?? null)) changedDocuments.add(`${c.type}/${c.documentId}`);
    }
  }
  const reread = new Set(pairs.map((p) => `${p.type}/${p.locale}`));
  const kept = <T extends { type: string; locale: string }>(list: readonly T[]) => list.filter((x) => !reread.has(`${x.type}/${x.locale}`));
  return {
    content: {
      documents,
      histories,
      redirects: sortedRedirects([...kept(snapshot.redirects), ...lives.flatMap((l) => l.redirects)]),
      withdrawn: sortedWithdrawn([...kept(snapshot.withdrawn), ...lives.flatMap((l) => l.withdrawn)]),
    },
    change: { documents: changedDocuments, lists: changedLists },
  };
}
