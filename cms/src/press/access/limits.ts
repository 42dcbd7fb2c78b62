/**
 * Each outlet's rate limit: a token bucket of its own size (`burst`) and refill (`perMinute`),
 * reusing the public API's TokenBuckets with one key per outlet. A changed limit starts a fresh
 * bucket. Per process, like the public API's limit: with several CMS processes an outlet gets
 * up to that many times its limit, which still bounds the cost per process.
 */
import { TokenBuckets } from '../../public-api/token-bucket';
import type { LiveOutlet } from './registry';

interface Limiter {
  perMinute: number;
  burst: number;
  buckets: TokenBuckets;
}

export class OutletLimits {
  private readonly limiters = new Map<number, Limiter>();

  /** 0 when the request may go, else the seconds to wait (Retry-After). */
  take(outlet: LiveOutlet): number {
    let limiter = this.limiters.get(outlet.id);
    if (!limiter || limiter.perMinute !== outlet.perMinute || limiter.burst !== outlet.burst) {
      limiter = { perMinute: outlet.perMinute, burst: outlet.burst, buckets: new TokenBuckets({ capacity: outlet.burst, perSecond: outlet.perMinute / 60 }) };
      this.limiters.set(outlet.id, limiter);
    }
    return limiter.buckets.take('outlet');
  }
}
