/**
 * The upload plugin, extended: an author changes or deletes only their agency's files in the
 * media library (src/permissions), and every file can say how long it plays (src/uploads/).
 */
import { addRouteMiddleware, type PluginWithRoutes } from '../../permissions/plugin-routes';
import { guardAgencyFiles } from '../../permissions/media-library';
import { DURATION_ATTRIBUTE } from '../../uploads/duration';

const CHANGES = [
  'admin-upload.updateFileInfo',
  'admin-upload.replaceFile',
  'admin-file.destroy',
  'admin-folder-file.deleteMany',
  'admin-folder-file.moveMany',
  'admin-upload.bulkUpdateFileInfo',
];

type UploadPlugin = PluginWithRoutes & {
  contentTypes: { file: { schema: { attributes: Record<string, unknown> } } };
};

export default (plugin: UploadPlugin): UploadPlugin => {
  addRouteMiddleware(plugin, CHANGES, (ctx, next) => guardAgencyFiles(strapi)(ctx, next));
  // Seconds, for audio and video; filled by the CMS, never by an editor.
  plugin.contentTypes.file.schema.attributes[DURATION_ATTRIBUTE] = { type: 'float', configurable: false };
  return plugin;
};
