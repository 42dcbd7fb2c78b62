/**
 * What to populate when reading a type over REST: media, components with their media, and
 * relations reduced to the few fields a link needs. Used by the site's loader and, later, by
 * the press API, so that no caller asks for `populate=*`.
 */
import type { Field } from './fields';
import { typeByName } from './model';

export type Populate = Record<string, true | { fields?: string[]; populate?: Record<string, true> }>;

export function refFields(target: string): string[] {
  const def = typeByName(target);
  const fields = ['documentId', def.titleField, 'slug', 'locale'];
  if ('code' in def.fields) fields.push('code');
  return fields;
}

export function populateOf(name: string): Populate {
  const def = typeByName(name);
  const out: Populate = {};
  for (const [key, f] of Object.entries(def.fields) as [string, Field][]) {
    if (f.relation) out[key] = { fields: refFields(f.relation.target) };
    else if (f.populate === true) out[key] = true;
    else if (f.populate) out[key] = f.populate;
  }
  return out;
}

/** Flattens a populate object into Strapi's bracketed query string form. */
export function populateQuery(populate: Populate): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(populate)) {
    if (value === true) {
      parts.push(`populate[${key}]=true`);
      continue;
    }
    value.fields?.forEach((f, i) => parts.push(`populate[${key}][fields][${i}]=${encodeURIComponent(f)}`));
    for (const inner of Object.keys(value.populate ?? {})) parts.push(`populate[${key}][populate][${inner}]=true`);
  }
  return parts.join('&');
}
