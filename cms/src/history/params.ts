/**
 * The parameters of the history's routes, checked before anything is read: the type must be
 * one of ours, the document id and version ids well formed, the locale one of the model's, and
 * nothing else may be passed. Errors say in Vietnamese which parameter is wrong.
 */
import { errors } from '@strapi/utils';
import { LOCALES, typesWith, uidOf } from '@cchc/content-types';

// Only versioned types have a history to list, compare or restore.
const TYPE_OF_UID = new Map<string, string>(typesWith('versioned').map((t) => [uidOf(t.name), t.name]));
/** Strapi's document ids: 24 lowercase letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{24}$/;
const ID = /^[1-9][0-9]{0,14}$/;

export interface DocumentParams {
  uid: string;
  type: string;
  documentId: string;
  locale: string;
}

function invalid(param: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { param });
}

export function documentParams(path: Record<string, string | undefined>): DocumentParams {
  const uid = path.uid ?? '';
  const type = TYPE_OF_UID.get(uid);
  if (!type) throw invalid('uid', `"${uid.slice(0, 80)}" không phải là loại nội dung có lịch sử phiên bản.`);
  const documentId = path.documentId ?? '';
  if (!DOCUMENT_ID.test(documentId)) throw invalid('documentId', 'Mã tài liệu không hợp lệ.');
  const locale = path.locale ?? '';
  if (!(LOCALES as readonly string[]).includes(locale)) throw invalid('locale', `Ngôn ngữ phải là một trong: ${LOCALES.join(', ')}.`);
  return { uid, type, documentId, locale };
}

export function versionId(value: unknown, param: string): number {
  if (typeof value !== 'string' || !ID.test(value)) throw invalid(param, `"${param}" phải là mã số của một phiên bản.`);
  return Number(value);
}

/** Refuses any query parameter (or body field) but those named. */
export function onlyParams(given: object | undefined | null, allowed: readonly string[], where: 'query' | 'body'): void {
  if (given === undefined || given === null) return;
  if (typeof given !== 'object' || Array.isArray(given)) throw invalid(where, 'Dữ liệu gửi lên không hợp lệ.');
  const extra = Object.keys(given).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw invalid(extra, `Tham số "${extra.slice(0, 80)}" không được hỗ trợ.`);
}
