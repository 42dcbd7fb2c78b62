/**
 * The content manager's paths that read documents past the Document Service follow our agency
 * rule too (src/permissions): the relation picker and the list of existing relations, a
 * document opened or its draft relations counted by id (another agency's answers as a missing
 * one), and the home page's document counts.
 */
import { hideForeignDocuments } from '../../permissions/document-routes';
import { countOwnDocuments } from '../../permissions/home-counts';
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';
import { scopeExistingRelations, scopeRelationPicker } from '../../permissions/relation-picker';

/** The handlers judged here, by name: plugin-routes.ts stops the CMS if an upgrade renames one. */
export const DOCUMENT_ROUTE_HANDLERS = {
  byId: [
    'collection-types.findOne',
    'collection-types.countDraftRelations',
    'collection-types.countManyEntriesDraftRelations',
    'relations.findExisting',
  ],
  relationPicker: ['relations.findAvailable'],
  existingRelations: ['relations.findExisting'],
  homeCounts: ['homepage.getCountDocuments'],
} as const;

export default (plugin: PluginWithRoutes): PluginWithRoutes => {
  const h = DOCUMENT_ROUTE_HANDLERS;
  addRouteMiddleware(plugin, [...h.relationPicker], (ctx, next) => scopeRelationPicker(strapi)(ctx, next));
  addRouteMiddleware(plugin, [...h.byId], (ctx, next) => hideForeignDocuments(strapi)(ctx, next));
  addRouteMiddleware(plugin, [...h.existingRelations], (ctx, next) => scopeExistingRelations(strapi)(ctx, next));
  addRouteMiddleware(plugin, [...h.homeCounts], (ctx, next) => countOwnDocuments(strapi)(ctx, next));
  return plugin;
};
