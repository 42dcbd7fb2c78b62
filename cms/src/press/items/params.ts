/**
 * The parameters of an item read, checked before anything is read: `:type` one of our content
 * types, `:documentId` a document id, `?locale=` one of ours (Vietnamese when absent),
 * `?format=ninjs|json` (ninjs when absent), nothing else. A refusal names the parameter.
 */
import { DEFAULT_LOCALE, PRESS_TYPES, LOCALES, isLocale, type ContentTypeName, type Locale } from '@cchc/content-types';
import type { PressRequest } from '../answer';

export const ITEM_FORMATS = ['ninjs', 'json'] as const;
export type ItemFormat = (typeof ITEM_FORMATS)[number];

export interface ItemParams {
  type: ContentTypeName;
  documentId: string;
  locale: Locale;
  format: ItemFormat;
}

export class BadItemParameter extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

const TYPES = PRESS_TYPES as ContentTypeName[];
const QUERY = new Set(['locale', 'format']);
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/** The one value of a query parameter, or its default; given twice is a mistake, not a choice. */
function single(query: URLSearchParams, name: string, fallback: string): string {
  const values = query.getAll(name);
  if (values.length > 1) throw new BadItemParameter(name, `"${name}" must be given once`);
  return values[0] ?? fallback;
}

export function itemParams(request: Pick<PressRequest, 'params' | 'query'>): ItemParams {
  const { type, documentId } = request.params;
  if (!type || !(TYPES as string[]).includes(type)) throw new BadItemParameter('type', `"type" must be one of ${TYPES.join(', ')}`);
  if (!documentId || !DOCUMENT_ID.test(documentId)) throw new BadItemParameter('documentId', '"documentId" must be a document id (letters and digits)');
  for (const key of request.query.keys()) {
    if (!QUERY.has(key)) throw new BadItemParameter(key, `Unknown parameter "${key}": only ${[...QUERY].join(' and ')} are accepted`);
  }
  const locale = single(request.query, 'locale', DEFAULT_LOCALE);
  if (!isLocale(locale)) throw new BadItemParameter('locale', `"locale" must be one of ${LOCALES.join(', ')}`);
  const format = single(request.query, 'format', 'ninjs');
  if (!(ITEM_FORMATS as readonly string[]).includes(format)) throw new BadItemParameter('format', `"format" must be one of ${ITEM_FORMATS.join(', ')}`);
  return { type: type as ContentTypeName, documentId, locale, format: format as ItemFormat };
}
