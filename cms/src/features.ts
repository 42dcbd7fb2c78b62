/**
 * The composition root: every capability of the CMS, in one list (as GOV.UK's Whitehall wires
 * its edition services in one initializer). `index.ts` and `bootstrap/` iterate it:
 *  - register, in list order (Strapi's `register`): then each entry's listeners and
 *    `onRecorded` hooks are handed to the event point;
 *  - the migrations of all entries, in id order, right after Strapi's schema sync;
 *  - start, in list order (Strapi's `bootstrap`);
 *  - stop, in reverse list order (Strapi's `destroy`).
 * Adding a capability is one entry. The order is written down here once, and each comment
 * says why an entry stands where it does.
 */
import type { Core } from '@strapi/strapi';
import { registerAuditLog } from './audit';
import { auditRecorder } from './audit/document-recorder';
import { ensureAdministrator } from './bootstrap/admin-user';
import { applyEditorLabels } from './bootstrap/editor-labels';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { MIGRATIONS, type Migration } from './database/migrations';
import { releaseStartLock } from './database/start-lock';
import { registerDocumentMiddlewares } from './documents';
import { keptByListener, registerEventPoint, startEventPoint, stopEventPoint, type Listener, type Projection, type RecordedHook } from './events';
import { registerHistory, versionRecorder } from './history';
import { registerPermissions, registerRouteJudge, startPermissions } from './permissions';
import { registerPress, startPress, stopPress } from './press';
import { PRESS_CHANGES_LISTENER, pressChanges } from './press/changes';
import { CHANGES_TABLE } from './press/changes/table';
import { pressItemsListener } from './press/items';
import { registerDocumentHistory } from './public-api/document-history';
import { limitReadOnlyTokens } from './public-api/token-scope';
import { registerScheduling, startScheduling, stopScheduling } from './scheduling';
import { registerPersonalData, startRetention, stopRetention } from './personal-data';
import { registerSitePublisher, startSitePublisher, stopSitePublisher } from './site-publisher';
import { sitePublisherNotifier } from './site-publisher/listener';
import { registerFixtureTypes } from './test-fixtures';
import { startUploadDurations } from './uploads/duration';
import { registerWorkflow, workflowProjection, workflowStates } from './workflow';

export interface Feature {
  /** For logs and errors. */
  name: string;
  /** At Strapi's `register`: Document Service middlewares, routes, services. */
  register?(strapi: Core.Strapi): void | Promise<void>;
  /** Its tables and columns (`database/migrations/`); all entries' run together, in id order. */
  migrations?: Migration[];
  /** At Strapi's `bootstrap`, in list order, after the migrations. */
  start?(strapi: Core.Strapi): void | Promise<void>;
  /** At Strapi's `destroy`, in reverse list order. */
  stop?(strapi: Core.Strapi): void | Promise<void>;
  /** Delivered after commit, from a stored cursor, one process at a time (`events/`). */
  listeners?: Listener[];
  /** In each write's transaction, with its events just recorded (`events/`). */
  onRecorded?: RecordedHook[];
  /** Its tables kept from the event log, which `npm run -w cms rebuild-projections` makes again. */
  projections?: Projection[];
}

export const FEATURES: Feature[] = [
  // The test suite's fixture types (none elsewhere), before anything looks types up.
  { name: 'test-fixtures', register: registerFixtureTypes },
  // Before any of ours adds a route: every admin route is judged by the route table.
  { name: 'route-judge', register: registerRouteJudge },
  // Every table of ours, right after Strapi's schema sync.
  { name: 'database', migrations: MIGRATIONS },
  // First start step: it refuses to start an admin panel anyone could claim.
  { name: 'administrator', start: ensureAdministrator },
  // The event point before every other document middleware: it wraps them and their writes.
  // Its delivery starts before the seed below writes; it stops last, once nothing else sends.
  { name: 'events', register: registerEventPoint, start: startEventPoint, stop: stopEventPoint },
  // Then who may write what: a refused write is rolled back before our middlewares shape it.
  // At start: the editorial roles.
  { name: 'permissions', register: registerPermissions, start: startPermissions },
  { name: 'documents', register: registerDocumentMiddlewares },
  // The hooks run in this order in each write's transaction: the workflow state, the version,
  // then (below) the audit entries.
  { name: 'workflow', register: registerWorkflow, onRecorded: [workflowProjection], projections: [workflowStates] },
  { name: 'history', register: registerHistory, onRecorded: [versionRecorder] },
  {
    name: 'public-api',
    register(strapi) {
      limitReadOnlyTokens(strapi);
      registerDocumentHistory(strapi);
    },
  },
  { name: 'site-publisher', register: registerSitePublisher, start: startSitePublisher, stop: stopSitePublisher, listeners: [sitePublisherNotifier] },
  { name: 'personal-data', register: registerPersonalData },
  { name: 'audit', register: registerAuditLog, onRecorded: [auditRecorder] },
  { name: 'locales', start: ensureLocales },
  { name: 'public-role', start: ensurePublicPermissions },
  { name: 'editor-labels', start: applyEditorLabels },
  // Before anything uploads a recording (the demo's seed, `npm run seed`, runs after the starts).
  { name: 'upload-durations', start: startUploadDurations },
  // The starts above run one process at a time (database/start-lock.ts); the loops below, in
  // every process. Stopping releases it too, if a start failed while holding it.
  { name: 'start-lock', start: releaseStartLock, stop: releaseStartLock },
  // Last: their first passes send what was queued, and fire what came due, while the CMS was
  // down. Stopped first: no webhook being sent (and the usage written), no fire under way.
  {
    name: 'press',
    register: registerPress,
    start: startPress,
    stop: stopPress,
    listeners: [pressChanges, pressItemsListener],
    projections: [keptByListener(PRESS_CHANGES_LISTENER, CHANGES_TABLE)],
  },
  { name: 'scheduling', register: registerScheduling, start: startScheduling, stop: stopScheduling },
  // Personal data older than its type's retention, erased in one process at a time. A loop like
  // the scheduler's: its first pass erases what came due while the CMS was down. (Its routes and
  // the job itself are registered by the 'personal-data' entry above.)
  { name: 'personal-data-retention', start: startRetention, stop: stopRetention },
];

/** All entries' migrations, in id order. */
export function migrationsOf(features: readonly Feature[]): Migration[] {
  return features.flatMap((feature) => feature.migrations ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** All entries' projections, in list order. */
export function projectionsOf(features: readonly Feature[]): Projection[] {
  return features.flatMap((feature) => feature.projections ?? []);
}
