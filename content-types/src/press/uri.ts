/**
 * The press's stable identifiers (ninjs `uri`, feed guids): URNs of our own, the same in every
 * format and for every version of an item, independent of slugs and hosts, which change.
 */
import type { Locale } from '../locales';

export const PRESS_URN = 'urn:cchc-soctrang';

/** One translation of one document: `urn:cchc-soctrang:article:<documentId>:vi`. */
export function pressItemUri(type: string, documentId: string, locale: Locale): string {
  return `${PRESS_URN}:${type}:${documentId}:${locale}`;
}

/** A taxonomy term by its stable code (every taxonomy has one): `urn:cchc-soctrang:reform-area:thu-tuc`. */
export function pressTermUri(taxonomy: string, code: string): string {
  return `${PRESS_URN}:${taxonomy}:${encodeURIComponent(code)}`;
}

/** An uploaded file of the CMS: `urn:cchc-soctrang:upload:<documentId>`. */
export function pressUploadUri(uploadId: string): string {
  return `${PRESS_URN}:upload:${uploadId}`;
}
