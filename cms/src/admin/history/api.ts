/** The history's admin routes (cms/src/history/routes.ts), as the panel calls them. */
import { useFetchClient } from '@strapi/strapi/admin';
import type { FieldComparison } from '../../history/compare';
import type { Dropped } from '../../history/restore';
import type { VersionSummary } from '../../history/versions';

export type { FieldComparison, Dropped, VersionSummary };

export interface Comparison {
  from: VersionSummary;
  to: VersionSummary;
  fields: FieldComparison[];
}

export interface DocumentRef {
  model: string;
  documentId: string;
  locale: string;
}

const base = ({ model, documentId, locale }: DocumentRef) =>
  `/cchc-history/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}/${encodeURIComponent(locale)}`;

/** The server's message (Vietnamese or English as it wrote it), else the fetch error's. */
export function errorMessage(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

export function useHistoryApi() {
  const { get, post } = useFetchClient();
  return {
    async list(ref: DocumentRef): Promise<VersionSummary[]> {
      return (await get<{ data: VersionSummary[] }>(`${base(ref)}/versions`)).data.data;
    },
    async compare(ref: DocumentRef, from: number, to: number): Promise<Comparison> {
      return (await get<{ data: Comparison }>(`${base(ref)}/compare`, { params: { from: String(from), to: String(to) } })).data.data;
    },
    async restore(ref: DocumentRef, id: number): Promise<Dropped[]> {
      return (await post<{ meta: { dropped: Dropped[] } }>(`${base(ref)}/versions/${id}/restore`)).data.meta.dropped;
    },
  };
}
