/**
 * Token buckets in memory, one per key (an address or an API token): `capacity` requests at once,
 * refilled at `perSecond`. Our own rather than a package: it is thirty lines, needs no store
 * (one CMS process serves the API; several would each limit on their own, which still bounds
 * the cost per process), and the maintained koa limiters bring a Redis or Mongo driver.
 */
export interface BucketOptions {
  capacity: number;
  perSecond: number;
  /** Keys kept at most; beyond it, full buckets are forgotten first, then the oldest. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: BucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`: 0 when the request may go, else the seconds until it may. */
  take(key: string): number {
    const time = this.now();
    const bucket = this.refilled(this.buckets.get(key), time);
    this.buckets.delete(key);
    if (this.buckets.size >= (this.options.maxKeys ?? 100_000)) this.sweep(time);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond));
  }

  private refilled(bucket: Bucket | undefined, time: number): Bucket {
    if (!bucket) return { tokens: this.options.capacity, at: time };
    const tokens = Math.min(this.options.capacity, bucket.tokens + ((time - bucket.at) / 1000) * this.options.perSecond);
    return { tokens, at: time };
  }

  private sweep(time: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, time).tokens >= this.options.capacity) this.buckets.delete(key);
    }
    // Still full (many addresses at once): forget the least recently seen.
    const excess = this.buckets.size - Math.floor((this.options.maxKeys ?? 100_000) * 0.9);
    for (const key of [...this.buckets.keys()].slice(0, Math.max(0, excess))) this.buckets.delete(key);
  }
}
