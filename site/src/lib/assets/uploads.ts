/**
 * Which addresses the asset pipeline may fetch: the CMS's own uploads, and nothing else (issue
 * 15). Content names its files by URL, and a rich-text block written before the CMS checked them
 * (or a draft shown in a preview) could name any URL: a server on the local network, a file of
 * another host whose name collides with one of ours. An upload is a plain file name directly under
 * the CMS's `/uploads/` path, on the CMS's own origin, with nothing else in the URL.
 */

export { cmsUploadUrl, isCmsUpload } from '@cchc/content-types';

/** Asked for a file that is not one of the CMS's uploads, or that the CMS does not have (404). */
export class NotAnUpload extends Error {
  override name = 'NotAnUpload';
}
