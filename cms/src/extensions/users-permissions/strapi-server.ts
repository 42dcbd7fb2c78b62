/**
 * The users-permissions "User" type holds the accounts of the public API (none are used: the
 * site and the press read with the Public role or API tokens). Editors have no business with it,
 * so it is not listed in the content manager. Strapi's plugin extension point is the place to
 * say so: the content manager reads `pluginOptions['content-manager'].visible` from the schema.
 */
interface PluginWithUser {
  contentTypes: { user: { schema: { pluginOptions?: Record<string, unknown> } } };
}

export default (plugin: PluginWithUser): PluginWithUser => {
  const { schema } = plugin.contentTypes.user;
  schema.pluginOptions = { ...(schema.pluginOptions ?? {}), 'content-manager': { visible: false } };
  return plugin;
};
