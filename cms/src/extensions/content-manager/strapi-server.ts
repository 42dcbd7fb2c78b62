/** The content manager's relation picker lists an author's agencies' documents only (src/permissions). */
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';
import { scopeRelationPicker } from '../../permissions/relation-picker';

export default (plugin: PluginWithRoutes): PluginWithRoutes => {
  addRouteMiddleware(plugin, ['relations.findAvailable'], (ctx, next) => scopeRelationPicker(strapi)(ctx, next));
  return plugin;
};
