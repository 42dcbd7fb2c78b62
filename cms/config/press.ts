import type { Core } from '@strapi/strapi';

// Press webhooks (cms/src/press/webhooks/): how often the delivery worker looks for due
// deliveries, how long it waits for a receiver, how it backs off, and when an endpoint that
// keeps failing is disabled (both: this many failures in a row, the first at least this long
// ago). PRESS_WEBHOOK_ALLOW_HTTP_LOOPBACK lets an endpoint be plain http:// on this machine
// (tests, a local receiver); every other endpoint must be https://. Tests shorten the timings.
//
// The change feed keeps its last pages in memory and asks at most every PRESS_FEED_RECHECK_MS
// whether another CMS process kept a change meanwhile (cms/src/press/changes/cache.ts).
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  changes: {
    recheckMs: env.int('PRESS_FEED_RECHECK_MS', 500),
  },
  webhooks: {
    pollMs: env.int('PRESS_WEBHOOK_POLL_MS', 5_000),
    timeoutMs: env.int('PRESS_WEBHOOK_TIMEOUT_MS', 10_000),
    retryBaseMs: env.int('PRESS_WEBHOOK_RETRY_MS', 30_000),
    retryMaxMs: env.int('PRESS_WEBHOOK_RETRY_MAX_MS', 60 * 60_000),
    disableAfterFailures: env.int('PRESS_WEBHOOK_DISABLE_AFTER_FAILURES', 10),
    disableAfterMs: env.int('PRESS_WEBHOOK_DISABLE_AFTER_MS', 24 * 60 * 60_000),
    allowHttpLoopback: env.bool('PRESS_WEBHOOK_ALLOW_HTTP_LOOPBACK', false),
  },
});

export default config;
