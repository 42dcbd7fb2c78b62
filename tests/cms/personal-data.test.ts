/**
 * Erasing one person's data (cms/src/personal-data/): the administrator previews, then erases,
 * every document of a personal-data type that names the person's phone number (in every locale
 * and state), through the admin routes. Afterwards no table of the database holds their name or
 * phone, the erasure is recorded with counts only, another person's note is untouched, and an
 * editor may not erase. Uses the suite's fixture type `private-note` (content-types/src/types/fixtures.ts).
 */
import { randomBytes } from 'node:crypto';
import type { UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient, createAdminUser } from '../support/admin-users';
import { createTerm } from '../support/fixtures';
import { bootCms, type RunningCms } from '../support/strapi';
import { tablesHolding } from '../support/table-search';

const NOTE = uidOf('private-note') as UID.ContentType;
const tag = randomBytes(4).toString('hex');
const NAME = `Trần Thị ${tag}`;
const PHONE = `0${String(parseInt(tag, 16) % 1e9).padStart(9, '0')}`;
// Another person: the same number with the digit after the 0 changed.
const OTHER_PHONE = `0${PHONE[1] === '8' ? '9' : '8'}${PHONE.slice(2)}`;

let cms: RunningCms;
let administrator: AdminClient;
let editor: AdminClient;
let agency: string;

async function note(title: string, name: string, phone: string, publish: boolean): Promise<string> {
  const created = (await cms.strapi.documents(NOTE).create({
    locale: 'vi',
    status: publish ? 'published' : 'draft',
    data: { title, summary: `${name} gọi hỏi.`, noteKind: 'question', receivedAt: new Date().toISOString(), citizenName: name, citizenPhone: phone, agency },
  } as never)) as unknown as { documentId: string };
  return created.documentId;
}

beforeAll(async () => {
  cms = await bootCms('postgres', {}, { from: 'empty' });
  agency = await createTerm(cms.strapi, 'agency', { vi: `Sở Nội vụ ${tag}`, km: `មន្ទីរ ${tag}`, en: `Department ${tag}` }, { code: `snv-${tag}`, agencyKind: 'department' });
  administrator = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, `qtv-${tag}@cchc.test`, ['strapi-super-admin']));
  editor = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, `btv-${tag}@cchc.test`, ['cchc-editor'], [agency]));
});

afterAll(async () => {
  await cms?.stop();
});

describe("erasing one person's data", () => {
  let first: string;
  let other: string;

  it('finds what names the person, in drafts and published documents, and refuses anyone but the administrator', async () => {
    first = await note('Hỏi về hộ tịch', NAME, PHONE, true);
    await cms.strapi.documents(NOTE).update({ documentId: first, locale: 'vi', data: { summary: `${NAME} gọi lại, hỏi thêm.` } } as never);
    await note('Góp ý giờ làm việc', NAME, PHONE, false);
    other = await note('Hỏi về đất đai', 'Lê Văn Khác', OTHER_PHONE, true);

    const preview = await administrator.post('/cchc-personal-data/erasures/preview', { identifier: ` ${PHONE} ` });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.data.documents).toEqual({ 'private-note': 2 });

    for (const path of ['/cchc-personal-data/erasures/preview', '/cchc-personal-data/erasures']) {
      const refused = await editor.post(path, { identifier: PHONE });
      expect(refused.status, path).toBe(403);
      expect(JSON.stringify(refused.body)).toContain('Chỉ quản trị viên');
    }
    expect((await editor.get('/cchc-personal-data/erasures')).status).toBe(403);
    const empty = await administrator.post('/cchc-personal-data/erasures', { identifier: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('Nhập số điện thoại');
    // Nothing was erased by the refusals.
    expect(await tablesHolding(cms.strapi, [PHONE])).not.toEqual([]);
  });

  it('leaves nothing of them in any table, records the erasure without their data, and keeps the others', async () => {
    const erased = await administrator.post('/cchc-personal-data/erasures', { identifier: PHONE });
    expect(erased.status, JSON.stringify(erased.body)).toBe(201);
    expect(erased.body.data.erased).toEqual({ 'private-note': 2 });
    expect(erased.body.data.actor).toEqual({ kind: 'admin', id: administrator.user.id });

    expect(await tablesHolding(cms.strapi, [PHONE, NAME])).toEqual([]);
    expect(await cms.strapi.db.query(NOTE as UID.Schema).count({ where: { documentId: first } })).toBe(0);
    // The delete is an event like any other (the workflow and the audit see it), with ids only.
    const deletes = await cms.strapi.db.connection('document_events').where({ document_id: first, action: 'delete' }).count({ n: '*' });
    expect(Number((deletes[0] as { n: number }).n)).toBeGreaterThan(0);

    const kept = (await cms.strapi.documents(NOTE).findOne({ documentId: other, locale: 'vi' } as never)) as unknown as { citizenPhone: string } | null;
    expect(kept?.citizenPhone).toBe(OTHER_PHONE);

    const record = await administrator.get('/cchc-personal-data/erasures');
    expect(record.status).toBe(200);
    expect(record.body.data[0]).toMatchObject({ reason: 'request', erased: { 'private-note': 2 } });
    expect(JSON.stringify(record.body)).not.toContain(PHONE);
  });
});
