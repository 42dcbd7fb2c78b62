/**
 * The province's time (content-types/src/province-time.ts), one home for every room: its fixed
 * offset agrees with the time-zone database (Node's ICU) for Asia/Ho_Chi_Minh at generated
 * instants from 1976 to 2100, and its days round-trip. fast-check: 2,000 instants with a fixed
 * seed in `npm test`, 50,000 with the date's seed in `npm run test:deep`; PROVINCE_TIME_FUZZ_SEED /
 * PROVINCE_TIME_FUZZ_RUNS replay a printed run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIME_ZONE, msToProvinceMidnight, provinceDateTime, provinceDay, provinceDayNumber, provinceDayStart } from '@cchc/content-types';
import { generated } from '../support/generated';

const { seed, runs } = generated('PROVINCE_TIME_FUZZ', { ci: 2_000, deep: 50_000 }, 'province time');

/** What the time-zone database says the wall clock is: `2026-12-24 08:00:00`. */
const zoned = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const byDatabase = (at: Date) => zoned.format(at).replace(', ', ' ');

const instants = fc.date({ min: new Date('1976-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

describe("the province's time", () => {
  it('agrees with the time-zone database, and its days and midnights hold', () => {
    fc.assert(
      fc.property(instants, (at) => {
        expect(provinceDateTime(at)).toBe(byDatabase(at));
        const day = provinceDay(at);
        expect(day).toBe(byDatabase(at).slice(0, 10));
        // The day starts at its own midnight, which is at or before `at`, and the next one after.
        const start = provinceDayStart(day);
        expect(byDatabase(start)).toBe(`${day} 00:00:00`);
        expect(start.getTime()).toBeLessThanOrEqual(at.getTime());
        const toMidnight = msToProvinceMidnight(at);
        expect(toMidnight).toBeGreaterThan(0);
        expect(at.getTime() + toMidnight).toBe(start.getTime() + 86_400_000);
        expect(provinceDayNumber(at.getTime())).toBe(Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000));
      }),
      { seed, numRuns: runs },
    );
  });

  it('refuses a day that is not one', () => {
    expect(Number.isNaN(provinceDayStart('2026-13-01').getTime())).toBe(true);
    expect(provinceDay(provinceDayStart('2026-02-30'))).not.toBe('2026-02-30');
  });
});
