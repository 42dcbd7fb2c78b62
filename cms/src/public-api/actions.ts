/**
 * The Content API actions anyone outside the admin may call: find and findOne on the section's
 * own types. The Public role is granted exactly these, and a read-only token reaches nothing else.
 */
import { ALL_TYPES, uidOf } from '@cchc/content-types';

export const READ_ACTIONS = ['find', 'findOne'] as const;
export type ReadAction = (typeof READ_ACTIONS)[number];

export function publicReadActions(): string[] {
  return ALL_TYPES.flatMap((t) => READ_ACTIONS.map((a) => `${uidOf(t.name)}.${a}`));
}
