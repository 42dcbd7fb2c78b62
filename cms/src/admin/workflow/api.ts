/** What the workflow's admin routes answer (cms/src/workflow/routes.ts), and time in Vietnam. */
import type { SitePublicationStatus } from '../../site-publisher/status';
import type { TransitionName } from '../../workflow/states';
import { dateTag, provinceTimeFormat } from '../province-time';

export interface Person {
  id: number | null;
  name: string;
}

export interface Offer {
  name: TransitionName;
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

/** Whether the translation's latest publish or withdrawal has reached the public site. */
export type SitePublication = SitePublicationStatus;

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
  /** Null when no site publisher is set up, or nothing was ever published. */
  sitePublication: SitePublication | null;
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
  return provinceTimeFormat(dateTag(locale)).format(new Date(iso));
}

/** A moment in Vietnam's time: the time, and the date only when it is not today (in Vietnam). */
export function vietnamMoment(iso: string, locale: string, now: Date = new Date()): { time: string; date: string | null } {
  const tag = dateTag(locale);
  const day = provinceTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = provinceTimeFormat(tag, { timeStyle: 'medium' }).format(new Date(iso));
  const date = day.format(new Date(iso));
  return { time, date: date === day.format(now) ? null : date };
}

/** The message of a refused request (our routes answer `{ error: { message } }`). */
export function errorMessage(error: unknown): string {
  const e = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return e.response?.data?.error?.message ?? e.message ?? String(error);
}
