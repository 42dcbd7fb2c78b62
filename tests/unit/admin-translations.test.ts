/**
 * Every string of the packages editors and administrators meet has Vietnamese (Strapi's own or
 * ours), our strings keep the English placeholders and tags, and none is for a key English no
 * longer has. After a Strapi upgrade this is where new strings show up first:
 * `npm run translations:missing -w cms` lists them with their English.
 */
import { describe, expect, it } from 'vitest';
import { missingAdminTranslations, placeholdersOf } from '../../cms/scripts/missing-admin-translations';
import { en as ourEn, vi as ourVi } from '../../cms/src/admin/translations';
import { CMS_DIR } from '../support/paths';

describe('admin translations', () => {
  const reports = missingAdminTranslations(CMS_DIR);

  it.each(reports.filter((r) => r.covered).map((r) => [r.id, r] as const))('%s: nothing missing, stale or broken', (_id, report) => {
    expect(Object.keys(report.missing)).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.brokenPlaceholders).toEqual([]);
  });

  // Our screens' keys match by type (cms/src/admin/translations/define.ts); their placeholders only here.
  it("gives our screens' strings the same placeholders in Vietnamese and English", () => {
    const ours = Object.keys(ourEn).filter((id) => id.startsWith('cchc.'));
    expect(ours.length).toBeGreaterThan(300);
    const differing = ours.filter((id) => placeholdersOf(ourVi[id] ?? '').join() !== placeholdersOf(ourEn[id]!).join());
    expect(differing.map((id) => `${id}: "${ourVi[id]}" / "${ourEn[id]}"`)).toEqual([]);
  });

  it('reads placeholders and tags', () => {
    expect(placeholdersOf('{number, plural, one {# asset} other {# assets}} in <b>{folder}</b>')).toEqual(['</b>', '<b>', '{folder}', '{number}']);
  });
});
