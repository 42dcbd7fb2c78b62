/**
 * The event log, `document_events` (../../events/log.ts): append-only by trigger. A log made
 * before migrations may lack the columns added later (`note`, `override`, `schedule`): they are
 * added (adding a column rewrites no row).
 */
import { refuseRewrites } from '../append-only';
import type { Migration } from './migration';

const TABLE = 'document_events';

export const migration: Migration = {
  id: '0001-events-log',
  async up(knex, strapi) {
    const schema = () => strapi.db.getSchemaConnection(knex);
    if (!(await schema().hasTable(TABLE))) {
      await schema().createTable(TABLE, (t) => {
        t.bigIncrements('id').primary();
        t.string('action', 32).notNullable();
        t.string('type', 64).notNullable();
        t.string('document_id', 64).notNullable();
        t.string('locale', 16).notNullable();
        t.string('actor_kind', 16).notNullable();
        t.integer('actor_id').nullable();
        t.string('actor_reason', 255).nullable();
        t.string('cause', 32).nullable();
        t.boolean('major').nullable();
        t.text('change_note').nullable();
        t.text('note').nullable();
        t.boolean('override').nullable();
        t.text('schedule').nullable();
        t.timestamp('at', { useTz: true }).notNullable();
        t.index(['type', 'document_id'], 'document_events_document_idx');
      });
    }
    for (const column of ['note', 'override', 'schedule'] as const) {
      if (await schema().hasColumn(TABLE, column)) continue;
      await schema().alterTable(TABLE, (t) => (column === 'override' ? t.boolean(column).nullable() : t.text(column).nullable()));
    }
    // The database itself refuses to change or remove an event, whatever our code does.
    await refuseRewrites(knex, strapi, TABLE);
  },
};
