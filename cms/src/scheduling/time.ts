/**
 * Schedules in Vietnam time (`@cchc/content-types`' province time): editors enter and read
 * times in it; the table stores UTC.
 */
import { PROVINCE_OFFSET_MS, provinceWallClock } from '@cchc/content-types';

/** `2026-12-24T08:00` (seconds optional): Vietnam time as an editor types it. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** The same with an explicit offset or `Z`, as another client may send it. */
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function offsetMs(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const [hours, minutes] = zone.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * The instant a local Vietnam date-time (or an ISO date-time with offset) names, or null when
 * it is not a real one: `2026-02-30T08:00` and `2026-12-24T24:00` are refused rather than rolled
 * over, as `Date` would.
 */
export function parseVietnamTime(input: string): Date | null {
  const match = LOCAL.exec(input) ?? WITH_OFFSET.exec(input);
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const zone = match[7];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const check = new Date(wall);
  const real =
    check.getUTCFullYear() === year && check.getUTCMonth() === month! - 1 && check.getUTCDate() === day &&
    check.getUTCHours() === hour && check.getUTCMinutes() === minute && check.getUTCSeconds() === second;
  if (!real) return null;
  const millis = zone === undefined ? 0 : Number(/\.(\d{1,3})/.exec(input)?.[1]?.padEnd(3, '0') ?? 0);
  return new Date(wall + millis - (zone === undefined ? PROVINCE_OFFSET_MS : offsetMs(zone)));
}

const two = (n: number) => String(n).padStart(2, '0');

const wallClock = provinceWallClock;

/** `24/12/2026 08:00`, as Vietnamese dates are written. */
export function formatVietnamTime(date: Date): string {
  const w = wallClock(date);
  return `${two(w.getUTCDate())}/${two(w.getUTCMonth() + 1)}/${w.getUTCFullYear()} ${two(w.getUTCHours())}:${two(w.getUTCMinutes())}`;
}

/** `2026-12-24T08:00`: the value of a `datetime-local` input showing this instant in Vietnam. */
export function toVietnamInput(date: Date): string {
  const w = wallClock(date);
  return `${w.getUTCFullYear()}-${two(w.getUTCMonth() + 1)}-${two(w.getUTCDate())}T${two(w.getUTCHours())}:${two(w.getUTCMinutes())}`;
}
