/** Which tables of a PostgreSQL database hold a text anywhere in a row (for the personal-data tests). */
import type { Core } from '@strapi/strapi';

/** Every base table of the CMS's schema whose rows hold any of `needles`, with how many rows; `except` by prefix. */
export async function tablesHolding(strapi: Core.Strapi, needles: string[], except: string[] = []): Promise<string[]> {
  const { rows: tables } = (await strapi.db.connection.raw(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  )) as { rows: { table_name: string }[] };
  if (!tables.some((t) => t.table_name === 'document_events')) throw new Error('tablesHolding: not the CMS schema');
  const holding: string[] = [];
  for (const { table_name: name } of tables) {
    if (except.some((prefix) => name.startsWith(prefix))) continue;
    const where = needles.map(() => 't::text LIKE ?').join(' OR ');
    const { rows } = (await strapi.db.connection.raw(`SELECT count(*)::int AS n FROM ?? AS t WHERE ${where}`, [name, ...needles.map((n) => `%${n}%`)])) as {
      rows: { n: number }[];
    };
    if (rows[0]!.n > 0) holding.push(`${name} (${rows[0]!.n})`);
  }
  return holding;
}
