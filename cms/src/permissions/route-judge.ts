/**
 * Puts the route table (route-table.ts) in front of every admin route, as the route's first
 * policy: it runs after Strapi authenticated the session and before Strapi's own policies and
 * the controller, for the route Koa's router matched.
 *
 * Every admin-type route reaches the server through one call, the admin API's `routes()`:
 * Strapi's admin and each plugin's routers (including router factories, instantiated only at
 * bootstrap), and our own `strapi.server.routes({ type: 'admin' })`. Wrapping that call at
 * register, before anything adds a route, judges them all whoever adds them and whenever; a
 * plugin's extension point would miss routes added outside its `routes` (ours, a plugin's
 * bootstrap). Routes are composed when added, so this must run before any of them.
 */
import type { Core } from '@strapi/strapi';
import { accessOf, type Access, type AdminUser } from './access';
import { withOurs } from './plugin-routes';
import { refuse } from './refusal';
import { routeKey, ADMIN_ROUTES, type Judge } from './route-table';

interface RouteInput {
  method: string;
  path: string;
  config?: { prefix?: string; policies?: unknown[] } & Record<string, unknown>;
}

interface RouterInput {
  prefix?: string;
  routes?: RouteInput[];
}

interface PolicyContext {
  state: { user?: AdminUser | null; cchcAccess?: Access };
}

interface AdminApi {
  routes(input: RouterInput | RouteInput[]): AdminApi;
}

/** Per CMS, the routes the table does not name, as they were added (said once at start). */
const unjudged = new WeakMap<Core.Strapi, Set<string>>();

/** Whether this user may go past the route's judge (the judge behind it decides the rest). */
export function passes(judge: Judge | undefined, access: Access | null): boolean {
  if (judge === 'public') return true;
  if (access?.administrator) return true;
  // A route nobody judged, or the administrator's: refused to every other user.
  if (judge === undefined || judge === 'administrator') return false;
  // Settings: Strapi's RBAC, but never for an editorial role (whatever the role was granted).
  if (judge === 'settings') return !access?.editorial;
  return true;
}

function refusal(judge: Judge | undefined): string {
  return judge === undefined
    ? 'Chức năng này chưa được xét quyền nên chưa mở cho bạn; hãy báo quản trị viên.'
    : 'Chỉ quản trị viên được dùng chức năng này.';
}

/** Strapi resolves a route's policies by name: ours is registered once, the judge is its config. */
const POLICY = 'global::route-judge';

function judgePolicy(strapi: Core.Strapi) {
  return async (ctx: PolicyContext, config: { judge?: Judge }): Promise<boolean> => {
    const { judge } = config;
    if (judge === 'public') return true;
    const user = ctx.state.user;
    let access: Access | null = null;
    if (user) access = ctx.state.cchcAccess ??= await accessOf(strapi, user);
    if (!passes(judge, access)) refuse(refusal(judge));
    return true;
  };
}

function withJudge(route: RouteInput, prefix: string, unjudgedRoutes: Set<string>): RouteInput {
  // Strapi mounts a route whose config names a prefix on the API's own router, without the router's.
  const path = route.config && 'prefix' in route.config ? route.path : `${prefix}${route.path}`;
  const key = routeKey(route.method, path);
  const judge = ADMIN_ROUTES[key];
  if (!judge) unjudgedRoutes.add(key);
  route.config = { ...route.config, policies: withOurs(route.config?.policies, POLICY, { name: POLICY, config: { judge } }, 'first') };
  return route;
}

export function judgeAdminRoutes(strapi: Core.Strapi): void {
  strapi.get('policies').add('global::', { 'route-judge': judgePolicy(strapi) });
  const api = strapi.server.api('admin') as unknown as AdminApi;
  const addRoutes = api.routes.bind(api);
  const unjudgedRoutes = new Set<string>();
  unjudged.set(strapi, unjudgedRoutes);
  api.routes = (input) => {
    if (Array.isArray(input)) input.forEach((route) => withJudge(route, '', unjudgedRoutes));
    else input.routes?.forEach((route) => withJudge(route, input.prefix ?? '', unjudgedRoutes));
    return addRoutes(input);
  };
}

/** At bootstrap, once every route is in: say which ones the table does not name. */
export function reportUnjudgedRoutes(strapi: Core.Strapi): void {
  const unjudgedRoutes = unjudged.get(strapi);
  if (!unjudgedRoutes?.size) return;
  strapi.log.warn(
    `[permissions] admin routes not in src/permissions/route-table.ts, refused to everyone but the administrator: ${[...unjudgedRoutes].join(', ')}`,
  );
}
