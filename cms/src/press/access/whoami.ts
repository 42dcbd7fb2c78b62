/**
 * `GET /api/press/whoami`: which outlet a token belongs to (its name and visible prefix). For a
 * newsroom's developer checking their setup, and the simplest read behind the door.
 */
import { createHash } from 'node:crypto';
import type { PressRead } from '../answer';

export const whoami: PressRead = async (_strapi, { outlet }) => {
  const body = JSON.stringify({ data: { outlet: outlet.name, tokenPrefix: outlet.tokenPrefix ?? null } });
  return { status: 200, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
};
