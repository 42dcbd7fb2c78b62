/**
 * What one audit entry is: who did what to which subject, when, from where. Everything about
 * the actor is copied at write time (email, name), so that the entry still reads the same
 * after the user or token is gone.
 */

/** Who acted. `anonymous` is a failed login: `email` is then the address that was tried. */
export type AuditActorKind = 'admin' | 'api-token' | 'system' | 'anonymous';

export interface AuditActor {
  kind: AuditActorKind;
  id: number | null;
  email: string | null;
  /** A user's full name, a token's name, or the system task's reason. */
  name: string | null;
}

/** What was acted on: one of our documents (its type's name), an admin user, a role, a token. */
export type SubjectType = string;
export const USER_SUBJECT = 'admin-user';
export const ROLE_SUBJECT = 'role';
export const TOKEN_SUBJECT = 'api-token';

export interface NewAuditEntry {
  /** Namespaced: `document.publish`, `auth.login`, `user.update`, `api-token.regenerate`, … */
  action: string;
  at: Date;
  actor: AuditActor;
  subject: { type: SubjectType; id: string | null; locale?: string | null } | null;
  /** The owning agency's documentId, for a content document that still existed when recorded. */
  agency?: string | null;
  /** Reason, change note, major/minor, changed permissions…: never a secret (see `withoutSecrets`). */
  details?: Record<string, unknown>;
  /** The document event this entry records: at most one entry per event. */
  sourceEventId?: number | null;
  ip?: string | null;
}

export interface AuditEntry extends NewAuditEntry {
  id: number;
}

/** Keys whose values are secrets or stand for them, at any depth. */
const SECRET_KEY = /password|secret|accesskey|encryptedkey|hash|salt|token$|^token|registration|reset/i;

/**
 * The last guard before the database: each caller already picks the fields it records, and
 * this drops anything secret-looking that slipped through (a new field Strapi adds later).
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, v]) => !SECRET_KEY.test(key) && v !== undefined)
        .map(([key, v]) => [key, withoutSecrets(v)]),
    );
  }
  return value;
}
