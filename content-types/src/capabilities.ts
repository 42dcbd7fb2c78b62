/**
 * What the platform does with a type's documents, declared once on its definition. Every room
 * asks the capability it needs (`typesWith('press')`), never "every type": a type that is not
 * public, or holds personal data, then reaches no public output by construction.
 */
import type { Localized } from './locales';

export interface Capabilities {
  /**
   * Who may read its published documents. `public`: anyone, through the public API and the site.
   * `staff`: signed-in CMS users only (the Public role is never granted it).
   */
  readers: 'public' | 'staff';
  /** Goes through the editorial workflow (draft, review, approval, publish by transition). */
  workflow: boolean;
  /** Syndicated to the press: the press API, its change feed and webhooks. */
  press: boolean;
  /** Every publish is kept as a version (history: compare and restore). Kept forever. */
  versioned: boolean;
  /** Rendered by the site and the publisher: pages, listings, feeds, the sitemap. */
  site: boolean;
  /** In the public search index. */
  searchable: boolean;
  /** The personal data its documents hold; absent when they hold none. */
  personalData?: PersonalData;
}

/** Personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): collected for a purpose, kept for a time. */
export interface PersonalData {
  /** The fields that hold it. They never enter a version, an event, a log or a public output. */
  fields: readonly string[];
  /**
   * Of those, the ones a person is found by when they ask for their data to be erased (a phone
   * number, an e-mail address).
   */
  subjectFields: readonly string[];
  /** Why it is collected, as the notice to the person says it. */
  purpose: Localized;
  /** How many days it is kept before it is erased. */
  retentionDays: number;
}

export type Capability = Exclude<keyof Capabilities, 'readers' | 'personalData'> | 'public' | 'personalData';

/** What a type of documents that readers read has: everything. */
export const PUBLISHED_CONTENT: Capabilities = {
  readers: 'public',
  workflow: true,
  press: true,
  versioned: true,
  site: true,
  searchable: true,
};

/** What a taxonomy has: its terms are public pages and are versioned, edited without the workflow. */
export const PUBLISHED_TERMS: Capabilities = {
  readers: 'public',
  workflow: false,
  press: false,
  versioned: true,
  site: true,
  searchable: true,
};

/** Whether `capabilities` has `capability`. */
export function has(capabilities: Capabilities, capability: Capability): boolean {
  if (capability === 'public') return capabilities.readers === 'public';
  if (capability === 'personalData') return capabilities.personalData !== undefined;
  return capabilities[capability];
}

/**
 * The rules no declaration may break, so that a mistake in one is a failed start, not a leak:
 * what staff alone read is never rendered, syndicated or indexed; personal data is never
 * versioned (versions are append-only and kept forever) and never public.
 */
export function capabilityErrors(typeName: string, c: Capabilities, fieldNames: readonly string[]): string[] {
  const errors: string[] = [];
  const staffOnly = c.readers === 'staff';
  for (const output of ['site', 'press', 'searchable'] as const) {
    if (staffOnly && c[output]) errors.push(`${typeName}: read by staff only, so it cannot be "${output}"`);
  }
  if (c.personalData) {
    if (!staffOnly) errors.push(`${typeName}: holds personal data, so its readers must be "staff"`);
    if (c.versioned) errors.push(`${typeName}: holds personal data, so it cannot be versioned (versions are kept forever)`);
    if (c.personalData.fields.length === 0) errors.push(`${typeName}: personal data names no field`);
    // A misspelt field would leave real personal data undeclared, and erasure would not find it.
    for (const field of c.personalData.fields) if (!fieldNames.includes(field)) errors.push(`${typeName}: personal data names "${field}", which is not one of its fields`);
    const unknownSubject = c.personalData.subjectFields.filter((f) => !c.personalData!.fields.includes(f));
    if (c.personalData.subjectFields.length === 0 || unknownSubject.length) errors.push(`${typeName}: a person must be found by some of its personal fields`);
    if (!(c.personalData.retentionDays > 0)) errors.push(`${typeName}: personal data needs a retention in days`);
  }
  return errors;
}
