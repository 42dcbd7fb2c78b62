/**
 * Checks a Content API query against the type's public endpoint (content-types/src/public-api.ts)
 * and returns the query Strapi will run: the caller's checked filters, sort, pagination, fields
 * and locale, with the fixed populate and `status: 'published'`. Anything not on the list throws
 * QueryRefused naming the parameter; the middleware answers 400 with it.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  LOGICAL_OPERATORS, OPERATORS, PUBLIC_API_LIMITS as LIMITS, type Populate, type PublicEndpoint, type ValueKind,
} from '@cchc/content-types';

export type RouteAction = 'find' | 'findOne';

export class QueryRefused extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, unknown>;

const PARAMS: Record<RouteAction, readonly string[]> = {
  find: ['filters', 'sort', 'pagination', 'fields', 'populate', 'locale', 'status'],
  findOne: ['fields', 'populate', 'locale', 'status'],
};
const RELATION_OPERATORS = ['$eq', '$ne', '$in', '$notIn'];
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const FLAG_OPERATORS = new Set(['$null', '$notNull']);

function refuse(param: string, message: string): never {
  throw new QueryRefused(param, message);
}

/** Own keys only: `constructor` or `toString` must not pass for a field. */
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// qs leaves undecodable percent-escapes as they are, so no lone surrogate should arrive, but a
// value is checked as text before it can reach a database driver.
const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function text(param: string, value: unknown): string {
  if (typeof value !== 'string') refuse(param, `"${param}" must be one value`);
  if (value.length > LIMITS.maxValueLength) refuse(param, `"${param}" is longer than ${LIMITS.maxValueLength} characters`);
  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) refuse(param, `"${param}" contains characters that are not text`);
  return value;
}

function list(param: string, value: unknown): unknown[] {
  const items = Array.isArray(value) ? value : [value];
  if (items.length > LIMITS.maxListLength) refuse(param, `"${param}" has more than ${LIMITS.maxListLength} items`);
  return items;
}

/** Dates PostgreSQL and SQLite both read: years 1000-9999 (by the patterns below), a real calendar day. */
function isCalendarDate(v: string): boolean {
  const day = v.slice(0, 10);
  const midnight = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(midnight) || new Date(midnight).toISOString().slice(0, 10) !== day) return false;
  return v.length === 10 || Number.isFinite(Date.parse(v));
}

const DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;
const DATETIME = /^[1-9]\d{3}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const VALID: Record<ValueKind, (v: string) => boolean> = {
  text: () => true,
  choice: () => true,
  integer: (v) => /^-?\d{1,9}$/.test(v),
  date: (v) => DATE.test(v) && isCalendarDate(v),
  datetime: (v) => DATETIME.test(v) && isCalendarDate(v),
  boolean: (v) => v === 'true' || v === 'false',
  documentId: (v) => /^[A-Za-z0-9]{1,64}$/.test(v),
};

function scalar(param: string, value: unknown, kind: ValueKind): string {
  const v = text(param, value);
  if (!VALID[kind](v)) refuse(param, `"${param}" is not a valid ${kind} value`);
  return v;
}

function operand(param: string, operator: string, value: unknown, kind: ValueKind): unknown {
  if (FLAG_OPERATORS.has(operator)) return scalar(param, value, 'boolean');
  if (LIST_OPERATORS.has(operator)) return list(param, value).map((v, i) => scalar(`${param}[${i}]`, v, kind));
  if (operator === '$between') {
    const pair = list(param, value);
    if (pair.length !== 2) refuse(param, `"${param}" needs two values`);
    return pair.map((v, i) => scalar(`${param}[${i}]`, v, kind));
  }
  return scalar(param, value, kind);
}

/** `filters[field]=v` (equality) or `filters[field][$op]=v` with the operators of its kind. */
function comparison(param: string, value: unknown, kind: ValueKind, operators: readonly string[]): unknown {
  if (!isRecord(value)) return scalar(param, value, kind);
  const out: Query = {};
  for (const [operator, operandValue] of Object.entries(value)) {
    const at = `${param}[${operator}]`;
    if (!operators.includes(operator)) refuse(at, `"${at}": ${operator} is not an allowed operator here (allowed: ${operators.join(', ')})`);
    out[operator] = operand(at, operator, operandValue, kind);
  }
  return out;
}

function relationFilter(endpoint: PublicEndpoint, param: string, field: string, value: unknown): Query {
  if (!isRecord(value)) refuse(param, `"${param}" filters a relation by one of: ${endpoint.relations[field]!.join(', ')}`);
  const out: Query = {};
  for (const [key, inner] of Object.entries(value)) {
    const at = `${param}[${key}]`;
    if (!endpoint.relations[field]!.includes(key)) {
      refuse(at, `"${at}" is not allowed: a relation is filtered by ${endpoint.relations[field]!.join(', ')} only`);
    }
    out[key] = comparison(at, inner, key === 'documentId' ? 'documentId' : 'text', RELATION_OPERATORS);
  }
  return out;
}

function filters(endpoint: PublicEndpoint, param: string, value: unknown, depth: number): Query {
  if (!isRecord(value)) refuse(param, `"${param}" must be an object of field filters`);
  const out: Query = {};
  for (const [key, inner] of Object.entries(value)) {
    const at = `${param}[${key}]`;
    if ((LOGICAL_OPERATORS as readonly string[]).includes(key)) {
      if (depth >= LIMITS.maxLogicalDepth) refuse(at, `"${at}" nests $and/$or/$not deeper than ${LIMITS.maxLogicalDepth}`);
      if (key === '$not') {
        out[key] = filters(endpoint, at, inner, depth + 1);
      } else {
        if (!Array.isArray(inner)) refuse(at, `"${at}" must be a list of filters`);
        out[key] = list(at, inner).map((item, i) => filters(endpoint, `${at}[${i}]`, item, depth + 1));
      }
    } else if (has(endpoint.filters, key)) {
      const kind = endpoint.filters[key]!;
      out[key] = comparison(at, inner, kind, OPERATORS[kind]);
    } else if (has(endpoint.relations, key)) {
      out[key] = relationFilter(endpoint, at, key, inner);
    } else {
      refuse(at, `"${at}" is not a public filter of /api/${endpoint.plural}`);
    }
  }
  return out;
}

/** Strapi's string forms: `sort=a`, `sort=a:desc,b`, `sort[0]=a:asc`. */
function sort(endpoint: PublicEndpoint, value: unknown): string[] {
  const items = (Array.isArray(value) ? value : [value]).flatMap((v, i) =>
    text(`sort[${i}]`, v).split(',').map((s) => [i, s.trim()] as const),
  );
  if (items.length > LIMITS.maxListLength) refuse('sort', `"sort" has more than ${LIMITS.maxListLength} fields`);
  return items.map(([i, item]) => {
    const [field = '', direction, extra] = item.split(':');
    // Messages name the parameter, never repeat the caller's value.
    if (!endpoint.sorts.includes(field)) refuse(`sort[${i}]`, `"sort[${i}]" is not a sortable field of /api/${endpoint.plural} (sortable: ${endpoint.sorts.join(', ')})`);
    if (extra !== undefined || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      refuse(`sort[${i}]`, `"sort[${i}]" takes field, field:asc or field:desc`);
    }
    return direction ? `${field}:${direction.toLowerCase()}` : field;
  });
}

function fields(endpoint: PublicEndpoint, value: unknown): string[] {
  const names = list('fields', value).flatMap((v, i) => text(`fields[${i}]`, v).split(','));
  if (names.length > LIMITS.maxListLength) refuse('fields', `"fields" has more than ${LIMITS.maxListLength} names`);
  names.forEach((name, i) => {
    if (!endpoint.fields.includes(name)) refuse(`fields[${i}]`, `"fields[${i}]" is not a public field of /api/${endpoint.plural} (public: ${endpoint.fields.join(', ')})`);
  });
  return names;
}

function integerIn(param: string, value: unknown, min: number, max: number): string {
  const v = text(param, value);
  if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) refuse(param, `"${param}" must be a whole number from ${min} to ${max}`);
  return v;
}

function pagination(value: unknown): Query {
  if (!isRecord(value)) refuse('pagination', '"pagination" takes page and pageSize (or start and limit)');
  const out: Query = {};
  for (const [key, inner] of Object.entries(value)) {
    const at = `pagination[${key}]`;
    if (key === 'page') out[key] = integerIn(at, inner, 1, LIMITS.maxPage);
    else if (key === 'pageSize' || key === 'limit') out[key] = integerIn(at, inner, 1, LIMITS.maxPageSize);
    else if (key === 'start') out[key] = integerIn(at, inner, 0, LIMITS.maxPage * LIMITS.maxPageSize);
    else if (key === 'withCount') out[key] = scalar(at, inner, 'boolean');
    else refuse(at, `"${at}" is not a pagination parameter`);
  }
  if (('page' in out || 'pageSize' in out) && ('start' in out || 'limit' in out)) {
    refuse('pagination', '"pagination" takes page and pageSize, or start and limit, not both');
  }
  return out;
}

/** The populate as qs parses the query string that populateQuery() writes. */
function asParsed(populate: Populate): Query {
  return Object.fromEntries(
    Object.entries(populate).map(([key, value]) => {
      if (value === true) return [key, 'true'];
      const out: Query = {};
      if (value.fields) out.fields = [...value.fields];
      if (value.populate) out.populate = Object.fromEntries(Object.keys(value.populate).map((k) => [k, 'true']));
      return [key, out];
    }),
  );
}

export function publicQuery(endpoint: PublicEndpoint, action: RouteAction, query: Query): Query {
  const allowed = PARAMS[action];
  const out: Query = {};
  for (const [param, value] of Object.entries(query)) {
    if (!allowed.includes(param)) {
      refuse(param, `"${param}" is not a parameter of ${action === 'find' ? `/api/${endpoint.plural}` : 'a single document'} (allowed: ${allowed.join(', ')})`);
    }
    switch (param) {
      case 'filters':
        out.filters = filters(endpoint, 'filters', value, 0);
        break;
      case 'sort':
        out.sort = sort(endpoint, value);
        break;
      case 'pagination':
        out.pagination = pagination(value);
        break;
      case 'fields':
        out.fields = fields(endpoint, value);
        break;
      case 'locale':
        if (!endpoint.locales.includes(text('locale', value))) refuse('locale', `"locale" is one of ${endpoint.locales.join(', ')}`);
        out.locale = value;
        break;
      case 'status':
        // Only published content is public; drafts are read in the admin panel.
        if (value !== 'published') refuse('status', 'Only published content is available through this API: remove "status" or set it to "published".');
        break;
      case 'populate':
        if (!isDeepStrictEqual(value, asParsed(endpoint.populate))) {
          refuse('populate', `"populate" is fixed for /api/${endpoint.plural}: leave it out, every answer carries the same relations and media`);
        }
        break;
    }
  }
  return { ...out, populate: endpoint.populate, status: 'published' };
}

/** A route's document id, as Strapi makes them (letters and digits). */
export function checkDocumentId(id: unknown): void {
  if (id !== undefined && !VALID.documentId(typeof id === 'string' ? id : '')) refuse('id', '"id" is not a document id');
}
