/** An author changes or deletes only their agency's files in the media library (src/permissions). */
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';
import { guardAgencyFiles } from '../../permissions/media-library';

const CHANGES = [
  'admin-upload.updateFileInfo',
  'admin-upload.replaceFile',
  'admin-file.destroy',
  'admin-folder-file.deleteMany',
  'admin-folder-file.moveMany',
  'admin-upload.bulkUpdateFileInfo',
];

export default (plugin: PluginWithRoutes): PluginWithRoutes => {
  addRouteMiddleware(plugin, CHANGES, (ctx, next) => guardAgencyFiles(strapi)(ctx, next));
  return plugin;
};
