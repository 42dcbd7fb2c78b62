/**
 * What a recorded document event is. One change to one locale of one of our documents is one
 * event. The audit log, the history, the workflow's state, the site publisher and the press
 * change feed and item cache react to these and to nothing else (the scheduler records events
 * but reads its own table).
 */

/**
 * What is recorded today: the Document Service's actions, each mapped to events in
 * `document-actions.ts`, and `restore`, a draft written from a version of the history
 * (`recordedAs` in `recorder.ts`; cms/src/history/).
 */
export const EMITTED_ACTIONS = ['create', 'update', 'publish', 'unpublish', 'delete', 'discard', 'restore'] as const;

/**
 * The editorial workflow's actions: its transitions record submit, approve, request-changes
 * and archive (cms/src/workflow/transitions.ts); the scheduler (cms/src/scheduling/) records
 * `schedule`.
 */
export const WORKFLOW_ACTIONS = ['submit', 'approve', 'request-changes', 'archive', 'schedule'] as const;

export const ACTIONS = [...EMITTED_ACTIONS, ...WORKFLOW_ACTIONS] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Who made the change. An admin user or an API token comes from the request; everything else
 * (the seed, a script, the scheduler) is the system, and says why.
 */
export type Actor =
  | { kind: 'admin'; id: number }
  | { kind: 'api-token'; id: number }
  | { kind: 'system'; reason: string };

/**
 * A write that did not come from the caller's own Document Service call, but was made on its
 * behalf: relations copied to the other translations, links restored on publish.
 */
export const CAUSES = ['shared-relations', 'relink-on-publish'] as const;
export type Cause = (typeof CAUSES)[number];

/** What a publish tells readers. Only a publish carries it. */
export interface PublishNote {
  /** Readers should be told: moves "updated on" and lists the change note. */
  major: boolean;
  /** The public change note; absent until the workflow's publish dialog asks for it. */
  changeNote?: string;
}

/**
 * What a `schedule` event says: a publish or unpublish was set for a time, taken off the
 * schedule, or refused when it came due (cms/src/scheduling/). Only a schedule event carries it.
 */
export interface ScheduleNote {
  change: 'set' | 'cancel' | 'refuse';
  /** The schedule's own id in `document_schedules`. */
  scheduleId: number;
  action: 'publish' | 'unpublish';
  /** When it is (was) to fire, UTC. */
  runAt: Date;
}

export interface NewEvent {
  action: Action;
  /** Our type's name in the content model (`article`, `reform-area`, …). */
  type: string;
  documentId: string;
  locale: string;
  actor: Actor;
  cause?: Cause;
  publish?: PublishNote;
  /**
   * Words a person gave with the change: the reviewer's comment when asking for changes, the
   * public reason of a withdrawal, the reason of an administrator's override.
   */
  note?: string;
  /** An administrator set the four-eyes rule aside (with `note` as the reason). */
  override?: boolean;
  schedule?: ScheduleNote;
}

export interface DocumentEvent extends NewEvent {
  /** Increases in commit order: a listener that has seen id N has seen every event before it. */
  id: number;
  /** When the write was made (the event's transaction). */
  at: Date;
}
