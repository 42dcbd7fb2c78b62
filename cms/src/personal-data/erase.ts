/**
 * Erasing one person's data everywhere (docs/adr/009-personal-data-and-erasure.md). Personal
 * data lives only in the rows of the types that declare it (`personalData` in content-types/):
 * the capability rules keep it out of versions, the press, the site and search, and events and
 * the audit log carry ids, never field values. So erasing a person is deleting, in every locale
 * and state, each document of those types that one of their subject fields names (a phone
 * number, an e-mail address), through the Document Service (so the delete is an event like any
 * other), and recording that it was done, with counts only.
 */
import type { Core, UID } from '@strapi/strapi';
import { typesWith, uidOf, type ContentTypeDefinition } from '@cchc/content-types';
import { currentActor } from '../events';
import { asAuthorised } from '../permissions';
import { recordErasure, type Erasure } from './erasures';
import type { ErasureReason } from './reasons';

/** The documents of `type` that name `identifier` in a subject field, in any locale or state. */
async function documentsNaming(strapi: Core.Strapi, type: ContentTypeDefinition, identifier: string): Promise<string[]> {
  const subjectFields = type.capabilities.personalData?.subjectFields ?? [];
  if (!subjectFields.length) return [];
  const rows = (await strapi.db.query(uidOf(type.name) as UID.Schema).findMany({
    where: { $or: subjectFields.map((field) => ({ [field]: identifier })) },
    select: ['documentId'],
  })) as { documentId: string }[];
  return [...new Set(rows.map((r) => r.documentId))];
}

/** What would be erased for `identifier`: documents by type (the screen shows it before asking). */
export async function findSubject(strapi: Core.Strapi, identifier: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const type of typesWith('personalData')) {
    const ids = await documentsNaming(strapi, type, identifier);
    if (ids.length) found[type.name] = ids;
  }
  return found;
}

/**
 * Deletes the documents, in every locale and state, through the Document Service (so each delete
 * is an event like any other), and says how many of each type. Inside the caller's transaction.
 */
export async function eraseDocuments(strapi: Core.Strapi, documents: Record<string, string[]>): Promise<Record<string, number>> {
  const erased: Record<string, number> = {};
  for (const [typeName, ids] of Object.entries(documents)) {
    if (!ids.length) continue;
    const service = strapi.documents(uidOf(typeName) as UID.ContentType);
    // Only the administrator's route and the retention job get here; a live document is deleted
    // too (the guard asks editors to withdraw it first, which would keep the data one step longer).
    for (const documentId of ids) await asAuthorised(() => service.delete({ documentId, locale: '*' } as never));
    erased[typeName] = ids.length;
  }
  return erased;
}

/**
 * Erases every document naming `identifier` (trimmed, as recorded), in one transaction, and
 * records the erasure with its reason. Returns the record (counts by type, no data).
 */
export async function eraseSubject(strapi: Core.Strapi, identifier: string, reason: ErasureReason): Promise<Erasure> {
  const value = identifier.trim().normalize('NFC');
  if (!value) throw new Error('eraseSubject: an empty identifier would name nobody');
  const actor = currentActor(strapi);
  return strapi.db.transaction(async () => {
    const erased = await eraseDocuments(strapi, await findSubject(strapi, value));
    return recordErasure(strapi, reason, actor, erased);
  });
}
