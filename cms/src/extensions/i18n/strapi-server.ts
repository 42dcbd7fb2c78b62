/**
 * The i18n plugin's routes that read a document for the content manager's edit view past the
 * Document Service (a translation's non-localised fields by row id, another locale's content to
 * fill a new translation from) follow our agency rule too: for an author, another agency's
 * document answers there as a missing one (src/permissions/document-routes.ts).
 */
import { hideForeignDocuments } from '../../permissions/document-routes';
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';

export const I18N_DOCUMENT_ROUTE_HANDLERS = ['content-types.getNonLocalizedAttributes', 'content-types.getFillFromLocaleData'] as const;

export default (plugin: PluginWithRoutes): PluginWithRoutes => {
  addRouteMiddleware(plugin, 'foreign-documents', [...I18N_DOCUMENT_ROUTE_HANDLERS], (ctx, next) => hideForeignDocuments(strapi)(ctx, next));
  return plugin;
};
