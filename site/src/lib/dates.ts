/**
 * Dates as the province reads them: dd/mm/yyyy (and HH:mm), always in Asia/Ho_Chi_Minh,
 * whatever the language of the page and the time zone of the build machine.
 */
import { TIME_ZONE } from '@cchc/content-types';

// en-GB only supplies the numbers; the order is fixed below, the same for every language.
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Fields {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

/**
 * Each instant's fields, by its string as the CMS gives it: a build formats the same dates on
 * many pages (a document's own, its listing's, its terms'), and formatToParts is not cheap.
 */
const known = new Map<string, Fields>();
const KNOWN_MAX = 100_000;

function fieldsOf(date: Date): Fields {
  const get = (type: string, from: Intl.DateTimeFormatPart[]) => from.find((p) => p.type === type)?.value ?? '';
  const list = parts.formatToParts(date);
  return {
    day: get('day', list),
    month: get('month', list),
    year: get('year', list),
    hour: get('hour', list),
    minute: get('minute', list),
  };
}

function fields(value: string | Date): Fields {
  if (typeof value !== 'string') return fieldsOf(value);
  let found = known.get(value);
  if (!found) {
    if (known.size >= KNOWN_MAX) known.clear();
    found = fieldsOf(new Date(value));
    known.set(value, found);
  }
  return found;
}

/** `dd/mm/yyyy`. A calendar date (`yyyy-mm-dd`, no time) is shown as it is, never shifted. */
export function formatDate(value: string | Date): string {
  const plain = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const f = fields(value);
  return `${f.day}/${f.month}/${f.year}`;
}

/** `dd/mm/yyyy HH:mm`, for instants where the hour matters (events). */
export function formatDateTime(value: string | Date): string {
  const f = fields(value);
  return `${f.day}/${f.month}/${f.year} ${f.hour}:${f.minute}`;
}

/** `HH:mm` in the province. */
export function formatTime(value: string | Date): string {
  const f = fields(value);
  return `${f.hour}:${f.minute}`;
}

/** The calendar day in the province, `yyyy-mm-dd`: compares instants and calendar dates alike. */
export function provinceDay(value: string | Date): string {
  const plain = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (plain) return plain[0];
  const f = fields(value);
  return `${f.year}-${f.month}-${f.day}`;
}
