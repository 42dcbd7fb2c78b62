/**
 * The one seam between the scheduler and the editorial workflow: asked, inside the fire's
 * transaction, just before a due schedule fires. `null` lets it fire; a string (Vietnamese,
 * shown to editors) refuses it, and the schedule ends `refused` with that reason.
 *
 * Until the workflow exists (cms/src/workflow/, built in parallel) this stands in for it: a
 * publish is refused when its draft changed after the schedule was set (the stamp stored then
 * is what was approved), and any schedule when its document or locale is gone. The workflow
 * replaces the body with "the document is still approved and unchanged since that approval";
 * keep it this one function so that the swap touches nothing else.
 */
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import type { Schedule } from './table';

interface Version {
  updatedAt: string | number | Date;
}

function findVersion(strapi: Core.Strapi, schedule: Schedule, published: boolean): Promise<Version | null> {
  // strapi.db.query joins the open transaction by itself, so this reads what the fire will write over.
  return strapi.db.query(uidOf(schedule.type) as UID.Schema).findOne({
    where: { documentId: schedule.documentId, locale: schedule.locale, publishedAt: published ? { $notNull: true } : null },
    select: ['updatedAt'],
  }) as Promise<Version | null>;
}

export async function mayFire(strapi: Core.Strapi, schedule: Schedule): Promise<string | null> {
  const draft = await findVersion(strapi, schedule, false);
  if (!draft) return 'Tài liệu hoặc bản ngôn ngữ này không còn tồn tại.';
  if (schedule.action === 'unpublish') {
    // Withdrawing publishes nothing new: edits to the draft since do not matter.
    return (await findVersion(strapi, schedule, true)) ? null : 'Tài liệu không còn ở trạng thái đã xuất bản, không có gì để gỡ.';
  }
  const changed = schedule.approvedAt === null || new Date(draft.updatedAt).getTime() > schedule.approvedAt.getTime();
  return changed ? 'Bản nháp đã được sửa sau khi hẹn giờ; cần hẹn giờ (duyệt) lại trước khi xuất bản.' : null;
}
