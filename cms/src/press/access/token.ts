/**
 * Press tokens: `cchc_press_` and 43 base64url characters (32 random bytes). Only the SHA-256 of
 * a token is stored; a plain hash is enough for a high-entropy secret (nothing to brute-force,
 * and the door can look it up in a map, with no per-request key stretching). The first
 * characters are kept apart as a visible prefix, so the administrator and the outlet can tell
 * which token is which without either of them showing it.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'cchc_press_';
/** What a token looks like; anything else is refused before it is hashed. */
export const TOKEN_PATTERN = /^cchc_press_[A-Za-z0-9_-]{43}$/;
/** Characters of the random part shown beside the fixed prefix. */
const VISIBLE = 6;

export interface NewToken {
  /** The token itself: shown once to the administrator, never stored. */
  token: string;
  hash: string;
  /** `cchc_press_Ab12Cd`: what lists and logs may show. */
  prefix: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const visiblePrefix = (token: string): string => token.slice(0, TOKEN_PREFIX.length + VISIBLE);

export function newToken(): NewToken {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token), prefix: visiblePrefix(token) };
}

/** The token of an `Authorization: Bearer …` header, when it has the shape of one of ours. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header || header.length > 100) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match && TOKEN_PATTERN.test(match[1]!) ? match[1] : undefined;
}
