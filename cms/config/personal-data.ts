import type { Core } from '@strapi/strapi';

// The retention job (cms/src/personal-data/retention.ts): how often every CMS process looks for
// documents of personal-data types older than their retention, and how many rows of each type
// one pass erases at most. Tests shorten the poll.
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  pollMs: env.int('RETENTION_POLL_MS', 60 * 60 * 1000),
  batch: env.int('RETENTION_BATCH', 200),
});

export default config;
