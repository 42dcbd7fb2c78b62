/**
 * The editorial workflow, declared in one place (as GOV.UK's Whitehall declares its edition
 * states): the states of a document's translation, the transitions between them with their
 * rules (who may take them, from which state, what they need) and what each records, and how
 * every other recorded change moves the state. Nothing else changes a state: the state is the
 * projection of the document's events (`projection.ts`), and the only events that move it are
 * the Document Service's own (edits, publish, …) and the transitions below (`transitions.ts`).
 */
import type { Action, NewEvent } from '../events';
import { mayEdit, mayReview, type Access } from '../permissions/access';

export const STATES = ['draft', 'submitted', 'changes-requested', 'approved', 'published', 'unpublished', 'archived'] as const;
export type State = (typeof STATES)[number];

/** What editors read (the admin panel has the English beside it). */
export const STATE_LABELS: Record<State, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  'changes-requested': 'Cần sửa',
  approved: 'Đã duyệt',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  archived: 'Lưu trữ',
};

/** The workflow's record of one translation of one document. */
export interface WorkflowRecord {
  type: string;
  documentId: string;
  locale: string;
  state: State;
  submittedBy: number | null;
  submittedAt: Date | null;
  lastEditedBy: number | null;
  lastEditedAt: Date | null;
  reviewedBy: number | null;
  reviewedAt: Date | null;
  updatedAt: Date;
}

/**
 * An edit (a save in the admin panel, a restored version, a relation copied from another
 * translation) keeps a draft a draft, keeps a submission in review (with its new last editor,
 * who then cannot approve it), voids an approval (it must be approved again), and starts a new
 * edition of a document that is live, withdrawn or archived.
 */
const AFTER_EDIT: Record<State, State> = {
  draft: 'draft',
  submitted: 'submitted',
  'changes-requested': 'changes-requested',
  approved: 'submitted',
  published: 'draft',
  unpublished: 'draft',
  archived: 'draft',
};

export const TRANSITION_NAMES = ['submit', 'request-changes', 'approve', 'publish', 'unpublish', 'archive'] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

/** Where a translation stands when someone asks to move it. */
export interface Situation {
  type: string;
  documentId: string;
  locale: string;
  /** The owning agency's documentId. */
  agency: string | null;
  record: WorkflowRecord;
  /** This locale has a published version on the site. */
  live: boolean;
}

/** What a person gives with a transition. */
export interface TransitionInput {
  /** The reviewer's comment, a withdrawal's public reason, an override's reason. */
  note?: string;
  /** For a publish of a document already live: tell readers (major) or not (minor). */
  major?: boolean;
  /** A major publish's public change note. */
  changeNote?: string;
  /** An administrator sets the four-eyes rule aside; `note` says why. */
  override?: boolean;
}

export interface Transition {
  name: TransitionName;
  /** The button, in Vietnamese. */
  label: string;
  /** The event it records (a publish or unpublish is the Document Service's own). */
  records: Action;
  /** The states it starts from; `live` also allows any state whose locale is on the site. */
  from: readonly State[];
  fromLive?: boolean;
  /** Who: null when `access` may, else why not. */
  who: (access: Access, s: Situation) => string | null;
  /** The person who submitted or last edited the translation may not take it. */
  fourEyes: boolean;
  /** What the input must hold: null when it is complete, else what is missing. */
  needs: (input: TransitionInput, s: Situation) => string | null;
}

const reviewersOnly = (access: Access) => (mayReview(access) ? null : 'Chỉ biên tập viên (Sở Nội vụ) làm được việc này.');
const nothing = () => null;
const aNote = (what: string) => (input: TransitionInput) => (input.note?.trim() ? null : `Cần ghi ${what}.`);

export const TRANSITIONS: readonly Transition[] = [
  {
    name: 'submit',
    label: 'Gửi duyệt',
    records: 'submit',
    from: ['draft', 'changes-requested'],
    who: (access, s) => (mayEdit(access, s.agency, s.locale) ? null : 'Bạn chỉ gửi duyệt được nội dung bạn được sửa.'),
    fourEyes: false,
    needs: nothing,
  },
  {
    name: 'request-changes',
    label: 'Yêu cầu sửa',
    records: 'request-changes',
    from: ['submitted', 'approved'],
    who: reviewersOnly,
    fourEyes: false,
    needs: aNote('điều cần sửa'),
  },
  {
    name: 'approve',
    label: 'Duyệt',
    records: 'approve',
    from: ['submitted'],
    who: reviewersOnly,
    fourEyes: true,
    needs: nothing,
  },
  {
    name: 'publish',
    label: 'Xuất bản',
    records: 'publish',
    from: ['approved'],
    who: reviewersOnly,
    fourEyes: true,
    needs: (input, s) => {
      if (!s.live) return null; // a first publish is the first version: nothing to tell yet
      if (typeof input.major !== 'boolean') return 'Chọn thay đổi lớn (báo cho người đọc) hay nhỏ (sửa lỗi chính tả).';
      if (input.major && !input.changeNote?.trim()) return 'Thay đổi lớn cần ghi chú thay đổi cho người đọc.';
      return null;
    },
  },
  {
    name: 'unpublish',
    label: 'Gỡ xuống',
    records: 'unpublish',
    from: [],
    fromLive: true,
    who: reviewersOnly,
    fourEyes: false,
    needs: aNote('lý do gỡ (hiển thị công khai)'),
  },
  {
    name: 'archive',
    label: 'Lưu trữ',
    records: 'archive',
    from: ['unpublished'],
    fromLive: true,
    who: reviewersOnly,
    fourEyes: false,
    needs: nothing,
  },
];

export function transitionNamed(name: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.name === name);
}

/** Why `access` may not take `transition` now with `input`, in Vietnamese; null when it may. */
export function refusalOf(transition: Transition, access: Access, s: Situation, input: TransitionInput = {}): string | null {
  const fromHere = transition.from.includes(s.record.state) || (transition.fromLive === true && s.live);
  if (!fromHere) {
    return `Không thể "${transition.label}" khi nội dung đang ở trạng thái "${STATE_LABELS[s.record.state]}".`;
  }
  const who = transition.who(access, s);
  if (who) return who;
  if (input.override) {
    if (!access.administrator) return 'Chỉ quản trị viên được bỏ qua quy tắc hai người.';
    if (!input.note?.trim()) return 'Bỏ qua quy tắc hai người cần ghi lý do.';
  } else if (transition.fourEyes) {
    if (s.record.submittedBy === access.userId) return 'Người gửi duyệt không tự duyệt hay xuất bản được (quy tắc hai người).';
    if (s.record.lastEditedBy === access.userId) return 'Người sửa sau cùng không tự duyệt hay xuất bản được (quy tắc hai người).';
  }
  return transition.needs(input, s);
}

/** The record of a translation the workflow has not seen yet (made before it existed). */
export function recordBefore(type: string, documentId: string, locale: string, live: boolean): WorkflowRecord {
  return {
    type,
    documentId,
    locale,
    state: live ? 'published' : 'draft',
    submittedBy: null,
    submittedAt: null,
    lastEditedBy: null,
    lastEditedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    updatedAt: new Date(0),
  };
}

const adminOf = (event: NewEvent) => (event.actor.kind === 'admin' ? event.actor.id : null);

/**
 * How one recorded event moves a translation's record: null when the translation is gone. The
 * links Strapi drops and we restore on publish are not an edit of the linking document.
 */
export function afterEvent(record: WorkflowRecord, event: NewEvent, at: Date): WorkflowRecord | null {
  const next = { ...record, updatedAt: at };
  const by = adminOf(event);
  switch (event.action) {
    case 'create':
      return { ...recordBefore(record.type, record.documentId, record.locale, false), lastEditedBy: by, lastEditedAt: at, updatedAt: at };
    case 'update':
    case 'restore':
      if (event.cause === 'relink-on-publish') return record;
      return { ...next, state: AFTER_EDIT[record.state], lastEditedBy: by, lastEditedAt: at };
    case 'submit':
      return { ...next, state: 'submitted', submittedBy: by, submittedAt: at };
    case 'request-changes':
      return { ...next, state: 'changes-requested', reviewedBy: by, reviewedAt: at };
    case 'approve':
      return { ...next, state: 'approved', reviewedBy: by, reviewedAt: at };
    case 'publish':
      // The edition is done: the next one is submitted and reviewed afresh.
      return { ...next, state: 'published', submittedBy: null, submittedAt: null };
    case 'discard':
      return { ...next, state: 'published' };
    case 'unpublish':
      return { ...next, state: 'unpublished' };
    case 'archive':
      return { ...next, state: 'archived' };
    case 'delete':
      return null;
    case 'schedule':
      return record;
  }
}
