import type { Core } from '@strapi/strapi';

/**
 * The press API's front door (src/press/access/). Each outlet has its own rate limit, set by
 * the administrator; these are the defaults a new outlet gets. Outlets are held in memory and
 * read again every `refreshMs` (and on an unknown token, at most once per `missRefreshMs`), so
 * that with several CMS processes a token revoked in one is refused by all within that time:
 * half a second, so within one second (the read is of a few dozen rows).
 * Usage counts are written to the database every `usageFlushMs`.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  perMinute: env.int('PRESS_RATE_LIMIT_PER_MINUTE', 600),
  burst: env.int('PRESS_RATE_LIMIT_BURST', 120),
  refreshMs: env.int('PRESS_OUTLETS_REFRESH_MS', 500),
  missRefreshMs: env.int('PRESS_OUTLETS_MISS_REFRESH_MS', 1_000),
  usageFlushMs: env.int('PRESS_USAGE_FLUSH_MS', 5_000),
  /** Longest query string a press read takes (cursors and page sizes are short). */
  maxQueryLength: env.int('PRESS_MAX_QUERY_LENGTH', 1_024),
});

export default config;
