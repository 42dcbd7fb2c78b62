/** The workflow's state of each translation, `workflow_states` (../../workflow/store.ts): a projection of the events. */
import type { Migration } from './migration';

const TABLE = 'workflow_states';

export const migration: Migration = {
  id: '0005-workflow-states',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.string('type', 64).notNullable();
      t.string('document_id', 64).notNullable();
      t.string('locale', 16).notNullable();
      t.string('state', 32).notNullable();
      t.integer('submitted_by').nullable();
      t.timestamp('submitted_at', { useTz: true }).nullable();
      t.integer('last_edited_by').nullable();
      t.timestamp('last_edited_at', { useTz: true }).nullable();
      t.integer('reviewed_by').nullable();
      t.timestamp('reviewed_at', { useTz: true }).nullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.primary(['type', 'document_id', 'locale']);
      // The review queue reads by state.
      t.index(['state', 'submitted_at'], 'workflow_states_queue_idx');
    });
  },
};
