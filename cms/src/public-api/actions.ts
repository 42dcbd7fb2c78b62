/**
 * The Content API actions anyone outside the admin may call: find and findOne on the section's
 * types that the public reads (`typesWith('public')`). The Public role is granted exactly these,
 * and a read-only token reaches nothing else.
 */
import { typesWith, uidOf } from '@cchc/content-types';

export const READ_ACTIONS = ['find', 'findOne'] as const;
export type ReadAction = (typeof READ_ACTIONS)[number];

export function publicReadActions(): string[] {
  return typesWith('public').flatMap((t) => READ_ACTIONS.map((a) => `${uidOf(t.name)}.${a}`));
}
