/**
 * The province's time, one home for every room (CMS, publisher, site, press formats). Asia/Ho_Chi_Minh
 * is UTC+7 all year (no daylight saving since 1975), so a fixed offset is exact and needs no
 * time-zone database. Instants are stored in UTC; people read and type them in this time.
 */

/** For Intl formatting (`timeZone`). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** For an ISO date-time written in the province's time. */
export const PROVINCE_OFFSET = '+07:00';
export const PROVINCE_OFFSET_MS = 7 * 3_600_000;

const DAY_MS = 86_400_000;

/** The wall clock in the province at `at`, as a UTC-shaped Date: read it with `getUTC*`. */
export const provinceWallClock = (at: Date): Date => new Date(at.getTime() + PROVINCE_OFFSET_MS);

/** The province's calendar day at `at`: `2026-12-24`. */
export const provinceDay = (at: Date): string => provinceWallClock(at).toISOString().slice(0, 10);

/** `2026-12-24 08:00:00`: the province's date and time at `at`. */
export const provinceDateTime = (at: Date): string => provinceWallClock(at).toISOString().slice(0, 19).replace('T', ' ');

/** The first instant of a province day written `2026-12-24` (Invalid Date when it is not one). */
export const provinceDayStart = (day: string): Date => new Date(`${day}T00:00:00${PROVINCE_OFFSET}`);

/** The number of the province day at `at` (days since 1970-01-01 there): a cheap key per day. */
export const provinceDayNumber = (at: number): number => Math.floor((at + PROVINCE_OFFSET_MS) / DAY_MS);

/** Milliseconds from `at` to the next midnight in the province. */
export const msToProvinceMidnight = (at: Date): number => DAY_MS - ((at.getTime() + PROVINCE_OFFSET_MS) % DAY_MS);
