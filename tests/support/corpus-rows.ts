/**
 * Strapi's own rows for many entries at once, as the Document Service lays them out: the
 * entries' table (through Strapi's `createMany`, which converts values and applies defaults as
 * it does for any write), each component in its table with its link row in `<table>_cmps`, each
 * media field as a row of `files_related_mph`, each relation as rows of its `_lnk` table, in
 * Strapi's order columns. What goes where is read off Strapi's database metadata, not assumed.
 *
 * The data is Document Service input: scalars as values, a component as an object (a list
 * when repeatable), a media field as a file id, a relation as a documentId (a list for a
 * to-many), which is linked to the target's row of the same locale and status, as Strapi links
 * them. Anything else (a dynamic zone, a `connect`, a relation kept in a column) is refused:
 * the bulk path writes what the corpus needs and says so when asked for more.
 */
import type { Core, UID } from '@strapi/strapi';
import { onTable } from './corpus-cms';
import type { Data } from './corpus-plan';

type Row = Record<string, unknown>;

/** What this module reads of Strapi's database metadata. */
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  on?: Record<string, unknown>;
  orderColumnName?: string;
  pivotColumns: string[];
  morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
}

interface MetaAttribute {
  type: string;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  joinTable?: JoinTable;
}

interface ModelAttribute {
  type: string;
  component?: string;
}

/** The row id of a relation's target: its row of that locale, draft or published. */
export type TargetRow = (uid: string, documentId: string, locale: string, published: boolean) => number;

/** One row to write: its data, the system columns of a document row, and where it stands. */
export interface Entry {
  data: Data;
  /** documentId, locale, publishedAt, createdAt, updatedAt (documents only; components have none). */
  system?: Row;
  /** The locale and status of the document it belongs to: relations link to targets of these. */
  locale: string;
  published: boolean;
}

/**
 * Rows per insert statement. Knex writes a multi-row insert on SQLite as one SELECT per row
 * joined by UNION ALL, and SQLite takes at most 500 of them; PostgreSQL takes 65,535 values.
 */
export const ROWS_PER_INSERT = 250;

export async function insertRows(strapi: Core.Strapi, table: string, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await onTable(strapi, table, (q) => q.insert(chunk));
  }
}

const metaOf = (strapi: Core.Strapi, uid: string) => (strapi.db.metadata.get(uid as never) as unknown as { attributes: Record<string, MetaAttribute> }).attributes;
const modelOf = (strapi: Core.Strapi, uid: string) => strapi.getModel(uid as UID.Schema).attributes as unknown as Record<string, ModelAttribute>;

const isToMany = (a: MetaAttribute) => a.relation === 'oneToMany' || a.relation === 'manyToMany';
const asList = (value: unknown): unknown[] => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The column of a components link table that names the component's uid (`component_type`). */
function typeColumnOf(joinTable: JoinTable): string {
  const known = new Set([joinTable.joinColumn.name, joinTable.inverseJoinColumn.name, ...Object.keys(joinTable.on ?? {})]);
  const column = joinTable.pivotColumns.find((c) => !known.has(c));
  if (!column) throw new Error(`bulk corpus: no component type column in ${joinTable.name}`);
  return column;
}

/**
 * Writes `entries` of `uid` (a content type or a component) and everything that hangs off them,
 * in the caller's transaction; returns their ids, in the entries' order.
 */
export async function insertEntries(strapi: Core.Strapi, uid: string, entries: Entry[], targetRow: TargetRow): Promise<number[]> {
  if (!entries.length) return [];
  const model = modelOf(strapi, uid);
  const meta = metaOf(strapi, uid);
  const scalars = entries.map((entry) => {
    const row: Row = { ...entry.system };
    for (const [key, value] of Object.entries(entry.data)) {
      const attribute = model[key];
      if (!attribute) throw new Error(`bulk corpus: ${uid} has no field "${key}"`);
      if (!['component', 'media', 'relation', 'dynamiczone'].includes(attribute.type)) row[key] = value;
    }
    return row;
  });
  const created = (await strapi.db.query(uid as UID.Schema).createMany({ data: scalars })) as { ids: (number | string)[] };
  // One insert numbers its rows in order; neither database promises the order of RETURNING.
  const ids = created.ids.map(Number).sort((a, b) => a - b);
  if (ids.length !== entries.length) throw new Error(`bulk corpus: ${uid} wrote ${ids.length} rows for ${entries.length} entries`);

  for (const [key, attribute] of Object.entries(model)) {
    const present = entries.some((e) => e.data[key] !== undefined && e.data[key] !== null);
    if (!present) continue;
    if (attribute.type === 'component') await linkComponents(strapi, key, attribute, meta[key]!, entries, ids, targetRow);
    else if (attribute.type === 'media') await linkMedia(strapi, uid, key, entries, ids);
    else if (attribute.type === 'relation') await linkRelations(strapi, key, meta[key]!, entries, ids, targetRow);
    else if (attribute.type === 'dynamiczone') throw new Error(`bulk corpus: dynamic zones are not written (${uid}.${key})`);
  }
  return ids;
}

/** Each component a row of its own table, linked by `<table>_cmps`. */
async function linkComponents(
  strapi: Core.Strapi,
  key: string,
  attribute: ModelAttribute,
  meta: MetaAttribute,
  entries: Entry[],
  ids: number[],
  targetRow: TargetRow,
): Promise<void> {
  const joinTable = meta.joinTable!;
  const links: Row[] = [];
  const components: Entry[] = [];
  entries.forEach((entry, i) => {
    asList(entry.data[key]).forEach((value, n) => {
      const link: Row = { [joinTable.joinColumn.name]: ids[i], ...joinTable.on, [typeColumnOf(joinTable)]: attribute.component };
      // Strapi orders a list (oneToMany), not a single component (oneToOne).
      if (isToMany(meta) && joinTable.orderColumnName) link[joinTable.orderColumnName] = n + 1;
      links.push(link);
      components.push({ data: value as Data, locale: entry.locale, published: entry.published });
    });
  });
  const componentIds = await insertEntries(strapi, attribute.component!, components, targetRow);
  links.forEach((link, i) => (link[joinTable.inverseJoinColumn.name] = componentIds[i]));
  await insertRows(strapi, joinTable.name, links);
}

/** A media field: rows of the upload plugin's morph table, as Strapi's attachRelations writes them. */
async function linkMedia(strapi: Core.Strapi, uid: string, key: string, entries: Entry[], ids: number[]): Promise<void> {
  const related = metaOf(strapi, 'plugin::upload.file').related!;
  const joinTable = related.joinTable!;
  const { idColumn, typeColumn } = joinTable.morphColumn!;
  const rows: Row[] = [];
  entries.forEach((entry, i) => {
    asList(entry.data[key]).forEach((file, n) => {
      if (typeof file !== 'number') throw new Error(`bulk corpus: ${uid}.${key} takes file ids, not ${JSON.stringify(file)}`);
      rows.push({ [joinTable.joinColumn.name]: file, [idColumn.name]: ids[i], [typeColumn.name]: uid, ...joinTable.on, order: n + 1, field: key });
    });
  });
  await insertRows(strapi, joinTable.name, rows);
}

/** A relation: rows of its `_lnk` table to the target's row of the same locale and status. */
async function linkRelations(strapi: Core.Strapi, key: string, meta: MetaAttribute, entries: Entry[], ids: number[], targetRow: TargetRow): Promise<void> {
  const joinTable = meta.joinTable;
  if (!joinTable || meta.relation?.startsWith('morph')) throw new Error(`bulk corpus: relation ${key} is not kept in a join table`);
  // An inverse order column needs the target's other links counted first: no type of ours has one.
  if ((meta.inversedBy || meta.mappedBy) && (meta.relation === 'manyToOne' || meta.relation === 'manyToMany')) {
    throw new Error(`bulk corpus: ${key} is a two-way relation, which it does not write`);
  }
  const rows: Row[] = [];
  entries.forEach((entry, i) => {
    const targets = [...new Set(asList(entry.data[key]))];
    targets.forEach((documentId, n) => {
      if (typeof documentId !== 'string') throw new Error(`bulk corpus: ${key} takes documentIds, not ${JSON.stringify(documentId)}`);
      const row: Row = {
        [joinTable.joinColumn.name]: ids[i],
        [joinTable.inverseJoinColumn.name]: targetRow(meta.target!, documentId, entry.locale, entry.published),
        ...joinTable.on,
      };
      if (isToMany(meta) && joinTable.orderColumnName) row[joinTable.orderColumnName] = n + 1;
      rows.push(row);
    });
  });
  await insertRows(strapi, joinTable.name, rows);
}
