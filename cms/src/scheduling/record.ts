/**
 * A schedule's changes as document events: set, cancelled, refused. Recorded with `recordWrite`
 * in the transaction that changes the schedule, so the event log and the table agree. The fire
 * itself needs no such call: its publish or unpublish passes the Document Service, whose event
 * point records it (as the system's `scheduler`).
 */
import type { Core } from '@strapi/strapi';
import { recordWrite, type ScheduleNote } from '../events';
import type { Schedule } from './table';

export function recordScheduleChange(strapi: Core.Strapi, schedule: Schedule, change: ScheduleNote['change']): Promise<void> {
  return recordWrite(strapi, {
    action: 'schedule',
    type: schedule.type,
    documentId: schedule.documentId,
    locale: schedule.locale,
    schedule: { change, scheduleId: schedule.id, action: schedule.action, runAt: schedule.runAt },
  });
}
