/**
 * The one seam between the scheduler and the editorial workflow: asked, inside the fire's
 * transaction, just before a due schedule fires. `null` lets it fire; a string (Vietnamese,
 * shown to editors) refuses it, and the schedule ends `refused` with that reason.
 *
 * A publish fires only while the translation is still approved: any edit after the approval
 * moves it back to review (cms/src/workflow/states.ts), so what fires is what was approved. A
 * withdrawal fires while the translation is live. The record is read in the fire's transaction,
 * locked on PostgreSQL, so an edit committing meanwhile waits for the fire.
 */
import type { Core } from '@strapi/strapi';
import { STATE_LABELS } from '../workflow/states';
import { situationOf } from '../workflow';
import type { Schedule } from './table';

export async function mayFire(strapi: Core.Strapi, schedule: Schedule): Promise<string | null> {
  const target = { type: schedule.type, documentId: schedule.documentId, locale: schedule.locale };
  const s = await strapi.db.transaction(({ trx }) => situationOf(strapi, target, trx));
  if (!s) return 'Tài liệu hoặc bản ngôn ngữ này không còn tồn tại.';
  if (schedule.action === 'unpublish') {
    return s.live ? null : 'Tài liệu không còn ở trạng thái đã xuất bản, không có gì để gỡ.';
  }
  if (s.record.state !== 'approved') {
    return `Chỉ xuất bản theo lịch khi nội dung đã được duyệt; nội dung đang ở trạng thái "${STATE_LABELS[s.record.state]}" (đã sửa sau khi duyệt, hoặc chưa duyệt).`;
  }
  return null;
}
