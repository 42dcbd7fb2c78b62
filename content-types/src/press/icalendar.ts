/**
 * The events as an iCalendar (RFC 5545) that calendar apps subscribe to. ical-generator (a
 * well-kept generator) writes the text: escaping, CRLF lines folded at 75 octets without
 * splitting a UTF-8 character, the VTIMEZONE. Times are given to it as @date-fns/tz TZDates
 * in the province's zone, so they are written as local times with TZID whatever the machine's
 * own zone (a plain Date would be read in the machine's zone).
 */
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { pick } from '../locales';
import { TIME_ZONE } from '../province-time';
import { event as eventType } from '../types/event';
import type { FeedChannel } from './channel';
import { modifiedDateOf } from './channel';
import type { PressItem } from './item';

/**
 * The zone's VTIMEZONE, without its TZURL: a calendar of ours names no other host (and a
 * client needs none; Asia/Ho_Chi_Minh is +07:00 all year).
 */
function vtimezone(zone: string): string | null {
  return getVtimezoneComponent(zone)?.replace(/^TZURL:.*\r?\n/m, '') ?? null;
}

/**
 * SEQUENCE must grow with every published revision (RFC 5545 §3.8.7.4) and the site keeps no
 * counter, so it is counted in seconds from the first publish to the version shown: every
 * publish comes later than the one before, and the same content always gives the same number.
 */
export function sequenceOf(item: PressItem): number {
  return Math.max(0, Math.floor((Date.parse(modifiedDateOf(item)) - Date.parse(item.firstPublishedAt)) / 1000));
}

/** Postponed and cancelled events say so in their title too: not every calendar app shows STATUS. */
function summaryOf(item: PressItem, status: string): string {
  if (status !== 'postponed' && status !== 'cancelled') return item.title;
  return `${pick(eventType.fields.eventStatus.valueLabels[status], item.locale)}: ${item.title}`;
}

/** A postponed event has no new date yet: it stays, as tentative; a cancelled one is CANCELLED. */
function statusOf(status: string): ICalEventStatus {
  if (status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (status === 'postponed') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** The iCalendar of these items' events (items that are no event are left out). */
export function eventCalendar(items: PressItem[], channel: FeedChannel): string {
  const calendar = ical({
    prodId: { company: channel.owner, product: 'CCHC', language: channel.language.toUpperCase() },
    name: channel.title,
    description: channel.description,
    url: channel.homeUrl,
    source: channel.feedUrl,
    // No calendar-wide zone: with one, ical-generator writes DTSTAMP, CREATED and LAST-MODIFIED in it
    // without a Z, where RFC 5545 wants UTC. Each event names its zone; the generator adds its VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
  });
  for (const item of items) {
    const details = item.event;
    if (!details) continue;
    const modified = new Date(modifiedDateOf(item));
    calendar.createEvent({
      id: item.uri,
      sequence: sequenceOf(item),
      // Without METHOD, DTSTAMP is when the event was last revised (§3.8.7.2): never the clock.
      stamp: modified,
      lastModified: modified,
      created: new Date(item.firstPublishedAt),
      start: new TZDate(details.startsAt, TIME_ZONE),
      end: details.endsAt ? new TZDate(details.endsAt, TIME_ZONE) : null,
      timezone: TIME_ZONE,
      summary: summaryOf(item, details.status),
      description: `${item.summary}\n\n${item.url}`,
      location: details.venue ?? details.onlineUrl ?? null,
      url: item.url,
      status: statusOf(details.status),
      categories: [{ name: item.kindLabel }],
    });
  }
  return calendar.toString();
}
