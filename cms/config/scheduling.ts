import type { Core } from '@strapi/strapi';

// Scheduled publish and unpublish (cms/src/scheduling/): how often every CMS process looks for
// due schedules, how far ahead one may be set, and how a failing fire is retried. Tests shorten
// the poll.
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  pollMs: env.int('SCHEDULER_POLL_MS', 15_000),
  maxAheadDays: env.int('SCHEDULER_MAX_AHEAD_DAYS', 730),
  retryMs: env.int('SCHEDULER_RETRY_MS', 60_000),
  maxAttempts: env.int('SCHEDULER_MAX_ATTEMPTS', 5),
  // Test-only (read only when NODE_ENV=test): the process that removes this file first pauses
  // inside its fire transaction, before commit, so a test can kill it there.
  testPauseFile: env('NODE_ENV') === 'test' ? env('SCHEDULER_TEST_PAUSE_FILE', '') : '',
});

export default config;
