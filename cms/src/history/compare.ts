/**
 * Compares two versions field by field, in the content model's terms: pure (no database), so
 * that it can be tested and reused on its own. For text and rich text, a word-level diff of
 * the visible text (jsdiff's `diffWords`); for relations and media, the items added and
 * removed; for components, their own fields the same way. Labels are the model's Vietnamese.
 */
import { diffWords } from 'diff';
import { blocksToText, type Blocks, type ContentTypeDefinition, type Field } from '@cchc/content-types';
import { componentFields, fieldsOf, kindOf } from './fields';
import type { MediaRef, RelationRef } from './snapshot';
import type { VersionContent } from './versions';

export type Status = 'unchanged' | 'changed' | 'added' | 'removed';

/** A run of words: in both versions, only in the newer one, or only in the older one. */
export interface TextPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/** A related document or a media file, as a reader names it. */
export interface Item {
  key: string;
  label: string;
}

interface Base {
  field: string;
  label: string;
  status: Status;
}

export type FieldComparison =
  | (Base & { kind: 'text'; parts: TextPart[] })
  | (Base & { kind: 'value'; from: string | null; to: string | null })
  | (Base & { kind: 'items'; added: Item[]; removed: Item[]; kept: Item[] })
  | (Base & { kind: 'component'; fields: FieldComparison[] })
  | (Base & { kind: 'components'; items: { index: number; status: Status; fields: FieldComparison[] }[] });

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Equal as stored (JSON), which is how both versions were written. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function statusOf(from: unknown, to: unknown): Status {
  if (same(from, to) || (isEmpty(from) && isEmpty(to))) return 'unchanged';
  if (isEmpty(from)) return 'added';
  if (isEmpty(to)) return 'removed';
  return 'changed';
}

function words(from: string, to: string): TextPart[] {
  return diffWords(from, to).map((c) => ({ kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same', text: c.value }));
}

function visibleText(field: Field, value: unknown): string {
  if (isEmpty(value)) return '';
  return kindOf(field) === 'richText' ? blocksToText(value as Blocks) : String(value);
}

function displayValue(field: Field, value: unknown): string | null {
  if (isEmpty(value)) return null;
  if (kindOf(field) === 'choice') {
    const labels = (field as Field & { valueLabels?: Record<string, { vi: string }> }).valueLabels;
    return labels?.[String(value)]?.vi ?? String(value);
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return String(value);
}

function itemsOf(field: Field, value: unknown): Item[] {
  const list = isEmpty(value) ? [] : Array.isArray(value) ? value : [value];
  if (kindOf(field) === 'media') return (list as MediaRef[]).map((m) => ({ key: `media:${m.id}`, label: m.name }));
  return (list as RelationRef[]).map((r) => ({ key: r.documentId, label: r.name }));
}

function compareItems(field: Field, from: unknown, to: unknown) {
  const before = itemsOf(field, from);
  const after = itemsOf(field, to);
  const keys = (items: Item[]) => new Set(items.map((i) => i.key));
  const had = keys(before);
  const has = keys(after);
  return {
    added: after.filter((i) => !had.has(i.key)),
    removed: before.filter((i) => !has.has(i.key)),
    kept: after.filter((i) => had.has(i.key)),
  };
}

function compareField(key: string, field: Field, from: unknown, to: unknown): FieldComparison {
  const base: Base = { field: key, label: field.label, status: statusOf(from, to) };
  switch (kindOf(field)) {
    case 'text':
    case 'richText':
      return { ...base, kind: 'text', parts: words(visibleText(field, from), visibleText(field, to)) };
    case 'media':
    case 'relation':
      return { ...base, kind: 'items', ...compareItems(field, from, to) };
    case 'component':
      return { ...base, kind: 'component', fields: compareFields(componentFields(field), (from ?? {}) as VersionContent, (to ?? {}) as VersionContent) };
    case 'components': {
      const a = (from ?? []) as VersionContent[];
      const b = (to ?? []) as VersionContent[];
      const items = Array.from({ length: Math.max(a.length, b.length) }, (_, index) => ({
        index,
        status: statusOf(a[index], b[index]),
        fields: compareFields(componentFields(field), a[index] ?? {}, b[index] ?? {}),
      }));
      return { ...base, kind: 'components', items };
    }
    default:
      return { ...base, kind: 'value', from: displayValue(field, from), to: displayValue(field, to) };
  }
}

function compareFields(fields: Record<string, Field>, from: VersionContent, to: VersionContent): FieldComparison[] {
  return Object.entries(fields).map(([key, field]) => compareField(key, field, from[key], to[key]));
}

/** Every field of the type, in the model's order, from the older version to the newer. */
export function compareVersions(def: ContentTypeDefinition, from: VersionContent, to: VersionContent): FieldComparison[] {
  return compareFields(Object.fromEntries(fieldsOf(def)), from, to);
}
