/** What every loader step shares, and the tally it reports at the end. */
import type { Core } from '@strapi/strapi';
import { LOCALES, type Locale, type TypeName } from '@cchc/content-types';
import type { MediaLibrary } from '../media/library';
import { ensureDocument, type DocumentPlan } from './documents';
import type { Registry } from './registry';

export type PerLocale = Record<Locale, number>;
export type PerType = Partial<Record<TypeName, PerLocale>>;

const zero = (): PerLocale => ({ vi: 0, km: 0, en: 0 });

/** Counts per type and locale: the seed's documents present, those written and those published now. */
export class Tally {
  readonly documents: PerType = {};
  readonly created: PerType = {};
  readonly published: PerType = {};
  /** The seed's documents left as drafts on purpose. */
  readonly drafts: PerType = {};

  record(type: TypeName, locales: readonly Locale[], created: readonly Locale[], published: readonly Locale[], draft: boolean) {
    const bump = (table: PerType, list: readonly Locale[]) => {
      const row = (table[type] ??= zero());
      for (const l of list) row[l] += 1;
    };
    bump(this.documents, locales);
    bump(this.created, created);
    bump(this.published, published);
    if (draft) bump(this.drafts, locales);
  }
}

export interface SeedContext {
  strapi: Core.Strapi;
  registry: Registry;
  media: MediaLibrary;
  tally: Tally;
  log: (line: string) => void;
}

/** Writes a document, registers it under its key and reports what happened. */
export async function seedDocument(ctx: SeedContext, key: string, plan: DocumentPlan): Promise<void> {
  const outcome = await ensureDocument(ctx.strapi, plan);
  ctx.registry.add(plan.type, key, outcome.documentId, outcome.locales);
  ctx.tally.record(plan.type, outcome.locales, outcome.created, outcome.published, !plan.publish);
  if (outcome.created.length || outcome.published.length) {
    const what = [
      outcome.created.length ? `created ${outcome.created.join(', ')}` : '',
      outcome.published.length ? `published ${outcome.published.join(', ')}` : '',
    ].filter(Boolean);
    ctx.log(`${plan.type} "${plan.label}": ${what.join('; ')}`);
  }
}

export function formatPerLocale(row: PerLocale | undefined): string {
  return LOCALES.map((l) => `${l} ${row?.[l] ?? 0}`).join(', ');
}
