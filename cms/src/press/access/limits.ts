/**
 * Each outlet's rate limit: a token bucket of its own size (`burst`) and refill (`perMinute`).
 * A changed limit starts a fresh bucket. Per process, like the public API's limit: with several
 * CMS processes an outlet gets up to that many times its limit, which still bounds the cost per
 * process.
 */
import { TokenBucket } from '../../shared/token-buckets';
import type { LiveOutlet } from './registry';

interface Limiter {
  perMinute: number;
  burst: number;
  bucket: TokenBucket;
}

export class OutletLimits {
  private readonly limiters = new Map<number, Limiter>();

  /** 0 when the request may go, else the seconds to wait (Retry-After). */
  take(outlet: LiveOutlet): number {
    let limiter = this.limiters.get(outlet.id);
    if (!limiter || limiter.perMinute !== outlet.perMinute || limiter.burst !== outlet.burst) {
      limiter = { perMinute: outlet.perMinute, burst: outlet.burst, bucket: new TokenBucket({ capacity: outlet.burst, perSecond: outlet.perMinute / 60 }) };
      this.limiters.set(outlet.id, limiter);
    }
    return limiter.bucket.take();
  }
}
