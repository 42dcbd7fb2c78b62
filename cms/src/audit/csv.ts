/**
 * The CSV export: RFC 4180 (comma, CRLF, every field quoted, quotes doubled), UTF-8 with a byte
 * order mark so that Excel shows Vietnamese. A spreadsheet may begin a cell wherever a list
 * separator or a line break is (a comma; a semicolon, the separator of Vietnamese Windows; a tab
 * or a line break inside a cell, when the text is split into columns), and a cell that begins
 * with = + - @ or a tab or carriage return before one is read as a formula. So wherever a cell
 * could begin, a formula start gets an apostrophe before it: an entry's text (an e-mail tried
 * at login, a display name a user set, a change note) is never run on the administrator's
 * machine.
 */
import { provinceDateTime } from '@cchc/content-types';
import type { AuditEntry } from './entry';
import { actionLabel, ACTOR_KINDS, SUBJECT_LABELS } from './labels';

export const BOM = '\uFEFF';

/**
 * Where a cell could begin (the start, or after a separator or line break), apostrophes then a
 * formula start: one more apostrophe goes before them. Counting the apostrophes already there
 * keeps the change reversible (a text that began with `'=` stays distinct from one with `=`).
 */
const FORMULA_START = /(?<=^|[,;\t\r\n])'*[=+\-@\t\r]/g;

export const neutraliseFormulas = (text: string) => text.replace(FORMULA_START, "'$&");

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${neutraliseFormulas(text).replace(/"/g, '""')}"`;
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

export function csvRow(entry: AuditEntry): string {
  return csvLine([
    entry.id,
    provinceDateTime(entry.at),
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
