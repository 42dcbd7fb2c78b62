/**
 * The token buckets of the rate limits (cms/src/shared/token-buckets.ts), on a clock the test
 * moves. Generated schedules of requests (fast-check: 500 with a fixed seed in `npm test`,
 * 10,000 with the date's seed in `npm run test:deep`; TOKEN_BUCKETS_FUZZ_SEED /
 * TOKEN_BUCKETS_FUZZ_RUNS replay a printed run): over any schedule a bucket lets through no more
 * than its capacity plus what refilled, a request refused with a wait of `n` seconds goes after
 * `n` seconds, and keys never share a bucket.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBucket, TokenBuckets } from '../../cms/src/shared/token-buckets';
import { generated } from '../support/generated';

const { seed, runs } = generated('TOKEN_BUCKETS_FUZZ', { ci: 500, deep: 10_000 }, 'token buckets');

/** A clock the test moves, in ms. */
function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const size = fc.record({ capacity: fc.integer({ min: 1, max: 200 }), perMinute: fc.integer({ min: 1, max: 6_000 }) });
/** Gaps between requests, in ms: mostly bursts, sometimes long waits. */
const gaps = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 120_000 })), { minLength: 1, maxLength: 200 });

describe('a token bucket', () => {
  it('lets through at most its capacity plus what refilled, in any stretch of any schedule', () => {
    fc.assert(
      fc.property(size, gaps, ({ capacity, perMinute }, steps) => {
        const time = clock();
        const perSecond = perMinute / 60;
        const bucket = new TokenBucket({ capacity, perSecond }, time.now);
        /** When each request that went was let through, in ms. */
        const allowed: number[] = [];
        for (const gap of steps) {
          time.advance(gap);
          if (bucket.take() === 0) allowed.push(time.now());
        }
        // From the i-th request let through to the j-th: j - i + 1 of them, in (t_j - t_i) ms.
        for (let i = 0; i < allowed.length; i += 1) {
          for (let j = i; j < allowed.length; j += 1) {
            expect(j - i + 1).toBeLessThanOrEqual(capacity + ((allowed[j]! - allowed[i]!) / 1000) * perSecond + 1e-6);
          }
        }
      }),
      { seed, numRuns: runs },
    );
  });

  it('answers a full burst at once, then refuses with a wait after which the request goes', () => {
    fc.assert(
      fc.property(size, ({ capacity, perMinute }) => {
        const time = clock();
        const bucket = new TokenBucket({ capacity, perSecond: perMinute / 60 }, time.now);
        for (let i = 0; i < capacity; i += 1) expect(bucket.take()).toBe(0);
        const wait = bucket.take();
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(Number.isInteger(wait)).toBe(true);
        // The wait is the whole seconds until one token is back: no shorter, at most one second longer.
        expect(wait).toBeGreaterThanOrEqual(60 / perMinute - 1e-9);
        expect(wait).toBeLessThan(Math.max(1, 60 / perMinute) + 1);
        time.advance(wait * 1000);
        expect(bucket.take()).toBe(0);
      }),
      { seed, numRuns: runs },
    );
  });

  it('is the public limit\'s figures: 60 at once, then one a half-second at 120 a minute', () => {
    const time = clock();
    const bucket = new TokenBucket({ capacity: 60, perSecond: 2 }, time.now);
    expect(Array.from({ length: 60 }, () => bucket.take()).every((w) => w === 0)).toBe(true);
    expect(bucket.take()).toBe(1);
    time.advance(500);
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(1);
  });
});

describe('token buckets by key', () => {
  it('gives each key the answers of a bucket of its own', () => {
    fc.assert(
      fc.property(size, fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5_000 })), { minLength: 1, maxLength: 300 }), ({ capacity, perMinute }, steps) => {
        const time = clock();
        const options = { capacity, perSecond: perMinute / 60 };
        const keyed = new TokenBuckets(options, time.now);
        const own = new Map<number, TokenBucket>();
        for (const [key, gap] of steps) {
          time.advance(gap);
          if (!own.has(key)) own.set(key, new TokenBucket(options, time.now));
          expect(keyed.take(`k${key}`)).toBe(own.get(key)!.take());
        }
      }),
      { seed, numRuns: runs },
    );
  });

  it('forgets full buckets first, then the least recently seen, beyond maxKeys', () => {
    const time = clock();
    const buckets = new TokenBuckets({ capacity: 1, perSecond: 1 / 60, maxKeys: 10 }, time.now);
    // Ten keys, each with its one token taken: all ten are remembered as empty.
    for (let i = 0; i < 10; i += 1) expect(buckets.take(`a${i}`)).toBe(0);
    expect(buckets.take('a9')).toBeGreaterThan(0);
    // An eleventh key: none is full, so the least recently seen (a0) is forgotten, a9 is not.
    expect(buckets.take('b')).toBe(0);
    expect(buckets.take('a0')).toBe(0);
    expect(buckets.take('a9')).toBeGreaterThan(0);
  });
});
