/**
 * The content manager's paths that read documents past the Document Service follow our agency
 * rule too (src/permissions): the relation picker, and the counts of draft relations.
 */
import { scopeDocumentRoutes } from '../../permissions/document-routes';
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';
import { scopeRelationPicker } from '../../permissions/relation-picker';

export default (plugin: PluginWithRoutes): PluginWithRoutes => {
  addRouteMiddleware(plugin, ['relations.findAvailable'], (ctx, next) => scopeRelationPicker(strapi)(ctx, next));
  addRouteMiddleware(plugin, ['collection-types.countDraftRelations', 'collection-types.countManyEntriesDraftRelations'], (ctx, next) =>
    scopeDocumentRoutes(strapi)(ctx, next),
  );
  return plugin;
};
