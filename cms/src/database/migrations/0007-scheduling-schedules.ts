/** Scheduled publish and unpublish, `document_schedules` (../../scheduling/table.ts). */
import { qualified, type Migration } from './migration';

const TABLE = 'document_schedules';

export const migration: Migration = {
  id: '0007-scheduling-schedules',
  async up(knex, strapi) {
    const schema = () => strapi.db.getSchemaConnection(knex);
    if (!(await schema().hasTable(TABLE))) {
      await schema().createTable(TABLE, (t) => {
        t.increments('id').primary();
        t.string('type', 64).notNullable();
        t.string('document_id', 64).notNullable();
        t.string('locale', 16).notNullable();
        t.string('action', 16).notNullable();
        t.timestamp('run_at', { useTz: true }).notNullable();
        t.string('state', 16).notNullable().defaultTo('pending');
        t.integer('created_by').nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('approved_at', { useTz: true }).nullable();
        t.boolean('major').nullable();
        t.text('change_note').nullable();
        t.timestamp('fired_at', { useTz: true }).nullable();
        t.string('fired_by', 255).nullable();
        t.integer('cancelled_by').nullable();
        t.text('outcome').nullable();
        t.integer('attempts').notNullable().defaultTo(0);
        t.timestamp('retry_at', { useTz: true }).nullable();
        t.index(['state', 'run_at'], 'document_schedules_due_idx');
        t.index(['type', 'document_id'], 'document_schedules_document_idx');
      });
    }
    // One pending schedule per translation and action: a partial index, which knex's schema builder cannot make.
    await knex.raw(
      `CREATE UNIQUE INDEX IF NOT EXISTS document_schedules_one_pending ON ${qualified(strapi, TABLE)} (type, document_id, locale, action) WHERE state = 'pending'`,
    );
  },
};
