/**
 * The test suite's fixture types (`FIXTURE_TYPES` of @cchc/content-types, present only when
 * CCHC_TEST_FIXTURES=1) registered with Strapi as API types, as Strapi registers a folder of
 * `src/api/`. They have no routes and no folder: production never has them.
 */
import type { Core } from '@strapi/strapi';
import { FIXTURE_TYPES, strapiSchemaOf, uidOf } from '@cchc/content-types';

/**
 * The attributes the i18n plugin gives every content type in its own `register`, which Strapi
 * runs before ours (node_modules/@strapi/i18n/dist/server/register.js, `extendContentTypes`):
 * a type added later must get them here, or its table has no `locale` column.
 */
function localeAttributes(strapi: Core.Strapi, uid: string, collectionName: string) {
  return {
    locale: { writable: true, private: false, configurable: false, visible: false, type: 'string' },
    localizations: {
      type: 'relation',
      relation: 'oneToMany',
      target: uid,
      writable: false,
      private: false,
      configurable: false,
      visible: false,
      unstable_virtual: true,
      joinColumn: {
        name: 'document_id',
        referencedColumn: 'document_id',
        referencedTable: strapi.db.metadata.identifiers.getTableName(collectionName),
        on: ({ results }: { results: { id: number }[] }) => ({ id: { $notIn: results.map((r) => r.id) } }),
      },
    },
  };
}

/** At `register`, first: before any room looks the types up. */
export function registerFixtureTypes(strapi: Core.Strapi): void {
  for (const def of FIXTURE_TYPES) {
    strapi.get('apis').add(def.name, { contentTypes: { [def.name]: { schema: strapiSchemaOf(def.name) } } });
    const contentType = strapi.contentType(uidOf(def.name) as never) as unknown as { attributes: Record<string, unknown>; collectionName: string };
    Object.assign(contentType.attributes, localeAttributes(strapi, uidOf(def.name), contentType.collectionName));
  }
}
