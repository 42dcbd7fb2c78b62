/**
 * The CSV export: RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), UTF-8 with a byte order mark so that Excel shows Vietnamese, and a
 * cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage
 * return before one) gets a leading apostrophe: an entry's text (an e-mail tried at login, a
 * change note) is never run on the administrator's machine.
 */
import type { AuditEntry } from './entry';
import { actionLabel, ACTOR_KINDS, SUBJECT_LABELS } from './labels';

export const BOM = '\uFEFF';

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

export const CSV_HEADER = [
  'Mã',
  'Thời điểm (giờ Việt Nam)',
  'Hành động',
  'Mã hành động',
  'Loại người thực hiện',
  'Mã người thực hiện',
  'Thư điện tử',
  'Tên',
  'Đối tượng',
  'Mã đối tượng',
  'Ngôn ngữ',
  'Cơ quan',
  'Địa chỉ IP',
  'Chi tiết',
];

/** `2026-05-10 08:00:00` in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vietnamTime(at: Date): string {
  return new Date(at.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

export function csvRow(entry: AuditEntry): string {
  return csvLine([
    entry.id,
    vietnamTime(entry.at),
    actionLabel(entry.action, 'vi'),
    entry.action,
    ACTOR_KINDS[entry.actor.kind]?.vi ?? entry.actor.kind,
    entry.actor.id,
    entry.actor.email,
    entry.actor.name,
    entry.subject ? (SUBJECT_LABELS[entry.subject.type]?.vi ?? entry.subject.type) : '',
    entry.subject?.id,
    entry.subject?.locale,
    entry.agency,
    entry.ip,
    entry.details && Object.keys(entry.details).length ? JSON.stringify(entry.details) : '',
  ]);
}
