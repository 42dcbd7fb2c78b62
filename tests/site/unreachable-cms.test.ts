/** A build against a CMS that does not answer fails, saying so, rather than publishing an empty site. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../support/paths';
import { freePort } from '../support/site-build';

describe('building the site without a CMS', () => {
  it('fails with a message naming the CMS address', async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const outDir = mkdtempSync(join(SITE_DIR, '.build-test-'));
    try {
      const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
        cwd: SITE_DIR,
        env: { ...process.env, STRAPI_URL: deadUrl, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 180_000,
      });
      // A build that hung until the timeout has status null: that is not the refusal we want.
      expect(result.error, 'the build did not end by itself').toBeUndefined();
      expect(result.status).toBeTypeOf('number');
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain(deadUrl);
      expect(existsSync(join(outDir, 'client', 'index.html'))).toBe(false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
