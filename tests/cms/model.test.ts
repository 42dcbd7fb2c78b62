/**
 * The running CMS and the definition in content-types/ agree: every type, field, component and
 * Vietnamese label the definition declares is what Strapi loaded, and nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_TYPES,
  FIXTURE_TYPES,
  MODEL_TYPES,
  CONTENT_TYPES,
  DEFAULT_LOCALE,
  LOCALES,
  TAXONOMIES,
  editorTexts,
  strapiComponents,
  strapiSchemaOf,
  uidOf,
} from '@cchc/content-types';
import { bootCms, type RunningCms } from '../support/strapi';

let cms: RunningCms;
beforeAll(async () => {
  cms = await bootCms('sqlite');
});
afterAll(async () => {
  await cms?.stop();
});

// Strapi adds these to every collection type.
const SYSTEM_ATTRIBUTES = ['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'documentId', 'id'];

describe('the CMS loads the content model from its one definition', () => {
  it('has exactly the API content types of the definition', () => {
    const loaded = Object.keys(cms.strapi.contentTypes).filter((uid) => uid.startsWith('api::')).sort();
    expect(loaded).toEqual(MODEL_TYPES.map((t) => uidOf(t.name)).sort());
    // The suite runs with its fixture types (vitest.config.ts), so the loops below cover them too.
    expect(FIXTURE_TYPES.length).toBeGreaterThan(0);
  });

  for (const def of MODEL_TYPES) {
    it(`${def.name}: every attribute is the definition's`, () => {
      const loaded = cms.strapi.contentType(uidOf(def.name) as never) as unknown as {
        attributes: Record<string, Record<string, unknown>>;
        options: Record<string, unknown>;
        pluginOptions: Record<string, unknown>;
        info: Record<string, unknown>;
      };
      const expected = strapiSchemaOf(def.name);
      const own = Object.fromEntries(
        Object.entries(loaded.attributes).filter(([key]) => !SYSTEM_ATTRIBUTES.includes(key)),
      );
      expect(Object.keys(own).sort()).toEqual(Object.keys(expected.attributes).sort());
      for (const [key, attr] of Object.entries(expected.attributes)) {
        expect(own[key], `${def.name}.${key}`).toMatchObject(attr);
      }
      expect(loaded.options).toMatchObject({ draftAndPublish: true });
      expect(loaded.pluginOptions).toMatchObject({ i18n: { localized: true } });
      expect(loaded.info.displayName).toBe(def.displayName.vi);
    });
  }

  it('has the definition\'s components with their fields', () => {
    for (const [uid, schema] of Object.entries(strapiComponents())) {
      const loaded = cms.strapi.components[uid as keyof typeof cms.strapi.components] as unknown as {
        attributes: Record<string, unknown>;
      };
      expect(loaded, uid).toBeDefined();
      expect(Object.keys(loaded.attributes).filter((k) => k !== 'id').sort()).toEqual(Object.keys(schema.attributes).sort());
      for (const [key, attr] of Object.entries(schema.attributes)) expect(loaded.attributes[key], `${uid}.${key}`).toMatchObject(attr);
    }
    // …and no component that the definition does not declare.
    expect(Object.keys(cms.strapi.components).sort()).toEqual(Object.keys(strapiComponents()).sort());
  });

  it('creates the three locales with Vietnamese as default', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');
    const codes = ((await locales.find()) as { code: string }[]).map((l) => l.code).sort();
    expect(codes).toEqual([...LOCALES].sort());
    expect(await locales.getDefaultLocale()).toBe(DEFAULT_LOCALE);
  });

  it('shows editors every field with its Vietnamese label and hint', async () => {
    const service = cms.strapi.plugin('content-manager').service('content-types');
    for (const def of ALL_TYPES) {
      const config = (await service.findConfiguration(cms.strapi.contentType(uidOf(def.name) as never))) as {
        metadatas: Record<string, { edit: { label: string; description: string } }>;
      };
      for (const { field, label, hint } of editorTexts(def.name)) {
        expect(config.metadatas[field]?.edit, `${def.name}.${field}`).toMatchObject({ label, description: hint });
      }
    }
  });

  it('declares for each content type a kind, a date and a status that are fields of the right kind', () => {
    const typeOf = (def: (typeof ALL_TYPES)[number], key: string) => (def.fields as Record<string, { strapi: Record<string, unknown> }>)[key]?.strapi;
    // What each way of showing the date can hold: a year is a whole number, a date-time an instant.
    const holds = { date: ['date', 'datetime'], 'date-time': ['datetime'], year: ['integer'] };
    for (const def of CONTENT_TYPES) {
      expect(typeOf(def, def.kindField)?.type, `${def.name}.kindField`).toBe('enumeration');
      expect(holds[def.displayDate.shows], `${def.name}.displayDate`).toContain(typeOf(def, def.displayDate.field)?.type);
      // A date that may be empty needs a fallback.
      if (!typeOf(def, def.displayDate.field)?.required) expect(def.displayDate.fallback, `${def.name}.displayDate`).toBeDefined();
      if (def.statusField) {
        const status = typeOf(def, def.statusField.field);
        expect(status?.type, `${def.name}.statusField`).toBe('enumeration');
        expect(status?.enum, `${def.name}.statusField`).toContain(def.statusField.usual);
      }
    }
    for (const def of TAXONOMIES) expect(typeOf(def, def.sortField), `${def.name}.sortField`).toBeDefined();
  });
});
