import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite in `cms/.tmp/` by default (nothing to set up); PostgreSQL when DATABASE_URL is set
 * or DATABASE_CLIENT=postgres with the usual DATABASE_* variables.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', env('DATABASE_URL') ? 'postgres' : 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };
  const timeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    return {
      connection: {
        client: 'postgres',
        // With DATABASE_URL set, its values win over the separate variables (node-postgres).
        connection: {
          connectionString: url || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'cchc'),
          user: env('DATABASE_USERNAME', 'cchc'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
          // No statement runs longer than this (node-postgres sends it at connect): a query the
          // public allow-list should have kept cheap cannot hold a connection for long.
          statement_timeout: env.int('DATABASE_STATEMENT_TIMEOUT', 5000),
        },
        pool,
        acquireConnectionTimeout: timeout,
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`);
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      acquireConnectionTimeout: timeout,
    },
  };
};

export default config;
