/**
 * The upload plugin, extended: every route that writes is judged (src/permissions/media-library.ts:
 * an author changes only their agency's files, nobody replaces a file's bytes or has the CMS fetch
 * a URL), and every file can say how long it plays (src/uploads/).
 */
import { guardUploadWrites, type PluginWithRouters } from '../../permissions/media-library';
import { DURATION_ATTRIBUTE } from '../../uploads/duration';

type UploadPlugin = PluginWithRouters & {
  contentTypes: { file: { schema: { attributes: Record<string, unknown> } } };
};

export default (plugin: UploadPlugin): UploadPlugin => {
  guardUploadWrites(() => strapi, plugin);
  // Seconds, for audio and video; filled by the CMS, never by an editor.
  plugin.contentTypes.file.schema.attributes[DURATION_ATTRIBUTE] = { type: 'float', configurable: false };
  return plugin;
};
