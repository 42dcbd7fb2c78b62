/**
 * What the admin API returns for a schedule: every time both as UTC ISO (for programs) and as
 * Vietnam wall-clock time (for editors, `24/12/2026 08:00`). Internal bookkeeping (attempts,
 * retry time, the process that fired) stays out, except as `outcome` when it was refused.
 */
import type { Schedule } from './table';
import { formatVietnamTime, toVietnamInput } from './time';

export interface ScheduleView {
  id: number;
  locale: string;
  action: Schedule['action'];
  state: Schedule['state'];
  runAt: string;
  runAtVietnam: string;
  /** For a form showing it again: the `datetime-local` value in Vietnam time. */
  runAtInput: string;
  major: boolean | null;
  changeNote: string | null;
  createdBy: number | null;
  createdAt: string;
  createdAtVietnam: string;
  firedAt: string | null;
  firedAtVietnam: string | null;
  outcome: string | null;
}

export function toView(schedule: Schedule): ScheduleView {
  return {
    id: schedule.id,
    locale: schedule.locale,
    action: schedule.action,
    state: schedule.state,
    runAt: schedule.runAt.toISOString(),
    runAtVietnam: formatVietnamTime(schedule.runAt),
    runAtInput: toVietnamInput(schedule.runAt),
    major: schedule.major,
    changeNote: schedule.changeNote,
    createdBy: schedule.createdBy,
    createdAt: schedule.createdAt.toISOString(),
    createdAtVietnam: formatVietnamTime(schedule.createdAt),
    firedAt: schedule.firedAt?.toISOString() ?? null,
    firedAtVietnam: schedule.firedAt ? formatVietnamTime(schedule.firedAt) : null,
    // A pending schedule's outcome is its last failed attempt: internal until it is refused.
    outcome: schedule.state === 'refused' ? schedule.outcome : null,
  };
}
