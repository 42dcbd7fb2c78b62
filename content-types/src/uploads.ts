/**
 * What one of the CMS's own uploads is: a plain file name directly under the CMS's `/uploads/`
 * path, on the CMS's own origin, with nothing else in the URL. Content names its files by URL, and
 * a rich-text block written before the CMS checked them (or a draft in a preview) could name any
 * URL; the site's asset pipeline and the press's item reads both take only these.
 */

/** Strapi's upload file names: `<name>_<hash><ext>`, letters, digits, `_`, `-` and dots. */
const UPLOAD_NAME = /^[\w-][\w.-]*$/;

/**
 * The address of the CMS upload that `source` names (as the CMS gives it: `/uploads/x_1a2b.jpg`,
 * or absolute on the CMS's origin), or undefined when it names anything else.
 */
export function cmsUploadUrl(source: string, cmsUrl: string): URL | undefined {
  const base = new URL(`${cmsUrl.replace(/\/+$/, '')}/`);
  const uploads = `${base.pathname}uploads/`;
  // Relative sources are the CMS's own paths; anything with a scheme or `//` must be on its origin.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(source) && !source.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(source, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.username || url.password || url.search || url.hash) return undefined;
  if (!url.pathname.startsWith(uploads)) return undefined;
  // One plain name: no folder below uploads/, no percent-encoded separator.
  return UPLOAD_NAME.test(url.pathname.slice(uploads.length)) ? url : undefined;
}

export function isCmsUpload(source: string, cmsUrl: string): boolean {
  return cmsUploadUrl(source, cmsUrl) !== undefined;
}
