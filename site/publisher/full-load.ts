/**
 * The publisher's full load, with no document skipped. The content is read list by list, page
 * by page, sorted by row id (src/lib/cms-client.ts), and a publish gives the published row a
 * new id: a document published, changed or withdrawn during the read shifts the pages after
 * it, and a document that did not change can fall between two pages unseen (the count still
 * matches). So the load notes the CMS's event position first, then asks the CMS which lists
 * (type and locale) changed since (`/api/site-publisher/changes-since`), reads those again,
 * and repeats until a read had no change during it.
 */
import { randomUUID } from 'node:crypto';
import { changesSinceSchema, describeIssues, isLocale, PUBLISHER_CHANGES_SINCE_PATH, signWebhook, type ChangesSince, type TypeName } from '@cchc/content-types';
import { fetchLocale } from '../src/lib/cms-client.ts';
import { loadContent, type AnyDocument, type ContentSnapshot } from '../src/lib/content-source.ts';
import { strapiUrl } from '../src/lib/env.ts';

/** Rounds of re-reading before the load gives up (each reads only the lists that changed). */
const ROUNDS = 5;

/** The CMS's event position, and the lists changed after `after` (signed with the shared secret). */
export async function changesSince(secret: string, after?: number): Promise<ChangesSince> {
  const payload = JSON.stringify(after === undefined ? {} : { after });
  const response = await fetch(`${strapiUrl()}${PUBLISHER_CHANGES_SINCE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signWebhook(secret, `changes-since-${randomUUID()}`, payload) },
    body: payload,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`The CMS refused ${PUBLISHER_CHANGES_SINCE_PATH} (${response.status}): ${text.slice(0, 300)}`);
  const parsed = changesSinceSchema.safeParse((JSON.parse(text) as { data?: unknown }).data);
  if (!parsed.success) throw new Error(`The CMS's answer to ${PUBLISHER_CHANGES_SINCE_PATH} is not valid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The snapshot with these lists read again from the CMS. */
async function readAgain(content: ContentSnapshot, lists: ChangesSince['lists']): Promise<ContentSnapshot> {
  const documents = new Map(content.documents);
  for (const { type, locale } of lists) {
    if (!isLocale(locale)) continue;
    const fresh = (await fetchLocale(type as TypeName, locale)) as AnyDocument[];
    const others = (documents.get(type as TypeName) ?? []).filter((d) => d.locale !== locale);
    documents.set(type as TypeName, [...others, ...fresh]);
  }
  return { ...content, documents };
}

/** Every published document, none skipped by a change during the read. */
export async function loadWithoutSkips(secret: string): Promise<ContentSnapshot> {
  return (await loadUpTo(secret)).content;
}

/**
 * The same, with the event position it shows: every change up to `upTo` is in `content` (the
 * lists did not change between that position and the end of the read).
 */
export async function loadUpTo(secret: string): Promise<{ content: ContentSnapshot; upTo: number }> {
  let { position } = await changesSince(secret);
  let content = await loadContent();
  for (let round = 1; ; round++) {
    const since = await changesSince(secret, position);
    if (!since.lists.length) return { content, upTo: since.position };
    if (round > ROUNDS) {
      throw new Error(`The content kept changing during ${ROUNDS} reads (${since.lists.map((l) => `${l.type}/${l.locale}`).join(', ')}): start the publisher again.`);
    }
    console.log(`[publisher] read again what changed during the load: ${since.lists.map((l) => `${l.type}/${l.locale}`).join(', ')}`);
    position = since.position;
    content = await readAgain(content, since.lists);
  }
}
