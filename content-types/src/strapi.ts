/**
 * Turns the definitions into Strapi 5 schemas. The CMS loads these at start-up
 * (cms/src/api/<name>/content-types/<name>/schema.ts), so the CMS never restates the model.
 */
import type { ComponentDefinition, Field } from './fields';
import type { ContentTypeDefinition } from './define';
import { COMPONENTS } from './components/shared';
import { typeByName } from './model';

export interface StrapiAttribute {
  type: string;
  [key: string]: unknown;
}

function attributes(fields: Record<string, Field>, withI18n: boolean) {
  const out: Record<string, StrapiAttribute> = {};
  for (const [key, f] of Object.entries(fields)) {
    const attr = { ...f.strapi } as StrapiAttribute;
    if (withI18n) attr.pluginOptions = { i18n: { localized: f.localized } };
    out[key] = attr;
  }
  return out;
}

export function strapiContentTypeSchema(def: ContentTypeDefinition) {
  return {
    kind: 'collectionType',
    collectionName: def.plural.replace(/-/g, '_'),
    info: {
      singularName: def.name,
      pluralName: def.plural,
      displayName: def.displayName.vi,
      description: def.description,
    },
    options: { draftAndPublish: true },
    pluginOptions: { i18n: { localized: true } },
    attributes: attributes(def.fields, true),
  };
}

export function strapiSchemaOf(name: string) {
  return strapiContentTypeSchema(typeByName(name));
}

export function strapiComponentSchema(def: ComponentDefinition) {
  const [category] = def.uid.split('.');
  return {
    collectionName: `components_${category}_${def.uid.split('.')[1]}`.replace(/-/g, '_'),
    info: { displayName: def.displayName, description: def.description, icon: def.icon },
    options: {},
    attributes: attributes(def.fields, false),
  };
}

/** Every component, keyed by uid, e.g. `shared.image`. */
export function strapiComponents(): Record<string, ReturnType<typeof strapiComponentSchema>> {
  return Object.fromEntries(COMPONENTS.map((c) => [c.uid, strapiComponentSchema(c)]));
}

/** Field labels and hints for the admin's edit views (content-manager metadatas). */
export function editorTexts(name: string) {
  const def = typeByName(name);
  return Object.entries(def.fields).map(([field, f]) => ({ field, label: f.label, hint: f.hint }));
}

export function componentEditorTexts() {
  return COMPONENTS.map((c) => ({
    uid: c.uid,
    fields: Object.entries(c.fields as Record<string, Field>).map(([field, f]) => ({ field, label: f.label, hint: f.hint })),
  }));
}

