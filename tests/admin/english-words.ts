/**
 * A heuristic for "no untranslated English on this screen": common words of Strapi's English
 * interface. Vietnamese has none of them as a word, and our demo content is Vietnamese, so one
 * of them on screen is an English string the translation misses. Brand names (Strapi, CCHC,
 * Sóc Trăng), addresses, e-mails and file names hold none of them either.
 */
export const ENGLISH_UI_WORDS = new Set(
  `
  create entry entries publish published unpublish save saved draft drafts settings media library
  search filter filters delete cancel confirm edit add new characters character upload assets asset
  folder folders locale locales language users user roles role content manager type types collection
  single page pages home welcome log login password remember forgot sign profile account
  name title description date created updated status actions action select selected clear
  close open view list grid sort sorted show more less next previous back discard changes modified
  field fields required optional minimum maximum max min file files image images documents
  document default configure configuration relation relations none yes loading
  permissions permission plugins plugin marketplace overview advanced general
  administration panel workspace history duplicate download copy link insert replace back go
  submit submitted review reviewed approve approved comment comments steps queue waiting schedule
  scheduled version versions compare restore agency agencies withdraw withdrawn archive archived reason
  `
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * English that Strapi 5.54 writes into the page without a message id, so that no
 * `config.translations` can reach it. Each is named here, so that nothing else slips through:
 *  - `(default)` after the default locale's name, and the table's hidden `Actions` header
 *    (@strapi/i18n LocaleListCell, LocaleTable);
 *  - `Choose date`, the date picker's accessible name (@strapi/design-system DatePicker);
 *  - a document status badge's `aria-label`, the raw status `draft` / `published` / `modified`
 *    (@strapi/content-manager DocumentStatus; its visible text is translated).
 */
export const HARD_CODED_IN_STRAPI = ['(default)', 'Choose date', '\nActions\n'];

/** Text a person meets: what is rendered plus accessible names and hints that are not. */
export const VISIBLE_TEXT_SCRIPT = `(() => {
  const parts = [document.body.innerText];
  for (const el of document.querySelectorAll('[aria-label],[placeholder],[title]')) {
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      if (attr === 'aria-label' && el.getAttribute('role') === 'status' && /^(draft|published|modified)$/.test(value)) continue;
      parts.push(value);
    }
  }
  return parts.join('\\n');
})()`;

/** The English UI words in a screen's text, each with the line it stands in (to find the key). */
export function englishWordsIn(text: string, allowed: readonly string[] = []): string[] {
  let rest = text;
  // Addresses, e-mails and file names are what they are in any language.
  rest = rest.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ').replace(/\S+\.(pdf|docx?|xlsx?|pptx?|jpe?g|png|webp|avif|mp3|mp4|webm|ogg|txt|csv)\b/gi, ' ');
  for (const phrase of [...HARD_CODED_IN_STRAPI, ...allowed]) rest = rest.split(phrase).join(' ');
  const found = new Set<string>();
  for (const line of rest.split('\n')) {
    // Words are runs of letters and digits: an identifier on screen (a document id such as
    // `m9e9eefpyziw6log1ji9e2j9`, a hash) is one token, never the English words between its digits.
    for (const word of line.split(/[^\p{L}\p{N}]+/u)) {
      if (ENGLISH_UI_WORDS.has(word.toLowerCase())) found.add(`${word}  ← ${line.trim().slice(0, 120)}`);
    }
  }
  return [...found].sort();
}
