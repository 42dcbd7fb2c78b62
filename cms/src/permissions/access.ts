/**
 * What an admin user may do to our documents, from their roles and the agencies the
 * administrator gave them. Everything that checks a user (the document guard, the workflow,
 * history, the relation picker, the media library) asks this, so the rules have one home.
 */
import type { Core } from '@strapi/strapi';
import type { Locale } from '@cchc/content-types';
import { agenciesOfUser } from './memberships';
import { ROLE_CODES, SUPER_ADMIN_CODE, TRANSLATOR_LOCALES } from './roles';

const EDITORIAL_CODES: string[] = Object.values(ROLE_CODES);

export interface Access {
  userId: number;
  /**
   * Holds one of the editorial roles (or is the administrator). A user whose roles are none of
   * ours (a custom read-only role an administrator made, say) gets what Strapi's grants of that
   * role say, and takes no part in the workflow.
   */
  editorial: boolean;
  /** Strapi's Super Admin: users, roles, agencies of users, settings, tokens; may override. */
  administrator: boolean;
  /** Coordinating editor: reviews, publishes, unpublishes and schedules across all agencies. */
  editor: boolean;
  /** Agencies whose documents this user writes as an author. */
  authorOf: string[];
  /** Locales this user translates (of any document). */
  translates: Locale[];
}

export interface AdminUser {
  id: number | string;
  roles?: { code?: string }[];
}

export async function accessOf(strapi: Core.Strapi, user: AdminUser): Promise<Access> {
  let roles = user.roles;
  if (!roles?.every((r) => typeof r.code === 'string')) {
    const loaded = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] })) as AdminUser | null;
    roles = loaded?.roles ?? [];
  }
  const codes = new Set(roles.map((r) => r.code));
  const userId = Number(user.id);
  return {
    userId,
    editorial: codes.has(SUPER_ADMIN_CODE) || EDITORIAL_CODES.some((code) => codes.has(code)),
    administrator: codes.has(SUPER_ADMIN_CODE),
    editor: codes.has(ROLE_CODES.editor),
    authorOf: codes.has(ROLE_CODES.author) ? await agenciesOfUser(strapi, userId) : [],
    translates: Object.entries(TRANSLATOR_LOCALES)
      .filter(([code]) => codes.has(code))
      .map(([, locale]) => locale),
  };
}

interface RequestState {
  auth?: { strategy?: { name?: string } };
  user?: AdminUser | null;
  cchcAccess?: Access;
}

/** The admin user of the request being served, with their access (worked out once per request). */
export async function requestAccess(strapi: Core.Strapi): Promise<Access | null> {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  const state = ctx?.state;
  if (state?.auth?.strategy?.name !== 'admin' || !state.user) return null;
  state.cchcAccess ??= await accessOf(strapi, state.user);
  return state.cchcAccess;
}

/** Sees every agency's documents (an author sees only their agencies'; other roles, what Strapi grants them). */
export const seesAllAgencies = (a: Access) => !a.editorial || a.administrator || a.editor || a.translates.length > 0;

export const mayReview = (a: Access) => a.administrator || a.editor;

export function mayRead(a: Access, agency: string | null): boolean {
  return seesAllAgencies(a) || (agency !== null && a.authorOf.includes(agency));
}

/** May write this locale of a document owned by `agency` (a translator: their locale only), in an editorial role. */
export function mayEdit(a: Access, agency: string | null, locale: string): boolean {
  if (!a.editorial) return false;
  if (a.administrator || a.editor) return true;
  if ((a.translates as string[]).includes(locale)) return true;
  return agency !== null && a.authorOf.includes(agency);
}
