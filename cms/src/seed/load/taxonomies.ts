/**
 * Taxonomy terms, in all three languages, written and published before any content so that
 * every relation to them survives publishing. Localities go in the order of their data (a
 * successor or parent before the units that point at it), agencies after localities.
 */
import type { Locale, TypeName } from '@cchc/content-types';
import { AGENCIES } from '../data/agencies';
import { AUDIENCES } from '../data/audiences';
import { LOCALITIES } from '../data/localities';
import { REFORM_AREAS } from '../data/reform-areas';
import { TOPICS } from '../data/topics';
import type { TermText, Translated } from '../types';
import { seedDocument, type SeedContext } from './context';
import { inLocale, localesOf } from './fields';

async function seedTerm<T extends TermText>(
  ctx: SeedContext,
  type: TypeName,
  key: string,
  identity: Record<string, unknown>,
  text: Translated<T>,
  data: (text: T, locale: Locale) => Record<string, unknown>,
) {
  await seedDocument(ctx, key, {
    type,
    label: text.vi.name,
    identity,
    locales: localesOf(text),
    publish: true,
    data: async (locale) => {
      const t = inLocale(text, locale, `${type} "${key}"`);
      return { name: t.name, description: t.description ?? null, ...data(t, locale) };
    },
  });
}

export async function seedTaxonomies(ctx: SeedContext): Promise<void> {
  ctx.log('taxonomies: reform areas, audiences, topics, localities, agencies');
  for (const area of REFORM_AREAS) {
    await seedTerm(ctx, 'reform-area', area.code, { code: area.code }, area.text, () => ({
      code: area.code,
      order: area.order,
      crossCutting: area.crossCutting,
    }));
  }
  for (const audience of AUDIENCES) {
    await seedTerm(ctx, 'audience', audience.code, { code: audience.code }, audience.text, () => ({
      code: audience.code,
      order: audience.order,
    }));
  }
  for (const topic of TOPICS) {
    await seedTerm(ctx, 'topic', topic.key, { code: topic.key }, topic.text, () => ({ code: topic.key }));
  }
  for (const locality of LOCALITIES) {
    await seedTerm(ctx, 'locality', locality.code, { code: locality.code }, locality.text, (_t, locale) => ({
      code: locality.code,
      localityType: locality.localityType,
      validFrom: locality.validFrom ?? null,
      validTo: locality.validTo ?? null,
      parent: locality.parent ? ctx.registry.required('locality', locality.parent, locale) : null,
      successors: (locality.successors ?? []).map((code) => ctx.registry.required('locality', code, locale)),
    }));
  }
  // Successors first, so that an agency merged into another can point at it.
  const agencies = [...AGENCIES].sort((a, b) => Number(!!a.successors?.length) - Number(!!b.successors?.length));
  for (const agency of agencies) {
    await seedTerm(ctx, 'agency', agency.code, { code: agency.code }, agency.text, (t, locale) => ({
      code: agency.code,
      agencyKind: agency.agencyKind,
      shortName: t.shortName ?? null,
      address: t.address ?? null,
      website: agency.website ?? null,
      locality: agency.locality ? ctx.registry.required('locality', agency.locality, locale) : null,
      validFrom: agency.validFrom ?? null,
      validTo: agency.validTo ?? null,
      successors: (agency.successors ?? []).map((code) => ctx.registry.required('agency', code, locale)),
    }));
  }
}
