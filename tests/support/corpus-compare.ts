/**
 * A database's tables as rows that two databases holding the same content share, for comparing
 * a corpus written two ways (tests/cms/corpus.test.ts). What legitimately differs is replaced by
 * what it stands for:
 *  - row ids: a document row by `type:title|locale|draft or published`, a component by its owner,
 *    field and place, an event by its document, locale, action and rank; ids of link rows and
 *    of append-only logs are dropped; columns that hold an event id name the event;
 *  - documentIds by `type:title` (the Vietnamese title: unique in a corpus); an upload's
 *    documentId, hash and URLs by its file name;
 *  - times of the run (a row's created, updated, published or recorded time) by `now`.
 * Everything else must be equal, to the letter.
 */
import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { ALL_TYPES, uidOf } from '@cchc/content-types';
import { CURSORS_TABLE, EVENTS_TABLE } from './corpus-cms';

type Row = Record<string, unknown>;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
}
interface MetaAttribute {
  type: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTable;
}
interface Meta {
  uid: string;
  tableName: string;
  attributes: Record<string, MetaAttribute>;
}

/** Columns of our tables that hold an event id. */
const EVENT_ID_COLUMNS: Record<string, string[]> = {
  document_versions: ['event_id'],
  audit_log: ['source_event_id'],
  press_changes: ['event_id'],
  press_webhook_deliveries: ['event_id'],
  site_publications: ['event_id'],
};

/**
 * Rows no document change writes, which a timer may write while a corpus is written: the upload
 * plugin notes its weekly metrics in Strapi's settings store some seconds after a boot.
 */
const UNRELATED_ROWS: Record<string, (row: Row) => boolean> = {
  strapi_core_store_settings: (row) => row.key === 'plugin_upload_metrics',
};

export async function tableNames(strapi: Core.Strapi): Promise<string[]> {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    const { rows } = (await knex.raw('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()')) as { rows: { name: string }[] };
    return rows.map((r) => r.name).sort();
  }
  const rows = (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) as { name: string }[];
  return rows.map((r) => r.name).sort();
}

async function readTable(strapi: Core.Strapi, table: string): Promise<Row[]> {
  const rows = (await strapi.db.connection(table).select('*')) as Row[];
  const unrelated = UNRELATED_ROWS[table];
  return unrelated ? rows.filter((row) => !unrelated(row)) : rows;
}

/** A digest of every table's rows, to tell which tables a step wrote. */
export async function tableDigests(strapi: Core.Strapi): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const table of await tableNames(strapi)) {
    const rows = (await readTable(strapi, table)).map((r) => JSON.stringify(r)).sort();
    digests.set(table, createHash('sha256').update(rows.join('\n')).digest('hex'));
  }
  return digests;
}

/** The tables whose rows differ between two digests. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
}

/** Until every listener that keeps a cursor has handled the whole event log (the slow path's projections are written after commit). */
export async function untilListenersCaughtUp(strapi: Core.Strapi, listeners: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = (await strapi.db.connection(EVENTS_TABLE).max({ id: 'id' }).first()) as { id: number | string | null };
    const cursors = (await strapi.db.connection(CURSORS_TABLE).select('listener', 'position')) as { listener: string; position: number | string }[];
    const behind = listeners.filter((name) => Number(cursors.find((c) => c.listener === name)?.position ?? 0) < Number(last.id ?? 0));
    if (!behind.length) return;
    if (Date.now() > deadline) throw new Error(`listeners ${behind.join(', ')} did not catch up with the event log`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What ids, documentIds and upload names stand for in one database. */
class Names {
  /** `uid|id` → what the row is. */
  readonly rows = new Map<string, string>();
  readonly events = new Map<string, string>();
  /** The id of the log's last event: where a listener that has caught up stands. */
  lastEvent = '0';
  /** documentIds → what they name. */
  readonly documents = new Map<string, string>();
  /** Strings named wherever they stand, inside longer ones too (URLs): documentIds, upload hashes and URLs. */
  readonly within = new Map<string, string>();

  constructor(readonly since: number) {}

  row(uid: string, id: unknown): string {
    const name = this.rows.get(`${uid}|${String(id)}`);
    if (name === undefined) throw new Error(`compare: no ${uid} row ${String(id)}`);
    return name;
  }

  event(id: unknown): string {
    return this.events.get(String(id)) ?? `unknown event ${String(id)}`;
  }

  /** A time within the run, as a value of any column or JSON field. */
  private isRunTime(value: unknown): boolean {
    let time: number | undefined;
    if (value instanceof Date) time = value.getTime();
    else if (typeof value === 'string' && /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) time = Date.parse(value.includes('T') || /[Z+]/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
    else if (typeof value === 'number' && value > 1e12) time = value;
    return time !== undefined && time >= this.since - 60_000 && time <= Date.now() + 60_000;
  }

  value(value: unknown): unknown {
    if (this.isRunTime(value)) return 'now';
    if (typeof value === 'string') {
      if (/^[[{]/.test(value)) {
        try {
          return { json: this.value(JSON.parse(value)) };
        } catch {
          // not JSON: compared as it is
        }
      }
      let out = value;
      for (const [text, name] of this.within) if (out.includes(text)) out = out.split(text).join(name);
      return out;
    }
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.value(v)]));
    return value;
  }
}

const metas = (strapi: Core.Strapi) => [...(strapi.db.metadata as unknown as Map<string, Meta>).values()];

async function learnNames(strapi: Core.Strapi, since: number): Promise<Names> {
  const names = new Names(since);
  for (const def of ALL_TYPES) {
    const uid = uidOf(def.name);
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ select: ['id', 'documentId', 'locale', 'publishedAt', def.titleField] })) as Row[];
    const title = new Map<string, string>();
    for (const row of rows) if (row.locale === 'vi' || !title.has(String(row.documentId))) title.set(String(row.documentId), String(row[def.titleField]));
    for (const [documentId, text] of title) names.documents.set(documentId, `${def.name}:${text}`);
    for (const row of rows) names.rows.set(`${uid}|${String(row.id)}`, `${names.documents.get(String(row.documentId))}|${String(row.locale)}|${row.publishedAt ? 'published' : 'draft'}`);
  }
  const files = (await readTable(strapi, 'files')) as { id: number; document_id: string; name: string; hash: string; url: string }[];
  for (const file of files) {
    names.rows.set(`plugin::upload.file|${file.id}`, `file:${file.name}`);
    names.documents.set(file.document_id, `file:${file.name}`);
    // The URL holds the hash: naming the hash names the URL and those of the smaller copies.
    names.within.set(file.hash, `hash:${file.name}`);
  }
  for (const [documentId, name] of names.documents) names.within.set(documentId, name);
  // Components, by owner, field and place: owners (documents) first.
  const components = new Set(Object.keys(strapi.components));
  for (const meta of metas(strapi).filter((m) => m.uid.startsWith('api::'))) {
    for (const [field, attribute] of Object.entries(meta.attributes)) {
      if (!attribute.joinTable || !components.has(attribute.target ?? '')) continue;
      const { joinTable } = attribute;
      const links = (await strapi.db.connection(joinTable.name).where({ field })) as Row[];
      for (const link of links) {
        const owner = names.row(meta.uid, link[joinTable.joinColumn.name]);
        names.rows.set(`${String(link.component_type)}|${String(link[joinTable.inverseJoinColumn!.name])}`, `${owner}/${field}#${String(link.order ?? 0)}`);
      }
    }
  }
  const events = (await strapi.db.connection(EVENTS_TABLE).orderBy('id', 'asc')) as Row[];
  const rank = new Map<string, number>();
  for (const event of events) {
    const what = `${names.documents.get(String(event.document_id)) ?? String(event.document_id)}|${String(event.locale)}|${String(event.action)}|${String(event.cause ?? '')}`;
    const n = (rank.get(what) ?? 0) + 1;
    rank.set(what, n);
    names.events.set(String(event.id), `${what}#${n}`);
    names.lastEvent = String(event.id);
  }
  return names;
}

/** A link table's row with both ends named (its own id dropped). */
function linkNamer(names: Names, joinTable: JoinTable, owner: string, target: (row: Row) => string) {
  return ({ id: _id, ...row }: Row): Row => ({ ...row, [joinTable.joinColumn.name]: names.row(owner, row[joinTable.joinColumn.name]), [joinTable.inverseJoinColumn!.name]: target(row) });
}

/** How the rows of each table that needs it are named: by table. */
function rowNamers(strapi: Core.Strapi, names: Names): Map<string, (row: Row) => Row> {
  const namers = new Map<string, (row: Row) => Row>();
  const components = new Set(Object.keys(strapi.components));
  const upload = 'plugin::upload.file';
  for (const meta of metas(strapi)) {
    // An entity's own table: its id is what the row is.
    if (meta.uid.startsWith('api::') || components.has(meta.uid) || meta.uid === upload) {
      namers.set(meta.tableName, (row) => ({ ...row, id: names.rows.get(`${meta.uid}|${String(row.id)}`) ?? row.id }));
    }
    if (!meta.uid.startsWith('api::')) continue;
    for (const attribute of Object.values(meta.attributes)) {
      const { joinTable, target = '' } = attribute;
      if (!joinTable) continue;
      if (components.has(target)) {
        namers.set(joinTable.name, linkNamer(names, joinTable, meta.uid, (row) => names.row(String(row.component_type), row[joinTable.inverseJoinColumn!.name])));
      } else if (target.startsWith('api::')) {
        namers.set(joinTable.name, linkNamer(names, joinTable, meta.uid, (row) => names.row(target, row[joinTable.inverseJoinColumn!.name])));
      }
    }
  }
  // Media: the upload plugin's morph table, from a file to any row of a document or component.
  const morph = metas(strapi).find((m) => m.uid === upload)!.attributes.related!.joinTable!;
  const { idColumn, typeColumn } = morph.morphColumn!;
  namers.set(morph.name, ({ id: _id, ...row }) => ({
    ...row,
    [morph.joinColumn.name]: names.row(upload, row[morph.joinColumn.name]),
    [idColumn.name]: names.row(String(row[typeColumn.name]), row[idColumn.name]),
  }));
  namers.set(EVENTS_TABLE, (row) => ({ ...row, id: names.event(row.id) }));
  // A listener's place: the end of the log once it has caught up (which event is last depends on the order of writes).
  // Its lease names the process delivering at that moment: not content.
  namers.set(CURSORS_TABLE, ({ claimed_by: _by, claimed_until: _until, ...row }) => ({
    ...row,
    position: String(row.position) === names.lastEvent ? 'the last event' : names.event(row.position),
  }));
  for (const [table, columns] of Object.entries(EVENT_ID_COLUMNS)) {
    namers.set(table, ({ id: _id, ...row }) => ({ ...row, ...Object.fromEntries(columns.map((c) => [c, names.event(row[c])])) }));
  }
  return namers;
}

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortedKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedKeys(v)])) : value;

/**
 * The rows of `tables`, each named as above and written as sorted-key JSON, sorted: equal
 * lists mean equal tables. A table with an `id` that is not named loses it (link rows, logs).
 */
export async function namedTables(strapi: Core.Strapi, tables: string[], since: number): Promise<Record<string, string[]>> {
  const names = await learnNames(strapi, since);
  const namers = rowNamers(strapi, names);
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const namer = namers.get(table) ?? (({ id: _id, ...row }: Row) => row);
    out[table] = (await readTable(strapi, table)).map((row) => JSON.stringify(sortedKeys(names.value(namer(row))))).sort();
  }
  return out;
}

/**
 * An answer of the public or the press API with the same names as the tables: entries' `id`s
 * dropped, the feed's `eventId` named and its cursors (event ids, encoded) dropped, the CMS's
 * own address (`origin`, in the press's links) named `CMS`.
 */
export async function answerNamer(strapi: Core.Strapi, since: number, origin: string): Promise<(body: unknown) => unknown> {
  const names = await learnNames(strapi, since);
  names.within.set(origin, 'CMS');
  const name = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(name);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && key !== 'cursor' && key !== 'next')
        .map(([key, v]) => [key, key === 'eventId' ? names.event(v) : name(v)]),
    );
  };
  return (body) => sortedKeys(names.value(name(body)));
}

