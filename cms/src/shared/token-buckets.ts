/**
 * Token buckets in memory: `capacity` requests at once, refilled at `perSecond`. `TokenBucket`
 * is one (an outlet's, src/press/access/limits.ts); `TokenBuckets` is one per key (an address
 * or an API token, src/middlewares/rate-limit.ts). Our own rather than a package: it is thirty
 * lines, needs no store, and the maintained koa limiters bring a Redis or Mongo driver. Per
 * process: with several CMS processes each limits on its own (docs/operations.md), which still
 * bounds the cost per process.
 */
export interface BucketSize {
  capacity: number;
  perSecond: number;
}

export interface BucketOptions extends BucketSize {
  /** Keys kept at most; beyond it, full buckets are forgotten first, then the oldest. */
  maxKeys?: number;
}

interface Level {
  tokens: number;
  at: number;
}

/** The level at `time`: what was left plus what refilled since, never above the capacity. */
function refilled(size: BucketSize, level: Level | undefined, time: number): Level {
  if (!level) return { tokens: size.capacity, at: time };
  return { tokens: Math.min(size.capacity, level.tokens + ((time - level.at) / 1000) * size.perSecond), at: time };
}

/** Takes one token from `level` (changed in place): 0 when the request may go, else the whole seconds until it may (at least 1). */
function takeFrom(size: BucketSize, level: Level): number {
  if (level.tokens >= 1) {
    level.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil((1 - level.tokens) / size.perSecond));
}

export class TokenBucket {
  private level: Level | undefined;

  constructor(
    readonly size: BucketSize,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token: 0 when the request may go, else the seconds until it may (Retry-After). */
  take(): number {
    this.level = refilled(this.size, this.level, this.now());
    return takeFrom(this.size, this.level);
  }
}

export class TokenBuckets {
  private readonly levels = new Map<string, Level>();

  constructor(
    private readonly options: BucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`: 0 when the request may go, else the seconds until it may. */
  take(key: string): number {
    const time = this.now();
    const level = refilled(this.options, this.levels.get(key), time);
    // Deleted and set again: the map's order is then least recently seen first.
    this.levels.delete(key);
    if (this.levels.size >= this.maxKeys) this.sweep(time);
    this.levels.set(key, level);
    return takeFrom(this.options, level);
  }

  private get maxKeys(): number {
    return this.options.maxKeys ?? 100_000;
  }

  private sweep(time: number): void {
    for (const [key, level] of this.levels) {
      if (refilled(this.options, level, time).tokens >= this.options.capacity) this.levels.delete(key);
    }
    // Still full (many addresses at once): forget the least recently seen.
    const excess = this.levels.size - Math.floor(this.maxKeys * 0.9);
    for (const key of [...this.levels.keys()].slice(0, Math.max(0, excess))) this.levels.delete(key);
  }
}
