/**
 * Every route of the upload plugin that writes, and how it is judged: a closed table, read
 * from what each of Strapi's controllers (@strapi/upload 5.54, dist/server/controllers) acts
 * on. A writing route whose handler is not named here is refused to everyone, so a Strapi
 * upgrade that adds one cannot open it in silence (tests/cms/uploads.test.ts lists them).
 *
 * A rule names what the handler could act on, from every place the controller reads it
 * (path, query, body), never from one of them only: `updateFileInfo` and `replaceFile` read
 * `ctx.params.id ?? ctx.query.id`, and `POST /upload?id=` delegates to them.
 */

/** What a request could write: the files and the folders it names, as sent (not yet read). */
export interface Targets {
  files: unknown[];
  folders: unknown[];
}

export type WriteRule =
  /** New files only (an upload, a new folder): anyone Strapi lets create. */
  | { kind: 'creates' }
  /**
   * Files and folders of the library: an author, only files of their agencies and no folder.
   * `deletes`: nobody deletes a file that a document uses (src/uploads/in-use.ts).
   */
  | { kind: 'changes'; targets: (request: RequestInput) => Targets; deletes?: true }
  /** Shared by every agency (folders, a bulk job over every image): editors and the administrator. */
  | { kind: 'managers' }
  /** The plugin's settings: the administrator. */
  | { kind: 'administrator' }
  /** Nobody: the route is closed, for the reason given (shown to the user). */
  | { kind: 'nobody'; reason: string };

export interface RequestInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** Multipart files sent with the request (koa-body's `ctx.request.files`). */
  hasFiles: boolean;
}

export const REPLACE_REFUSED =
  'Không thay được nội dung của một tệp đã tải lên: bài đã duyệt hay đang đăng dùng tệp này sẽ đổi theo mà không qua duyệt. Hãy tải tệp mới lên và chọn nó trong bài; bài sẽ được duyệt lại như mọi chỉnh sửa.';
const FROM_URL_REFUSED = 'Không tải tệp từ địa chỉ web được: hãy tải tệp về máy rồi tải lên.';
const CONTENT_API_REFUSED = 'Thư viện tệp chỉ được sửa trong trang quản trị.';

/** Every value at `key`, whether one value or a list of them. */
const all = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const idsOf = (list: unknown): unknown[] => all(list);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** The file a single-file handler acts on: its path id, else its query id (we judge both). */
const pathOrQueryFile = (r: RequestInput): Targets => ({ files: [...all(r.params.id), ...all(r.query.id)], folders: [] });

/** A rule, or one that depends on the request (a handler that multiplexes). */
export type RuleOfRoute = WriteRule | ((request: RequestInput) => WriteRule);

export const UPLOAD_WRITE_RULES: Record<string, RuleOfRoute> = {
  // POST /upload: a new upload; with `?id=`, an update of that file's information (no files
  // sent) or a replacement of its bytes (files sent): the rules of those two handlers.
  'admin-upload.upload': (r) =>
    r.query.id === undefined ? { kind: 'creates' } : r.hasFiles ? { kind: 'nobody', reason: REPLACE_REFUSED } : { kind: 'changes', targets: pathOrQueryFile },
  'admin-upload.uploadFile': { kind: 'creates' },
  'admin-upload.updateFileInfo': { kind: 'changes', targets: pathOrQueryFile },
  'admin-upload.replaceFile': { kind: 'nobody', reason: REPLACE_REFUSED },
  'admin-upload.bulkUpdateFileInfo': { kind: 'changes', targets: (r) => ({ files: all(r.body.updates).map((u) => field(u, 'id')), folders: [] }) },
  // The CMS would fetch any address for the user (issue 15, item 3); nobody needs it.
  'admin-upload.uploadFromUrls': { kind: 'nobody', reason: FROM_URL_REFUSED },
  'admin-file.destroy': { kind: 'changes', targets: pathOrQueryFile, deletes: true },
  'admin-file.generateAIMetadata': { kind: 'changes', targets: (r) => ({ files: idsOf(r.body.fileIds), folders: [] }) },
  'admin-file.createAIMetadataJob': { kind: 'managers' },
  'admin-folder.create': { kind: 'creates' },
  'admin-folder.update': { kind: 'managers' },
  'admin-folder-file.deleteMany': { kind: 'changes', targets: (r) => ({ files: idsOf(r.body.fileIds), folders: idsOf(r.body.folderIds) }), deletes: true },
  'admin-folder-file.moveMany': { kind: 'changes', targets: (r) => ({ files: idsOf(r.body.fileIds), folders: idsOf(r.body.folderIds) }) },
  'admin-settings.updateSettings': { kind: 'administrator' },
  'view-configuration.updateViewConfiguration': { kind: 'administrator' },
  // The content API (users-permissions and API tokens): nothing of ours writes files through it.
  'content-api.upload': { kind: 'nobody', reason: CONTENT_API_REFUSED },
  'content-api.destroy': { kind: 'nobody', reason: CONTENT_API_REFUSED },
};

/** A route reads nothing when its method is one of these; every other method is judged. */
export const READING_METHODS = ['GET', 'HEAD', 'OPTIONS'];

const UNKNOWN: WriteRule = { kind: 'nobody', reason: 'Thao tác này với thư viện tệp chưa được phép.' };

/** Whether the table names this handler (a writing route it does not name is closed). */
export const isJudged = (handler: string): boolean => Object.prototype.hasOwnProperty.call(UPLOAD_WRITE_RULES, handler);

export function ruleOf(handler: string, request: RequestInput): WriteRule {
  const rule = isJudged(handler) ? UPLOAD_WRITE_RULES[handler]! : UNKNOWN;
  return typeof rule === 'function' ? rule(request) : rule;
}
