/**
 * Whether a document uses a file: a media field of a document or of one of its components
 * (Strapi links them through the file's morph join table, `related`). Deleting such a file
 * would change approved and live documents with no review (issue 15, item 6), so the media
 * library refuses it until the documents no longer use it (an edit the workflow sees).
 *
 * Rich-text image blocks keep their image inside the document's JSON, not in this table: they
 * are not seen here.
 */
import type { Core } from '@strapi/strapi';

const FILE_UID = 'plugin::upload.file';
const FOLDER_UID = 'plugin::upload.folder';

interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
}

/** The files among `fileIds` that some document links. */
export async function filesInUse(strapi: Core.Strapi, fileIds: number[]): Promise<number[]> {
  if (!fileIds.length) return [];
  const related = strapi.db.metadata.get(FILE_UID).attributes.related as unknown as { joinTable: MorphJoinTable };
  const { name, joinColumn } = related.joinTable;
  const rows = (await strapi.db.connection(name).distinct(joinColumn.name).whereIn(joinColumn.name, fileIds)) as Record<string, number>[];
  return rows.map((row) => Number(row[joinColumn.name]));
}

/** The files in these folders and their sub-folders (what deleting the folders deletes). */
export async function filesInFolders(strapi: Core.Strapi, folderIds: number[]): Promise<number[]> {
  if (!folderIds.length) return [];
  const folders = (await strapi.db.query(FOLDER_UID).findMany({ where: { id: { $in: folderIds } }, select: ['path'] })) as { path: string }[];
  if (!folders.length) return [];
  const files = (await strapi.db.query(FILE_UID).findMany({
    where: { $or: folders.flatMap(({ path }) => [{ folderPath: { $eq: path } }, { folderPath: { $startsWith: `${path}/` } }]) },
    select: ['id'],
  })) as { id: number }[];
  return files.map((f) => f.id);
}
