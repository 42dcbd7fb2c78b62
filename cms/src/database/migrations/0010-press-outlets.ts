/** The press outlets and their hashed tokens, `press_outlets` (../../press/access/outlets.ts). */
import type { Migration } from './migration';

const TABLE = 'press_outlets';

export const migration: Migration = {
  id: '0010-press-outlets',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.increments('id').primary();
      t.string('name', 100).notNullable().unique();
      t.string('token_hash', 64).notNullable().unique();
      t.string('token_prefix', 32).notNullable();
      // JSON array of exact origins.
      t.text('origins').notNullable();
      t.integer('per_minute').notNullable();
      t.integer('burst').notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.integer('created_by').nullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.integer('updated_by').nullable();
      t.timestamp('rotated_at', { useTz: true }).nullable();
      t.integer('rotated_by').nullable();
      t.timestamp('revoked_at', { useTz: true }).nullable();
      t.integer('revoked_by').nullable();
      t.timestamp('last_pull_at', { useTz: true }).nullable();
    });
  },
};
