/**
 * Setting, cancelling and listing a document's schedules. Every input is checked here, whatever
 * the caller (the admin routes, a script): the action, the time (a real date-time, in the
 * future, within `maxAheadDays`), the locale, the document, and one pending schedule per
 * document, locale and action. Errors are Vietnamese sentences for the editor. Each change is
 * recorded as a `schedule` event in the transaction that makes it.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALES, uidOf } from '@cchc/content-types';
import { recordScheduleChange } from './record';
import type { Transaction } from '../events/log';
import { fromRow, schedules, SCHEDULE_ACTIONS, type Row, type Schedule, type ScheduleAction } from './table';
import { formatVietnamTime, parseVietnamTime } from './time';

type TransactionTools = { trx: Transaction };

const NOTE_MAX = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScheduleInput {
  type: string;
  documentId: string;
  /** From the request body: checked here. */
  locale: unknown;
  action: unknown;
  at: unknown;
  major?: unknown;
  changeNote?: unknown;
  userId: number;
}

const invalid = (message: string, field: string) => new errors.ValidationError(message, { field });

const ACTION_WORDS: Record<ScheduleAction, string> = { publish: 'xuất bản', unpublish: 'gỡ xuất bản' };

function checkAction(action: unknown): ScheduleAction {
  if (typeof action === 'string' && (SCHEDULE_ACTIONS as readonly string[]).includes(action)) return action as ScheduleAction;
  throw invalid('Hành động hẹn giờ phải là "publish" (xuất bản) hoặc "unpublish" (gỡ xuất bản).', 'action');
}

export function checkLocale(locale: unknown): string {
  if (typeof locale === 'string' && (LOCALES as readonly string[]).includes(locale)) return locale;
  throw invalid(`Ngôn ngữ không hợp lệ: chọn một trong ${LOCALES.join(', ')}.`, 'locale');
}

function checkTime(at: unknown, now: Date, maxAheadDays: number): Date {
  const runAt = typeof at === 'string' && at.length <= 40 ? parseVietnamTime(at.trim()) : null;
  if (!runAt) throw invalid('Thời điểm không hợp lệ: nhập ngày giờ có thật theo giờ Việt Nam, ví dụ 2026-12-24T08:00.', 'at');
  if (runAt.getTime() <= now.getTime()) {
    throw invalid(`Thời điểm ${formatVietnamTime(runAt)} đã qua: chọn một thời điểm trong tương lai (giờ Việt Nam).`, 'at');
  }
  if (runAt.getTime() > now.getTime() + maxAheadDays * DAY_MS) {
    throw invalid(`Chỉ hẹn giờ được trong vòng ${maxAheadDays} ngày tới.`, 'at');
  }
  return runAt;
}

/** Major/minor and the change note belong to a publish; a major one needs a note for readers. */
function checkNote(action: ScheduleAction, major: unknown, changeNote: unknown): { major: boolean | null; changeNote: string | null } {
  if (major !== undefined && major !== null && typeof major !== 'boolean') throw invalid('"major" phải là true hoặc false.', 'major');
  if (changeNote !== undefined && changeNote !== null && typeof changeNote !== 'string') throw invalid('Ghi chú thay đổi phải là văn bản.', 'changeNote');
  const note = typeof changeNote === 'string' ? changeNote.normalize('NFC').trim() : '';
  if (action === 'unpublish') {
    if (typeof major === 'boolean' || note) throw invalid('Lịch gỡ xuất bản không có thay đổi lớn/nhỏ hay ghi chú thay đổi.', 'major');
    return { major: null, changeNote: null };
  }
  if (note.length > NOTE_MAX) throw invalid(`Ghi chú thay đổi dài tối đa ${NOTE_MAX} ký tự.`, 'changeNote');
  if (major === true && !note) throw invalid('Thay đổi lớn cần có ghi chú thay đổi để báo cho người đọc.', 'changeNote');
  return { major: typeof major === 'boolean' ? major : null, changeNote: note || null };
}

/** The draft row of that locale: it must exist; its `updatedAt` is what is being approved. */
async function draftOf(strapi: Core.Strapi, type: string, documentId: string, locale: string) {
  const draft = (await strapi.db.query(uidOf(type) as UID.Schema).findOne({
    where: { documentId, locale, publishedAt: null },
    select: ['id', 'updatedAt'],
  })) as { id: number; updatedAt: string | number | Date } | null;
  if (!draft) throw new errors.NotFoundError('Không tìm thấy tài liệu hoặc bản ngôn ngữ này.');
  return draft;
}

const pendingTaken = (action: ScheduleAction) =>
  invalid(`Bản ngôn ngữ này đã có một lịch ${ACTION_WORDS[action]} đang chờ; hủy lịch đó trước khi đặt lịch mới.`, 'action');

/** PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE: the partial unique index caught a race. */
const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

export async function createSchedule(strapi: Core.Strapi, input: ScheduleInput, maxAheadDays: number): Promise<Schedule> {
  const action = checkAction(input.action);
  const locale = checkLocale(input.locale);
  const runAt = checkTime(input.at, new Date(), maxAheadDays);
  const note = checkNote(action, input.major, input.changeNote);
  const { type, documentId } = input;
  try {
    return await strapi.db.transaction(async ({ trx }: TransactionTools) => {
      const draft = await draftOf(strapi, type, documentId, locale);
      const taken = await schedules(strapi, (q) => q.where({ type, document_id: documentId, locale, action, state: 'pending' }).first('id'), trx);
      if (taken) throw pendingTaken(action);
      const [inserted] = (await schedules(
        strapi,
        (q) =>
          q
            .insert({
              type,
              document_id: documentId,
              locale,
              action,
              run_at: runAt.toISOString(),
              state: 'pending',
              created_by: input.userId,
              created_at: new Date().toISOString(),
              approved_at: new Date(draft.updatedAt).toISOString(),
              major: note.major,
              change_note: note.changeNote,
              attempts: 0,
            })
            .returning('*'),
        trx,
      )) as Row[];
      const schedule = fromRow(inserted!);
      await recordScheduleChange(strapi, schedule, 'set');
      return schedule;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pendingTaken(action);
    throw error;
  }
}

export interface CancelInput {
  type: string;
  documentId: string;
  id: number;
  userId: number;
}

/**
 * Takes a schedule off: only a pending one. On PostgreSQL the update waits while a process is
 * firing it (the row is locked) and then finds it fired; one cancelled first is never claimed,
 * since the claim re-checks the state of the row it locks.
 */
export async function cancelSchedule(strapi: Core.Strapi, input: CancelInput): Promise<Schedule> {
  const { type, documentId, id } = input;
  return strapi.db.transaction(async ({ trx }: TransactionTools) => {
    const changed = await schedules(
      strapi,
      (q) => q.where({ id, type, document_id: documentId, state: 'pending' }).update({ state: 'cancelled', cancelled_by: input.userId, fired_at: null }),
      trx,
    );
    const row = (await schedules(strapi, (q) => q.where({ id, type, document_id: documentId }).first(), trx)) as Row | undefined;
    if (!row) throw new errors.NotFoundError('Không tìm thấy lịch hẹn giờ này.');
    const schedule = fromRow(row);
    if (Number(changed) !== 1) throw invalid('Lịch hẹn giờ này không còn chờ (đã thực hiện, đã hủy hoặc bị từ chối) nên không hủy được.', 'id');
    await recordScheduleChange(strapi, schedule, 'cancel');
    return schedule;
  });
}

/** A document's schedules in one locale (or all), the latest first. */
export async function listSchedules(strapi: Core.Strapi, type: string, documentId: string, locale?: string): Promise<Schedule[]> {
  const rows = (await schedules(strapi, (q) =>
    q
      .where({ type, document_id: documentId, ...(locale ? { locale } : {}) })
      .orderBy([{ column: 'run_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(200),
  )) as Row[];
  return rows.map(fromRow);
}
