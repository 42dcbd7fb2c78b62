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

const OURS = Symbol.for('cchc.route-addition');

/**
 * `list` with `item` added under `key`, and without an earlier item of ours under that key.
 * A plugin's route definitions are objects of its module, kept by Node's module cache: a CMS
 * booted again in the same process (the tests do) must replace what the last boot added, not
 * add it once more.
 */
export function withOurs<T>(list: readonly T[] | undefined, key: string, item: T, at: 'first' | 'last' = 'last'): T[] {
  Object.defineProperty(item, OURS, { value: key, configurable: true });
  const others = (list ?? []).filter((x) => (x as { [OURS]?: string } | null)?.[OURS] !== key);
  return at === 'first' ? [item, ...others] : [...others, item];
}

/** Adds `middleware` (named `key`, once) to the routes of `plugin` with one of `handlers`. */
export function addRouteMiddleware(plugin: PluginWithRoutes, key: string, handlers: string[], middleware: RouteMiddleware): void {
  const found = new Set<string>();
  for (const router of Object.values(plugin.routes)) {
    const routes = Array.isArray(router) ? router : (router.routes ?? []);
    for (const route of routes) {
      if (!handlers.includes(route.handler)) continue;
      route.config = { ...route.config, middlewares: withOurs(route.config?.middlewares, key, middleware) };
      found.add(route.handler);
    }
  }
  // A Strapi upgrade that renames a handler must not leave a route unguarded in silence.
  const missing = handlers.filter((h) => !found.has(h));
  if (missing.length) throw new Error(`[permissions] no route with handler ${missing.join(', ')}: update src/permissions after the Strapi upgrade`);
}
