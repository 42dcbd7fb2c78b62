/**
 * The identifier a person is found by (a phone number or an e-mail address, the subject fields
 * of `capabilities.personalData`): what makes one well formed. The route refuses a bad one with
 * a Vietnamese message and the screen says the same before it sends anything, from this one
 * rule. Plain code, no Node import: the admin screen uses it too.
 *
 * It is searched as typed (trimmed, NFC): the subject fields hold what staff typed, so a phone
 * number is not rewritten here (0912 345 678 and 0912345678 are two different texts to find).
 */

export const IDENTIFIER_MAX = 200;

/** Why `raw` names nobody; null when it is a phone number or an e-mail address. */
export type IdentifierProblem = 'empty' | 'tooLong' | 'malformed';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// Digits, with the separators people write (spaces, dots, hyphens, brackets) and an optional
// leading +: 8 to 15 digits (Vietnamese numbers have 10 or 11 with their 0; E.164 allows 15).
const PHONE = /^\+?[\d\s.()-]+$/;

export const normaliseIdentifier = (raw: string): string => raw.trim().normalize('NFC');

export function identifierProblem(raw: string): IdentifierProblem | null {
  const value = normaliseIdentifier(raw);
  if (!value) return 'empty';
  if (value.length > IDENTIFIER_MAX) return 'tooLong';
  if (value.includes('@')) return EMAIL.test(value) ? null : 'malformed';
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 8 && digits <= 15 ? null : 'malformed';
}

/** What the route answers and the screen says, for each problem. */
export const IDENTIFIER_PROBLEMS: Record<IdentifierProblem, { vi: string; en: string }> = {
  empty: {
    vi: 'Nhập số điện thoại hoặc địa chỉ thư điện tử của người yêu cầu xóa dữ liệu.',
    en: 'Enter the phone number or e-mail address of the person whose data is to be erased.',
  },
  tooLong: { vi: `Thông tin nhận diện dài quá ${IDENTIFIER_MAX} ký tự.`, en: `The identifier is longer than ${IDENTIFIER_MAX} characters.` },
  malformed: {
    vi: 'Đây không phải số điện thoại hay địa chỉ thư điện tử: số điện thoại có từ 8 đến 15 chữ số, địa chỉ thư điện tử có dạng ten@ten-mien.vn.',
    en: 'This is neither a phone number nor an e-mail address: a phone number has 8 to 15 digits, an e-mail address looks like name@domain.vn.',
  },
};
