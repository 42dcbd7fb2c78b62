/**
 * Writes cms/.env with fresh random secrets on first run, so a new clone starts without
 * setting anything and no secret is ever committed. Existing values are kept.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const secret = () => randomBytes(24).toString('base64');

const SECRETS: Record<string, () => string> = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  // Shared with the site's publisher (npm start passes them on): its notifications and reports
  // (Standard Webhooks wants `whsec_` and base64), and preview tokens.
  SITE_PUBLISHER_SECRET: () => `whsec_${randomBytes(32).toString('base64')}`,
  SITE_PREVIEW_SECRET: () => randomBytes(32).toString('base64url'),
};

/** The values of a .env file (KEY=value lines). */
export function readEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

export function ensureEnv(file = resolve(__dirname, '..', '..', '.env')): string[] {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const present = new Set(Object.entries(readEnv(file)).filter(([, value]) => value !== '').map(([key]) => key));
  const added = Object.keys(SECRETS).filter((key) => !present.has(key) && !process.env[key]);
  if (added.length === 0) return [];
  const lines = added.map((key) => `${key}=${SECRETS[key]!()}`);
  const header = text ? '' : '# Written by cms/scripts/ensure-env.ts on first run. Keep it out of git.\n';
  writeFileSync(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${header}${lines.join('\n')}\n`, { mode: 0o600 });
  return added;
}

if (require.main === module) {
  const added = ensureEnv(resolve(process.cwd(), '.env'));
  if (added.length) console.log(`cms/.env: generated ${added.join(', ')}`);
}
