/**
 * What Strapi's admin changes without emitting anything, recorded by wrapping the admin service
 * every path goes through (its controllers look the service up on each call, so the wrapped
 * one serves the admin HTTP API and our own code alike):
 *  - `admin::role`.assignPermissions (PUT /admin/roles/:id/permissions): a `role.update` with
 *    the permissions added and removed. Strapi's own reset of the Super Admin's permissions
 *    at start calls its module-local function, not the service, and is not recorded;
 *  - `admin::api-token` create / update / revoke / regenerate: `api-token.*`, with the token's
 *    name, kind, type and lifespan; never its access key.
 */
import type { Core } from '@strapi/strapi';
import { ROLE_SUBJECT, TOKEN_SUBJECT } from './entry';
import { recordSafely } from './record';

type AnyService = Record<string, unknown>;
type Method = (...args: unknown[]) => Promise<unknown>;

interface PermissionRow {
  action: string;
  subject: string | null;
  properties: unknown;
  conditions: unknown;
}

interface TokenRow {
  id: number;
  name?: string;
  description?: string | null;
  kind?: string | null;
  type?: string | null;
  lifespan?: number | string | null;
  expiresAt?: string | null;
}

/** Replaces `names` of a service with `wrap(original)`, leaving everything else as it was. */
function wrapService(strapi: Core.Strapi, uid: string, names: string[], wrap: (name: string, original: Method) => Method): void {
  strapi.get('services').extend(uid, (service: AnyService) => {
    const wrapped: AnyService = { ...service };
    for (const name of names) wrapped[name] = wrap(name, (service[name] as Method).bind(service));
    return wrapped;
  });
}

async function permissionsOf(strapi: Core.Strapi, roleId: unknown): Promise<Map<string, PermissionRow>> {
  const rows = (await strapi.db.query('admin::permission').findMany({
    where: { role: { id: roleId } },
    select: ['action', 'subject', 'properties', 'conditions'],
  })) as PermissionRow[];
  const key = (p: PermissionRow) => JSON.stringify([p.action, p.subject ?? null, p.properties ?? {}, p.conditions ?? []]);
  return new Map(rows.map((p) => [key(p), { action: p.action, subject: p.subject ?? null, properties: p.properties ?? {}, conditions: p.conditions ?? [] }]));
}

const missingFrom = (a: Map<string, PermissionRow>, b: Map<string, PermissionRow>) => [...a].filter(([k]) => !b.has(k)).map(([, p]) => p);

function hookRolePermissions(strapi: Core.Strapi): void {
  wrapService(strapi, 'admin::role', ['assignPermissions'], (_name, original) => async (roleId, ...rest) => {
    const before = await permissionsOf(strapi, roleId);
    const result = await original(roleId, ...rest);
    const after = await permissionsOf(strapi, roleId);
    const added = missingFrom(after, before);
    const removed = missingFrom(before, after);
    if (added.length || removed.length) {
      await recordSafely(strapi, { action: 'role.update', subject: { type: ROLE_SUBJECT, id: String(roleId) }, details: { permissions: { added, removed } } });
    }
    return result;
  });
}

const TOKEN_ACTIONS: Record<string, string> = { create: 'create', update: 'update', revoke: 'delete', regenerate: 'regenerate' };

async function tokenDetails(strapi: Core.Strapi, token: TokenRow) {
  // `regenerate` returns only the id, the kind and the new key: read the rest.
  const row =
    token.name !== undefined
      ? token
      : (((await strapi.db.query('admin::api-token').findOne({ where: { id: token.id }, select: ['name', 'kind', 'type'] })) as TokenRow | null) ?? token);
  const { name, description, kind, type, lifespan, expiresAt } = row;
  return { name, description, kind, type, lifespan, expiresAt };
}

/**
 * Strapi 5.54 has one token service per kind, `api-token-content-api` (also registered under its
 * deprecated name `api-token`, which our code and tests use) and `api-token-admin`.
 */
const TOKEN_SERVICES = ['admin::api-token', 'admin::api-token-content-api', 'admin::api-token-admin'];

function hookApiTokens(strapi: Core.Strapi): void {
  for (const uid of TOKEN_SERVICES) wrapService(strapi, uid, Object.keys(TOKEN_ACTIONS), (name, original) => async (...args) => {
    const token = (await original(...args)) as TokenRow | null | undefined;
    if (token?.id !== undefined) {
      await recordSafely(strapi, {
        action: `api-token.${TOKEN_ACTIONS[name]}`,
        subject: { type: TOKEN_SUBJECT, id: String(token.id) },
        details: await tokenDetails(strapi, token),
      });
    }
    return token;
  });
}

export function hookAdminServices(strapi: Core.Strapi): void {
  hookRolePermissions(strapi);
  hookApiTokens(strapi);
}
