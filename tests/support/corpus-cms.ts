/**
 * The CMS's own modules that the corpus writers use, as the booted CMS loaded them (cms/dist,
 * CommonJS): the same instances, so that `asSystem` reaches the CMS's event point and the bulk
 * path writes our tables with the CMS's own writers and rules (the event log's append, the
 * history's insert, the workflow's and the press feed's decisions). Importing this needs the CMS
 * compiled (the global setup, or `prepareBench` in a benchmark).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { CMS_DIR } from './paths';

const require = createRequire(import.meta.url);
const dist = <T>(path: string) => require(resolve(CMS_DIR, 'dist/src', path)) as T;

export const { onTable } = dist<typeof import('../../cms/src/database/own-tables')>('database/own-tables.js');
export const { asSystem } = dist<typeof import('../../cms/src/events')>('events/index.js');
export const { appendEvents, EVENTS_TABLE } = dist<typeof import('../../cms/src/events/log')>('events/log.js');
export const { CURSORS_TABLE } = dist<typeof import('../../cms/src/events/cursors')>('events/cursors.js');
export const { insertVersions } = dist<typeof import('../../cms/src/history/versions')>('history/versions.js');
export const { componentFields, fieldsOf, kindOf } = dist<typeof import('../../cms/src/history/fields')>('history/fields.js');
export const { afterEvent, recordBefore } = dist<typeof import('../../cms/src/workflow/states')>('workflow/states.js');
export const { saveRecord } = dist<typeof import('../../cms/src/workflow/store')>('workflow/store.js');
export const { WORKFLOW_TYPES } = dist<typeof import('../../cms/src/workflow/projection')>('workflow/projection.js');
export const { AUDIT_TABLE } = dist<typeof import('../../cms/src/audit/table')>('audit/table.js');
export const { withoutSecrets } = dist<typeof import('../../cms/src/audit/entry')>('audit/entry.js');
export const { classify } = dist<typeof import('../../cms/src/press/changes/classify')>('press/changes/classify.js');
export const { insertChange } = dist<typeof import('../../cms/src/press/changes/table')>('press/changes/table.js');
export const { PRESS_CHANGES_LISTENER } = dist<typeof import('../../cms/src/press/changes/listener')>('press/changes/listener.js');
export const { ENDPOINTS_TABLE } = dist<typeof import('../../cms/src/press/webhooks/table')>('press/webhooks/table.js');
