/**
 * Adds one of our route middlewares to some of a Strapi plugin's admin routes, picked by their
 * handler, from the plugin's extension (`src/extensions/<plugin>/strapi-server.ts`). A route
 * middleware runs after the admin session is authenticated and before the controller, so it
 * can judge the user, and it follows the route Strapi matched.
 */
export type RouteMiddleware = (ctx: any, next: () => Promise<unknown>) => Promise<unknown>;

interface Route {
  handler: string;
  config?: { middlewares?: unknown[] };
}

export interface PluginWithRoutes {
  routes: Record<string, { routes?: Route[] } | Route[]>;
}

export function addRouteMiddleware(plugin: PluginWithRoutes, handlers: string[], middleware: RouteMiddleware): void {
  const found = new Set<string>();
  for (const router of Object.values(plugin.routes)) {
    const routes = Array.isArray(router) ? router : (router.routes ?? []);
    for (const route of routes) {
      if (!handlers.includes(route.handler)) continue;
      route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), middleware] };
      found.add(route.handler);
    }
  }
  // A Strapi upgrade that renames a handler must not leave a route unguarded in silence.
  const missing = handlers.filter((h) => !found.has(h));
  if (missing.length) throw new Error(`[permissions] no route with handler ${missing.join(', ')}: update src/permissions after the Strapi upgrade`);
}
