/**
 * Links written by editors pass through here, on the site's pages and in what the press gets:
 * only http(s), mailto and relative links become `href`s. Anything else (javascript:, data:,
 * vbscript:, …) is shown as plain text.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  // What a browser follows: the URL without the control characters and spaces at its ends. Not
  // `trim()`, which also drops a no-break space or a BOM that a browser keeps: "\u00a0javascript:"
  // is a relative link as given, and a script once trimmed.
  const value = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"): judge it without any.
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!cleaned) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (scheme === undefined) return value; // relative: /path, #anchor, ?query, //host
  return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`) ? value : undefined;
}

/** Whether a link leaves the site (for rel attributes). */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
