/**
 * The administrator's search parameters, checked one by one: anything unknown or malformed is
 * a 400 that names the parameter, in Vietnamese. Dates are whole days in Asia/Ho_Chi_Minh
 * (UTC+7 all year, no daylight saving), both ends included.
 */
import { errors } from '@strapi/utils';
import { MODEL_TYPES, provinceDay, provinceDayStart } from '@cchc/content-types';
import type { AuditFilter } from './store';

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

const PARAMS = ['user', 'agency', 'documentType', 'documentId', 'action', 'from', 'to', 'page', 'pageSize'] as const;
type Param = (typeof PARAMS)[number];

const TYPE_NAMES = new Set<string>(MODEL_TYPES.map((t) => t.name));
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/i;
const ACTION = /^[a-z][a-z-]{0,31}(\.[a-z][a-z-]{0,31})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function invalid(param: string, message: string): never {
  throw new errors.ValidationError(`Tham số "${param}" không hợp lệ: ${message}`, { param });
}

/** One value per parameter: `?user=a&user=b` is refused rather than guessed. */
function single(query: Record<string, unknown>, param: Param): string | undefined {
  const value = query[param];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') invalid(param, 'chỉ được cho một giá trị');
  if (value.length > 255) invalid(param, 'quá dài');
  return value.trim();
}

function positive(param: Param, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max) invalid(param, `phải là số nguyên từ 1 đến ${max}`);
  return Number(value);
}

/** The start of a day in Vietnam, as an instant. */
function startOfDay(param: Param, value: string): Date {
  const match = DAY.exec(value);
  const date = match ? provinceDayStart(value) : null;
  // `2026-02-30` parses as 2 March: compare back to refuse it.
  const real = date && !Number.isNaN(date.getTime()) && provinceDay(date) === value;
  if (!real) invalid(param, 'phải là một ngày có thật dạng YYYY-MM-DD');
  return date!;
}

export interface AuditQuery {
  filter: AuditFilter;
  page: number;
  pageSize: number;
}

export function parseAuditQuery(query: Record<string, unknown>): AuditQuery {
  for (const key of Object.keys(query)) {
    if (!(PARAMS as readonly string[]).includes(key)) invalid(key, 'không phải tham số tìm kiếm của nhật ký');
  }
  const filter: AuditFilter = {};
  const user = single(query, 'user');
  if (user !== undefined) {
    if (/^\d{1,9}$/.test(user)) filter.user = { id: Number(user) };
    else if (EMAIL.test(user)) filter.user = { email: user };
    else invalid('user', 'phải là mã số hoặc địa chỉ thư điện tử của người dùng');
  }
  const agency = single(query, 'agency');
  if (agency !== undefined) {
    if (!DOCUMENT_ID.test(agency)) invalid('agency', 'phải là documentId của một cơ quan');
    filter.agency = agency;
  }
  const type = single(query, 'documentType');
  const documentId = single(query, 'documentId');
  if (type !== undefined || documentId !== undefined) {
    if (type === undefined || !TYPE_NAMES.has(type)) invalid('documentType', `phải là một trong: ${[...TYPE_NAMES].join(', ')}`);
    if (documentId === undefined || !DOCUMENT_ID.test(documentId)) invalid('documentId', 'phải là documentId của tài liệu');
    filter.document = { type, documentId };
  }
  const action = single(query, 'action');
  if (action !== undefined) {
    if (!ACTION.test(action)) invalid('action', 'phải có dạng "document.publish" hoặc "auth"');
    filter.action = action;
  }
  const from = single(query, 'from');
  const to = single(query, 'to');
  if (from !== undefined) filter.from = startOfDay('from', from);
  // Up to the end of the last day: before the start of the next.
  if (to !== undefined) filter.until = new Date(startOfDay('to', to).getTime() + DAY_MS);
  if (filter.from && filter.until && filter.from >= filter.until) invalid('to', 'không được trước ngày bắt đầu ("from")');
  return {
    filter,
    page: positive('page', single(query, 'page'), 1, 100_000),
    pageSize: positive('pageSize', single(query, 'pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** For the export, which has no pages: the same filter, paging parameters refused. */
export function parseExportQuery(query: Record<string, unknown>): AuditFilter {
  for (const param of ['page', 'pageSize'] as const) if (query[param] !== undefined) invalid(param, 'tệp xuất gồm mọi kết quả, không chia trang');
  return parseAuditQuery(query).filter;
}
