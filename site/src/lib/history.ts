/** What readers are told of a document's life, from the `history` collection (src/loaders/history-loader.ts). */
import { getEntry } from 'astro:content';
import type { ContentTypeName, Locale, PublicHistory } from '@cchc/content-types';
import { historyId } from '../loaders/history-loader';

export async function historyOf(type: ContentTypeName, documentId: string, locale: Locale): Promise<PublicHistory | undefined> {
  const entry = await getEntry('history', historyId(type, locale, documentId));
  return entry ? (JSON.parse((entry.data as { json: string }).json) as PublicHistory) : undefined;
}
