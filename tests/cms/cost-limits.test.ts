/**
 * What one caller may cost the CMS: a per-address rate limit (429 with Retry-After) with its
 * own budget per API token, a bounded request body, and on PostgreSQL a statement timeout.
 * The limiter and the body limit do not depend on the database, so they run on SQLite only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, createReadOnlyToken, type RunningCms } from '../support/strapi';

describe('rate limit and body size (sqlite)', () => {
  let cms: RunningCms;
  let token: string;

  beforeAll(async () => {
    // Nothing exempt: the test calls from loopback, which is exempt by default (the site build).
    cms = await bootCms('sqlite', {
      API_RATE_LIMIT_EXEMPT: '',
      API_RATE_LIMIT_BURST: '5',
      API_RATE_LIMIT_PER_MINUTE: '6',
      API_RATE_LIMIT_TOKEN_BURST: '8',
      API_RATE_LIMIT_TOKEN_PER_MINUTE: '6',
    });
    token = await createReadOnlyToken(cms.strapi);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const get = (path: string, auth?: string) =>
    fetch(`${cms.url}${path}`, { headers: auth ? { Authorization: `Bearer ${auth}` } : {} });

  it('answers 429 with Retry-After once an address has used its burst; a token has its own budget', async () => {
    // Any path case reaches the same route, and so the same bucket.
    const paths = ['/api/topics', '/API/Topics', '/api/articles', '/api/agencies?status=draft', '/Api/topics'];
    const statuses = [];
    for (const path of paths) statuses.push((await get(path)).status);
    expect(statuses).toEqual([200, 200, 200, 400, 200]);

    const limited = await get('/api/topics');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    // One request every 10 s (6 a minute) refills the bucket.
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(((await limited.json()) as { error: { name: string } }).error.name).toBe('RateLimitError');

    // The token's budget is separate from the address it calls from.
    for (let i = 0; i < 8; i += 1) expect((await get('/api/topics', token)).status, `token request ${i + 1}`).toBe(200);
    expect((await get('/api/topics', token)).status).toBe(429);
  });

  it('refuses a JSON body over 1 MB', async () => {
    const login = (email: string, bytes: number) =>
      fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'x'.repeat(bytes) }),
      });
    expect((await login('over@limit.test', 1.2 * 1024 * 1024)).status).toBe(413);
    // Just under the limit the body is read (and the login refused as such).
    expect((await login('under@limit.test', 0.9 * 1024 * 1024)).status).toBe(400);
  });
});

describe('statement timeout (postgres)', () => {
  let cms: RunningCms;

  beforeAll(async () => {
    cms = await bootCms('postgres', { DATABASE_STATEMENT_TIMEOUT: '300' });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('cancels a statement that runs longer than DATABASE_STATEMENT_TIMEOUT', async () => {
    const started = performance.now();
    await expect(cms.strapi.db.connection.raw('select pg_sleep(3)')).rejects.toThrow(/statement timeout/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
