/**
 * What the seed has written so far, by type and key: each document's id and the locales it
 * exists in. Relations are resolved through it, per locale, because Strapi 5 links a locale of
 * a document to the same locale of its target (a Khmer article to the Khmer agency).
 */
import type { Locale, TypeName } from '@cchc/content-types';

interface Entry {
  documentId: string;
  locales: ReadonlySet<Locale>;
}

export class Registry {
  private readonly entries = new Map<TypeName, Map<string, Entry>>();

  add(type: TypeName, key: string, documentId: string, locales: Iterable<Locale>): void {
    let byKey = this.entries.get(type);
    if (!byKey) this.entries.set(type, (byKey = new Map()));
    byKey.set(key, { documentId, locales: new Set(locales) });
  }

  /** The document of a key, which must have been seeded before (an unknown key is a data error). */
  entry(type: TypeName, key: string): Entry {
    const entry = this.entries.get(type)?.get(key);
    if (!entry) throw new Error(`[seed] unknown ${type} "${key}": seed it before what refers to it`);
    return entry;
  }

  /** The target's documentId where it exists in `locale`, otherwise undefined. */
  inLocale(type: TypeName, key: string, locale: Locale): string | undefined {
    const entry = this.entry(type, key);
    return entry.locales.has(locale) ? entry.documentId : undefined;
  }

  /** Like inLocale, for targets every locale must have (taxonomy terms). */
  required(type: TypeName, key: string, locale: Locale): string {
    const id = this.inLocale(type, key, locale);
    if (!id) throw new Error(`[seed] ${type} "${key}" has no ${locale} version`);
    return id;
  }
}
