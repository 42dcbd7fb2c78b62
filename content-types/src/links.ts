/**
 * Links written by editors pass through here, on the site's pages and in what the press gets:
 * only http(s), mailto and relative links become `href`s. Anything else (javascript:, data:,
 * vbscript:, …) is shown as plain text.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!cleaned) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (scheme === undefined) return url.trim(); // relative: /path, #anchor, ?query, //host
  return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url.trim() : undefined;
}

/** Whether a link leaves the site (for rel attributes). */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
