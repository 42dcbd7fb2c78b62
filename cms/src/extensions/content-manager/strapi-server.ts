/**
 * The content manager's paths follow our agency rule where the Document Service cannot judge
 * them alone (src/permissions): every route that names a document by id answers for another
 * agency's as for a missing one, the relation picker and the list of existing relations hold
 * the author's agencies' documents, and so do the home page's document counts.
 */
import { hideForeignDocuments } from '../../permissions/document-routes';
import { countOwnDocuments } from '../../permissions/home-counts';
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';
import { scopeExistingRelations, scopeRelationPicker } from '../../permissions/relation-picker';

/** The handlers judged here, by name: plugin-routes.ts stops the CMS if an upgrade renames one. */
export const DOCUMENT_ROUTE_HANDLERS = {
  byId: [
    'collection-types.findOne',
    'collection-types.update',
    'collection-types.delete',
    'collection-types.clone',
    'collection-types.autoClone',
    'collection-types.publish',
    'collection-types.unpublish',
    'collection-types.discard',
    'collection-types.countDraftRelations',
    'collection-types.countManyEntriesDraftRelations',
    'collection-types.bulkDelete',
    'collection-types.bulkFindForValidation',
    'collection-types.bulkPublish',
    'collection-types.bulkUnpublish',
    'relations.findAvailable',
    'relations.findExisting',
  ],
  relationPicker: ['relations.findAvailable'],
  existingRelations: ['relations.findExisting'],
  homeCounts: ['homepage.getCountDocuments'],
} as const;

export default (plugin: PluginWithRoutes): PluginWithRoutes => {
  const h = DOCUMENT_ROUTE_HANDLERS;
  addRouteMiddleware(plugin, 'relation-picker', [...h.relationPicker], (ctx, next) => scopeRelationPicker(strapi)(ctx, next));
  addRouteMiddleware(plugin, 'foreign-documents', [...h.byId], (ctx, next) => hideForeignDocuments(strapi)(ctx, next));
  addRouteMiddleware(plugin, 'existing-relations', [...h.existingRelations], (ctx, next) => scopeExistingRelations(strapi)(ctx, next));
  addRouteMiddleware(plugin, 'home-counts', [...h.homeCounts], (ctx, next) => countOwnDocuments(strapi)(ctx, next));
  return plugin;
};
