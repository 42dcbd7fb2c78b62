/** Press outlets for tests and benchmarks, made in the CMS's own table as the admin routes would. */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Core } from '@strapi/strapi';
import { PRESS_WHOAMI_PATH } from '@cchc/content-types';
import { CMS_DIR } from './paths';

const require = createRequire(import.meta.url);
const dist = (path: string) => require(resolve(CMS_DIR, 'dist/src', path));

export interface TestOutlet {
  id: number;
  name: string;
  token: string;
}

/** An outlet with a fresh token; the door learns of it on the token's first use. */
export async function createPressOutlet(strapi: Core.Strapi, name: string, perMinute = 600, burst = 120): Promise<TestOutlet> {
  const { insertOutlet } = dist('press/access/outlets.js') as typeof import('../../cms/src/press/access/outlets');
  const { newToken } = dist('press/access/token.js') as typeof import('../../cms/src/press/access/token');
  const token = newToken();
  const outlet = await insertOutlet(strapi, { name, origins: [], perMinute, burst }, token, 1);
  return { id: outlet.id, name: outlet.name, token: token.token };
}

/**
 * Until the CMS at `url` takes the token: a door learns of an outlet made outside its own admin
 * routes on a miss, at most once a second (PRESS_OUTLETS_MISS_REFRESH_MS), or at its next reload.
 */
export async function untilTokenAccepted(url: string, token: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}${PRESS_WHOAMI_PATH}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.ok) return;
    if (Date.now() > deadline) throw new Error(`the press API did not take the new token (last answer ${res.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
