/**
 * Whether a document uses a file: a media field of a document or of one of its components
 * (Strapi links them through the file's morph join table, `related`). Deleting such a file
 * would change approved and live documents with no review (issue 15, item 6), so the media
 * library refuses it until the documents no longer use it (an edit the workflow sees).
 *
 * Rich-text image blocks keep their image inside the document's JSON, not in that table: the
 * rich-text columns are searched for the file's URL, which the CMS writes there from the file
 * row (src/documents/rich-text-images.ts) and which holds the file's unique hash.
 */
import type { Core } from '@strapi/strapi';
import { typesOfKind, uidOf } from '@cchc/content-types';
import { onTable } from '../database/own-tables';

const FILE_UID = 'plugin::upload.file';
const FOLDER_UID = 'plugin::upload.folder';

interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
}

/** The files among `fileIds` that some document links, in a media field or in rich text. */
export async function filesInUse(strapi: Core.Strapi, fileIds: number[]): Promise<number[]> {
  if (!fileIds.length) return [];
  const related = strapi.db.metadata.get(FILE_UID).attributes.related as unknown as { joinTable: MorphJoinTable };
  const { name, joinColumn } = related.joinTable;
  const rows = (await onTable(strapi, name, (q) => q.distinct(joinColumn.name).whereIn(joinColumn.name, fileIds))) as Record<string, number>[];
  const linked = new Set(rows.map((row) => Number(row[joinColumn.name])));
  return [...linked, ...(await filesInRichText(strapi, fileIds.filter((id) => !linked.has(id))))];
}

/** Each content type's table and its rich-text (blocks) columns. */
function richTextColumns(strapi: Core.Strapi): { table: string; columns: string[] }[] {
  return typesOfKind('content').map((type) => {
    const meta = strapi.db.metadata.get(uidOf(type.name) as never) as unknown as {
      tableName: string;
      attributes: Record<string, { type: string; columnName?: string }>;
    };
    const columns = Object.entries(meta.attributes)
      .filter(([, attribute]) => attribute.type === 'blocks')
      .map(([key, attribute]) => attribute.columnName ?? key);
    return { table: meta.tableName, columns };
  }).filter(({ columns }) => columns.length > 0);
}

/** The files among `fileIds` whose URL some rich-text field holds (drafts and published rows alike). */
async function filesInRichText(strapi: Core.Strapi, fileIds: number[]): Promise<number[]> {
  if (!fileIds.length) return [];
  const files = (await strapi.db.query(FILE_UID).findMany({ where: { id: { $in: fileIds } }, select: ['id', 'url'] })) as { id: number; url: string }[];
  const tables = richTextColumns(strapi);
  const used: number[] = [];
  for (const file of files) {
    // `_` in a name is LIKE's any-character: a rare false match only keeps a file, never loses one.
    const pattern = `%${file.url.replace(/[%\\]/g, '')}%`;
    for (const { table, columns } of tables) {
      const hit = await onTable(strapi, table, (rows) =>
        rows.first('id').where((q) => columns.forEach((column) => q.orWhereRaw('CAST(?? AS TEXT) LIKE ?', [column, pattern]))),
      );
      if (hit) {
        used.push(file.id);
        break;
      }
    }
  }
  return used;
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
