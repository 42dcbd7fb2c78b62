/**
 * Who a write is by: the admin user or API token of the request it is part of (Strapi keeps the
 * request in `strapi.requestContext`), else the system, with the reason its caller declared
 * through `asSystem` (the seed, the scheduler), else "unattributed" so a gap shows.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Actor } from './event';

const systemTask = new AsyncLocalStorage<string>();
const onBehalf = new AsyncLocalStorage<number>();

/** Runs `work` as the system doing `reason`; a request's user, when there is one, still wins. */
export function asSystem<T>(reason: string, work: () => Promise<T>): Promise<T> {
  return systemTask.run(reason, work);
}

/**
 * Runs `work`, outside any request, as done by the admin user `id`: the demo's seed plays its
 * authors and editors this way, so that its history reads as theirs.
 */
export function asAdminUser<T>(id: number, work: () => Promise<T>): Promise<T> {
  return onBehalf.run(id, work);
}

interface AuthState {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number | string } | null };
  user?: { id?: number | string } | null;
}

/** Strapi's strategy names: admin sessions, admin tokens, Content API tokens. */
function actorOfRequest(state: AuthState | undefined): Actor | null {
  const strategy = state?.auth?.strategy?.name;
  if (strategy === 'admin' && state?.user?.id !== undefined) return { kind: 'admin', id: Number(state.user.id) };
  if ((strategy === 'api-token' || strategy === 'content-api-token' || strategy === 'admin-token') && state?.auth?.credentials?.id !== undefined) {
    return { kind: 'api-token', id: Number(state.auth.credentials.id) };
  }
  return null;
}

export function currentActor(strapi: Core.Strapi): Actor {
  const request = strapi.requestContext.get() as { state?: AuthState } | undefined;
  const behalf = onBehalf.getStore();
  if (behalf !== undefined && !request) return { kind: 'admin', id: behalf };
  return actorOfRequest(request?.state) ?? { kind: 'system', reason: systemTask.getStore() ?? 'unattributed' };
}
