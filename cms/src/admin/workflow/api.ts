/** What the workflow's admin routes answer (cms/src/workflow/routes.ts), and time in Vietnam. */
export interface Person {
  id: number | null;
  name: string;
}

export interface Offer {
  name: 'submit' | 'request-changes' | 'approve' | 'publish' | 'unpublish' | 'archive';
  label: string;
  refusal: string | null;
  overridable: boolean;
}

export interface Step {
  id: number;
  action: string;
  at: string;
  by: Person | null;
  note: string | null;
  override: boolean;
  major: boolean | null;
  changeNote: string | null;
}

export interface PanelData {
  state: string;
  stateLabel: string;
  live: boolean;
  submittedBy: Person | null;
  submittedAt: string | null;
  lastEditedBy: Person | null;
  lastEditedAt: string | null;
  reviewedBy: Person | null;
  reviewedAt: string | null;
  offers: Offer[];
  canOverride: boolean;
  steps: Step[];
}

export interface QueueItem {
  type: string;
  uid: string;
  documentId: string;
  locale: string;
  title: string;
  agency: { documentId: string; name: string } | null;
  state: string;
  stateLabel: string;
  submittedBy: Person | null;
  since: string;
}

/** Times are entered and shown in Vietnam's time, whatever the browser's zone. */
export function vietnamTime(iso: string | null, locale: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(new Date(iso));
}

/** The message of a refused request (our routes answer `{ error: { message } }`). */
export function errorMessage(error: unknown): string {
  const e = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return e.response?.data?.error?.message ?? e.message ?? String(error);
}
