import type { Core } from '@strapi/strapi';

// The document event dispatcher (cms/src/events/): how often it looks for undelivered events
// and how soon it retries a listener that failed. Tests shorten both.
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  pollMs: env.int('EVENTS_POLL_MS', 5_000),
  retryBaseMs: env.int('EVENTS_RETRY_MS', 5_000),
  retryMaxMs: env.int('EVENTS_RETRY_MAX_MS', 10 * 60_000),
});

export default config;
