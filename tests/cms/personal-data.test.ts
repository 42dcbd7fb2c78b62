/**
 * Erasing one person's data (cms/src/personal-data/): the administrator previews, then erases,
 * every document of a personal-data type that names the person's phone number (in every locale
 * and state), through the admin routes, giving one of the grounds. Afterwards no table of the
 * database holds their name or phone, the erasure is recorded with counts and the ground only,
 * another person's note is untouched, and an editor may not erase. Then the retention job: a
 * note older than its type's retention is erased by the job's loop and recorded as `retention`,
 * one within it is kept, and two passes at once (as two CMS processes would run them) erase and
 * record it once. Uses the suite's fixture type `private-note` (content-types/src/types/fixtures.ts),
 * whose retention is 30 days.
 */
import { randomBytes } from 'node:crypto';
import type { UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import type { RetentionJob } from '../../cms/src/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient, createAdminUser } from '../support/admin-users';
import { createPrivateNote, createTerm } from '../support/fixtures';
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

/** A citizen's note owned by this file's agency. */
const note = (title: string, name: string, phone: string, publish: boolean) => createPrivateNote(cms.strapi, { title, name, phone, agency, publish });

beforeAll(async () => {
  // The retention job looks every 300 ms (an hour by default).
  cms = await bootCms('postgres', { RETENTION_POLL_MS: '300' }, { from: 'empty' });
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
    const empty = await administrator.post('/cchc-personal-data/erasures', { identifier: '   ', reason: 'request' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('Nhập số điện thoại');
    for (const identifier of ['0912', 'Nguyễn Văn A', 'ai@', `${PHONE}@`]) {
      const malformed = await administrator.post('/cchc-personal-data/erasures/preview', { identifier });
      expect(malformed.status, identifier).toBe(400);
      expect(JSON.stringify(malformed.body), identifier).toContain('không phải số điện thoại hay địa chỉ thư điện tử');
    }
    // A reason is one of the grounds, never free text (which could hold the person's data).
    for (const reason of [undefined, '', `${NAME} yêu cầu`, 'retention']) {
      const unreasoned = await administrator.post('/cchc-personal-data/erasures', { identifier: PHONE, reason });
      expect(unreasoned.status, String(reason)).toBe(400);
      expect(JSON.stringify(unreasoned.body)).toContain('Chọn lý do');
    }
    // Nothing was erased by the refusals.
    expect(await tablesHolding(cms.strapi, [PHONE])).not.toEqual([]);
  });

  it('leaves nothing of them in any table, records the erasure without their data, and keeps the others', async () => {
    const erased = await administrator.post('/cchc-personal-data/erasures', { identifier: PHONE, reason: 'consent' });
    expect(erased.status, JSON.stringify(erased.body)).toBe(201);
    expect(erased.body.data.erased).toEqual({ 'private-note': 2 });
    expect(erased.body.data.reason).toBe('consent');
    expect(erased.body.data.actor).toEqual({ kind: 'admin', id: administrator.user.id });
    expect(erased.body.meta.types['private-note']).toEqual({ vi: 'Ghi chú nội bộ', en: 'Internal notes' });

    expect(await tablesHolding(cms.strapi, [PHONE, NAME])).toEqual([]);
    expect(await cms.strapi.db.query(NOTE as UID.Schema).count({ where: { documentId: first } })).toBe(0);
    // The delete is an event like any other (the workflow and the audit see it), with ids only.
    const deletes = await cms.strapi.db.connection('document_events').where({ document_id: first, action: 'delete' }).count({ n: '*' });
    expect(Number((deletes[0] as { n: number }).n)).toBeGreaterThan(0);

    const kept = (await cms.strapi.documents(NOTE).findOne({ documentId: other, locale: 'vi' } as never)) as unknown as { citizenPhone: string } | null;
    expect(kept?.citizenPhone).toBe(OTHER_PHONE);

    const record = await administrator.get('/cchc-personal-data/erasures');
    expect(record.status).toBe(200);
    expect(record.body.data[0]).toMatchObject({ reason: 'consent', erased: { 'private-note': 2 }, actorName: expect.any(String) });
    expect(JSON.stringify(record.body)).not.toContain(PHONE);
  });
});

describe('the retention job', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const job = () => cms.strapi.get<RetentionJob>('personal-data-retention');
  const retentionRecords = async () => ((await administrator.get('/cchc-personal-data/erasures')).body.data as { reason: string; erased: Record<string, number> }[]).filter((e) => e.reason === 'retention');
  /** A note whose every row (draft and published) was created `days` ago. */
  async function noteCreatedAgo(days: number, name: string, phone: string): Promise<string> {
    const documentId = await note(`Cuộc gọi ${days} ngày trước`, name, phone, true);
    await cms.strapi.db.query(NOTE as UID.Schema).updateMany({ where: { documentId }, data: { createdAt: new Date(Date.now() - days * DAY) } });
    return documentId;
  }
  const exists = async (documentId: string) => (await cms.strapi.db.query(NOTE as UID.Schema).count({ where: { documentId } })) > 0;

  it('erases on its schedule a note older than its retention, keeps one within it, and records it without the data', async () => {
    const before = (await retentionRecords()).length;
    const oldName = `Phạm Văn ${tag}`;
    const oldPhone = `07${PHONE.slice(2)}`;
    // Its rows were written just now (updatedAt is today): retention runs from creation, not from the last edit.
    const old = await noteCreatedAgo(31, oldName, oldPhone);
    const recent = await noteCreatedAgo(29, `Võ Thị ${tag}`, `03${PHONE.slice(2)}`);

    await expect.poll(() => exists(old), { timeout: 10_000, interval: 100 }).toBe(false);
    expect(await exists(recent)).toBe(true);
    expect(await tablesHolding(cms.strapi, [oldPhone, oldName])).toEqual([]);
    const records = await retentionRecords();
    expect(records.length).toBe(before + 1);
    expect(records[0]).toMatchObject({ erased: { 'private-note': 1 }, actor: { kind: 'system', reason: 'retention' }, actorName: null });
  });

  it('erases once when two passes run at once, as two CMS processes would', async () => {
    await job().stop();
    const before = (await retentionRecords()).length;
    const notes = [await noteCreatedAgo(40, `Đỗ Văn ${tag}`, `05${PHONE.slice(2)}`), await noteCreatedAgo(60, `Lý Thị ${tag}`, `06${PHONE.slice(2)}`)];
    const passes = await Promise.all([job().pass(), job().pass()]);
    expect(await Promise.all(notes.map(exists))).toEqual([false, false]);
    // One pass had the turn and erased both; the other skipped, or came after and found nothing.
    expect(passes.map((p) => p.erasure?.erased ?? null).filter(Boolean)).toEqual([{ 'private-note': 2 }]);
    expect((await retentionRecords()).length).toBe(before + 1);
  });
});
