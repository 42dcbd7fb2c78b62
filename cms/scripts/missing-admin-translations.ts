/**
 * Which admin-panel strings have no Vietnamese: every key of a package's English `en.json` that
 * neither Strapi's own `vi.json` nor ours (`src/admin/translations/vi/<plugin>.json`) has.
 * Run it after a Strapi upgrade: new strings show up here (and in tests/unit/admin-translations.test.ts).
 *
 *   npm run translations:missing -w cms            # counts, then each missing key and its English
 *   npm run translations:missing -w cms -- --json  # the same as JSON, to fill a file from
 *
 * Also checks that our strings keep the English ICU placeholders ({number}, plural arguments)
 * and tags (<b>…</b>), and that they hold no keys English no longer has (renamed upstream).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

type Messages = Record<string, string>;

/** Where each package that the admin panel shows keeps its compiled translations. */
export const ADMIN_PACKAGES = [
  { id: 'admin', pkg: '@strapi/admin', dir: 'dist/admin/admin/src/translations', covered: true },
  { id: 'content-manager', pkg: '@strapi/content-manager', dir: 'dist/admin/translations', covered: true },
  { id: 'upload', pkg: '@strapi/upload', dir: 'dist/admin/translations', covered: true },
  { id: 'i18n', pkg: '@strapi/i18n', dir: 'dist/admin/translations', covered: true },
  { id: 'users-permissions', pkg: '@strapi/plugin-users-permissions', dir: 'dist/admin/translations', covered: true },
  { id: 'email', pkg: '@strapi/email', dir: 'dist/admin/translations', covered: true },
  // Not met by editors or administrators: the Content-Type Builder is off in production
  // (config/plugins.ts); review workflows and releases are paid features Community hides.
  { id: 'content-type-builder', pkg: '@strapi/content-type-builder', dir: 'dist/admin/translations', covered: false },
  { id: 'review-workflows', pkg: '@strapi/review-workflows', dir: 'dist/admin/translations', covered: false },
  { id: 'content-releases', pkg: '@strapi/content-releases', dir: 'dist/admin/translations', covered: false },
] as const;

export interface PackageReport {
  id: string;
  covered: boolean;
  english: number;
  strapiVi: number;
  ours: number;
  missing: Messages;
  /** Our keys that English does not have (any more). */
  stale: string[];
  /** Our strings that lost or changed an ICU placeholder or a tag of the English. */
  brokenPlaceholders: { key: string; english: string; vietnamese: string }[];
}

function loadCompiled(file: string): Messages {
  if (!existsSync(file)) return {};
  const require = createRequire(file);
  const loaded = require(file) as Messages & { default?: Messages };
  return loaded.default ?? loaded;
}

/**
 * The ICU arguments and the tags of a message: `{count}` and `{number, plural, one {# file}
 * other {# files}}` give `{count}`, `{number}` (not the branch texts); `<b>`, `</b>` stay tags.
 * A small walk over the braces, enough for Strapi's messages (no apostrophe escapes in them).
 */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const contexts: ('text' | 'branches')[] = ['text'];
  let i = 0;
  while (i < message.length) {
    const char = message[i];
    if (char === '{') {
      if (contexts[contexts.length - 1] === 'branches') {
        contexts.push('text'); // the text of one branch: `one {…}`
        i += 1;
        continue;
      }
      const argument = /^\{\s*([A-Za-z_]\w*)\s*(?:,\s*(\w+)\s*,?)?/.exec(message.slice(i));
      if (!argument) {
        i += 1;
        continue;
      }
      found.add(`{${argument[1]}}`);
      if (argument[2] === 'plural' || argument[2] === 'select' || argument[2] === 'selectordinal') {
        contexts.push('branches');
        i += argument[0].length;
      } else {
        const end = message.indexOf('}', i);
        i = end < 0 ? message.length : end + 1;
      }
      continue;
    }
    if (char === '}' && contexts.length > 1) contexts.pop();
    i += 1;
  }
  for (const tag of message.matchAll(/<\/?([A-Za-z][\w-]*)\s*\/?>/g)) found.add(tag[0].replace(/\s/g, ''));
  return [...found].sort();
}

export function missingAdminTranslations(cmsDir: string): PackageReport[] {
  const require = createRequire(join(cmsDir, 'package.json'));
  return ADMIN_PACKAGES.map(({ id, pkg, dir, covered }) => {
    const root = join(dirname(require.resolve(`${pkg}/package.json`)), dir);
    const english = loadCompiled(join(root, 'en.json.js'));
    const strapiVi = loadCompiled(join(root, 'vi.json.js'));
    const oursFile = join(cmsDir, 'src', 'admin', 'translations', 'vi', `${id}.json`);
    const ours = existsSync(oursFile) ? (JSON.parse(readFileSync(oursFile, 'utf8')) as Messages) : {};
    const missing: Messages = {};
    for (const [key, text] of Object.entries(english)) if (!(key in ours) && !(key in strapiVi)) missing[key] = text;
    const brokenPlaceholders = Object.entries(ours)
      .filter(([key, text]) => key in english && placeholdersOf(text).join() !== placeholdersOf(english[key]!).join())
      .map(([key, vietnamese]) => ({ key, english: english[key]!, vietnamese }));
    return {
      id,
      covered,
      english: Object.keys(english).length,
      strapiVi: Object.keys(strapiVi).length,
      ours: Object.keys(ours).length,
      missing,
      stale: Object.keys(ours).filter((key) => !(key in english)),
      brokenPlaceholders,
    };
  });
}

function main(): void {
  const reports = missingAdminTranslations(resolve(__dirname, '..'));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(reports.map((r) => [r.id, r.missing])), null, 2));
    return;
  }
  for (const r of reports) {
    const count = Object.keys(r.missing).length;
    console.log(
      `${r.id.padEnd(22)} English ${String(r.english).padStart(4)}  Strapi vi ${String(r.strapiVi).padStart(4)}  ours ${String(r.ours).padStart(4)}  missing ${String(count).padStart(4)}` +
        (r.covered ? '' : '  (not shown to editors)'),
    );
  }
  let problems = 0;
  for (const r of reports.filter((report) => report.covered)) {
    for (const [key, text] of Object.entries(r.missing)) console.log(`  missing ${r.id}: ${key} = ${JSON.stringify(text)}`);
    for (const key of r.stale) console.log(`  stale   ${r.id}: ${key} (English no longer has it)`);
    for (const b of r.brokenPlaceholders) console.log(`  placeholders ${r.id}: ${b.key}: ${JSON.stringify(b.english)} → ${JSON.stringify(b.vietnamese)}`);
    problems += Object.keys(r.missing).length + r.stale.length + r.brokenPlaceholders.length;
  }
  process.exitCode = problems > 0 ? 1 : 0;
}

if (require.main === module) main();
