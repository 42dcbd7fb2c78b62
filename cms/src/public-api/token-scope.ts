/**
 * Strapi's read-only API tokens may call every content-api action named find or findOne,
 * plugins' included (the upload library, users-permissions roles and users, i18n locales).
 * Ours read our published content and nothing else: after Strapi's own check, a read-only
 * token's route scope (the action uid, not the path) must be one of publicReadActions().
 * Full-access and custom tokens keep the grants an administrator gave them.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicReadActions } from './actions';

interface Auth {
  strategy?: { name?: string };
  credentials?: { type?: string };
}

export function limitReadOnlyTokens(strapi: Core.Strapi): void {
  const auth = strapi.get('auth') as { verify: (auth: unknown, config?: unknown) => Promise<void> | void };
  const verify = auth.verify.bind(auth);
  const allowed = new Set(publicReadActions());
  auth.verify = async (credentials: unknown, config?: unknown) => {
    await verify(credentials, config);
    const { strategy, credentials: token } = (credentials ?? {}) as Auth;
    if (strategy?.name !== 'content-api-token' || token?.type !== 'read-only') return;
    const scope = (config as { scope?: string | string[] } | false | undefined) || {};
    const scopes = ([] as string[]).concat(scope.scope ?? []);
    if (!scopes.length || !scopes.every((s) => allowed.has(s))) {
      throw new errors.ForbiddenError('A read-only token reads the published content of this section only');
    }
  };
}
