/**
 * The panel's calls to the scheduling admin API (cms/src/scheduling/routes.ts), through
 * Strapi's fetch client, which sends the admin session. The server checks everything and
 * answers errors in Vietnamese: those messages are shown as they come.
 */
import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';

export interface ScheduleView {
  id: number;
  locale: string;
  action: 'publish' | 'unpublish';
  state: 'pending' | 'fired' | 'cancelled' | 'refused';
  runAtVietnam: string;
  major: boolean | null;
  changeNote: string | null;
  firedAtVietnam: string | null;
  outcome: string | null;
}

export interface NewSchedule {
  action: 'publish' | 'unpublish';
  at: string;
  major?: boolean;
  changeNote?: string;
}

/** The server's own message when it gave one. */
export function messageOf(error: unknown, fallback: string): string {
  return (isFetchError(error) && error.response?.data?.error?.message) || fallback;
}

export function useSchedules(model: string, documentId: string, locale: string) {
  const { get, post } = useFetchClient();
  const base = `/cchc-scheduling/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}`;
  const [schedules, setSchedules] = React.useState<ScheduleView[] | null>(null);
  const [loadError, setLoadError] = React.useState<unknown>(null);

  const reload = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: ScheduleView[] }>(`${base}?locale=${encodeURIComponent(locale)}`);
      setSchedules(data.data);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [get, base, locale]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  const create = async (input: NewSchedule) => {
    await post(base, { locale, ...input });
    await reload();
  };
  const cancel = async (id: number) => {
    await post(`${base}/${id}/cancel`, {});
    await reload();
  };
  return { schedules, loadError, create, cancel };
}
