/**
 * What a public caller (the site, the press, anyone) may pass to `/api/<plural>`: an allow-list
 * derived from the definitions, so a new field or type gets its public parameters here and
 * nowhere else. The CMS enforces it on its routes (cms/src/public-api/); anything not listed is
 * refused, which keeps every public query on published rows and cheap (no joins through
 * `localizations`, no relation sorts, no caller-chosen populate).
 */
import type { Field } from './fields';
import { LOCALES } from './locales';
import { typeByName, typesWith } from './model';
import { populateOf, type Populate } from './populate';

/** How a filterable field compares: decides its operators and which values are valid. */
export type ValueKind = 'text' | 'integer' | 'date' | 'datetime' | 'boolean' | 'choice' | 'documentId';

export const OPERATORS: Record<ValueKind, readonly string[]> = {
  text: [
    '$eq', '$eqi', '$ne', '$nei', '$in', '$notIn', '$contains', '$notContains', '$containsi',
    '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull',
  ],
  integer: ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'],
  date: ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'],
  datetime: ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'],
  boolean: ['$eq', '$ne', '$null', '$notNull'],
  choice: ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull'],
  documentId: ['$eq', '$ne', '$in', '$notIn'],
};

/** Combinators allowed around field filters, and how deep they may nest. */
export const LOGICAL_OPERATORS = ['$and', '$or', '$not'] as const;

/** Keys by which a taxonomy relation may be filtered: stable identifiers, never free text. */
export const RELATION_KEYS = ['documentId', 'slug', 'code'] as const;

export const PUBLIC_API_LIMITS = {
  /** Strapi's `api.rest.maxLimit` is set from this too (cms/config/api.ts). */
  maxPageSize: 100,
  defaultPageSize: 25,
  maxPage: 100_000,
  /** Nesting of $and/$or/$not. */
  maxLogicalDepth: 2,
  /** Items in an $in list, an $and/$or list, a sort or fields list. */
  maxListLength: 50,
  /** Characters in one value. */
  maxValueLength: 200,
  /** Characters in the whole query string (the site's longest populate is about 1,300). */
  maxQueryLength: 4096,
} as const;

export interface PublicEndpoint {
  type: string;
  plural: string;
  /** Root fields a `fields` list may name. */
  fields: readonly string[];
  /** Root fields a filter may name, with their kind. */
  filters: Readonly<Record<string, ValueKind>>;
  /** Taxonomy relations a filter may go through, with the target's keys it may compare. */
  relations: Readonly<Record<string, readonly string[]>>;
  /** Fields a `sort` may name. */
  sorts: readonly string[];
  /** The populate of every answer, fixed; a caller may repeat it but not change it. */
  populate: Populate;
  locales: readonly string[];
}

/** Every document carries these; they say nothing about drafts (only published rows are read). */
const SYSTEM_FILTERS: Record<string, ValueKind> = {
  documentId: 'documentId',
  createdAt: 'datetime',
  updatedAt: 'datetime',
  publishedAt: 'datetime',
};
const SYSTEM_FIELDS = ['documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt'];
const SYSTEM_SORTS = ['id', 'createdAt', 'updatedAt', 'publishedAt'];

/** The value kind of a scalar attribute; undefined for media, components, blocks, relations. */
function kindOf(field: Field): ValueKind | undefined {
  switch (field.strapi.type) {
    case 'string':
    case 'text':
    case 'uid':
    case 'email':
      return 'text';
    case 'integer':
      return 'integer';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'boolean':
      return 'boolean';
    case 'enumeration':
      return 'choice';
    default:
      return undefined;
  }
}

export function publicEndpointOf(name: string): PublicEndpoint {
  const def = typeByName(name);
  const entries = Object.entries(def.fields) as [string, Field][];
  const scalars = entries.flatMap(([key, f]) => {
    const kind = kindOf(f);
    return kind ? [[key, kind] as const] : [];
  });
  const relations = Object.fromEntries(
    entries.flatMap(([key, f]) => {
      if (!f.relation || typeByName(f.relation.target).kind !== 'taxonomy') return [];
      const target = typeByName(f.relation.target);
      return [[key, RELATION_KEYS.filter((k) => k !== 'code' || 'code' in target.fields)]];
    }),
  );
  const richText = entries.filter(([, f]) => f.strapi.type === 'blocks').map(([key]) => key);
  return {
    type: def.name,
    plural: def.plural,
    fields: [...SYSTEM_FIELDS, ...scalars.map(([key]) => key), ...richText],
    filters: { ...SYSTEM_FILTERS, ...Object.fromEntries(scalars) },
    relations,
    sorts: [...SYSTEM_SORTS, ...scalars.map(([key]) => key)],
    populate: populateOf(name),
    locales: LOCALES,
  };
}

/** One endpoint per type that the public reads. */
export const PUBLIC_ENDPOINTS: readonly PublicEndpoint[] = typesWith('public').map((t) => publicEndpointOf(t.name));
