/**
 * `@cchc/content-types/press`: the press item and every format made from it (ninjs, RSS, JSON
 * Feed, the podcast, iCalendar), the change feed, the webhook body, the OpenAPI document.
 * Node only (node:crypto, node:fs, ical-generator).
 */
export * from '../press';
