/**
 * Editors work in Vietnamese: every field of our types gets its Vietnamese label and a short
 * hint in the admin's edit view, taken from the definition in content-types/. Runs on every
 * start, so a changed label in the definition reaches the admin panel without a migration.
 */
import type { Core } from '@strapi/strapi';
import { MODEL_TYPES, componentEditorTexts, editorTexts, uidOf } from '@cchc/content-types';

interface FieldText {
  field: string;
  label: string;
  hint: string;
}

type Metadatas = Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Metadatas;
  layouts?: Record<string, unknown>;
}

function withTexts(config: Configuration, texts: FieldText[], mainField?: string): Configuration {
  const metadatas: Metadatas = { ...(config.metadatas ?? {}) };
  for (const { field, label, hint } of texts) {
    const current = metadatas[field] ?? {};
    metadatas[field] = {
      ...current,
      edit: { ...(current.edit ?? {}), label, description: hint },
      list: { ...(current.list ?? {}), label },
    };
  }
  const settings = mainField ? { ...(config.settings ?? {}), mainField, defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' } : config.settings;
  return { ...config, settings, metadatas };
}

export async function applyEditorLabels(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const def of MODEL_TYPES) {
    const contentType = strapi.contentType(uidOf(def.name) as never);
    const current = (await contentTypes.findConfiguration(contentType)) as Configuration;
    const { uid: _uid, ...config } = current as Configuration & { uid?: string };
    await contentTypes.updateConfiguration(contentType, withTexts(config, editorTexts(def.name), def.titleField));
  }

  const components = strapi.plugin('content-manager').service('components');
  for (const { uid, fields } of componentEditorTexts()) {
    const component = strapi.components[uid as keyof typeof strapi.components];
    if (!component) continue;
    const current = (await components.findConfiguration(component)) as Configuration & { uid?: string };
    const { uid: _uid, category: _category, ...config } = current as Configuration & { uid?: string; category?: string };
    await components.updateConfiguration(component, withTexts(config, fields));
  }
}
