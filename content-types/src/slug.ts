/**
 * Vietnamese-aware slugs: "Đẩy mạnh cải cách" -> "day-manh-cai-cach".
 * Used by the CMS (generation on save) and the tests; the site only reads slugs.
 */
export function slugify(input: string, maxLength = 80): string {
  const ascii = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // combining diacritics
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

/** Slug shape accepted by the CMS: lower-case ASCII words joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Vietnamese text is stored as NFC; so is every other text field. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
