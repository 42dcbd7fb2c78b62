/**
 * The media library: everyone in an editorial role uploads and uses files, but an author
 * changes, moves or deletes only files that someone of their own agencies uploaded (Strapi's
 * RBAC knows the uploader, not the agency), and no folder. Editors and the administrator
 * manage every file; a role that is none of ours, what Strapi grants it. Nobody replaces a
 * file's bytes, deletes a file that a document uses, or has the CMS fetch a URL
 * (src/uploads/write-routes.ts says why).
 *
 * Every route of the plugin that is not a read gets the judge, at registration, whatever its
 * handler: the table of rules (src/uploads/write-routes.ts) is closed, so an unknown one is
 * refused.
 */
import type { Core } from '@strapi/strapi';
import { requestAccess, type Access } from './access';
import { usersOfAgencies } from './memberships';
import { withOurs } from './plugin-routes';
import { refuse } from './refusal';
import { filesInFolders, filesInUse } from '../uploads/in-use';
import { READING_METHODS, ruleOf, type RequestInput, type Targets } from '../uploads/write-routes';

type RouteMiddleware = (ctx: any, next: () => Promise<unknown>) => Promise<unknown>;

interface Route {
  method: string;
  path: string;
  handler: string;
  config?: { middlewares?: unknown[] };
}

/** A plugin's routers: `{ type, routes }` objects, or the content API's factory with `routes`. */
export interface PluginWithRouters {
  routes: Record<string, { routes?: Route[] } | Route[]>;
}

/** Marks our judge among a route's middlewares, for the test that lists the routes. */
export const UPLOAD_JUDGE = Symbol.for('cchc.uploadWriteJudge');

const NOT_YOURS = 'Bạn chỉ sửa, chuyển hay xóa được tệp do cơ quan mình tải lên.';
const FOLDERS_FOR_MANAGERS = 'Chỉ biên tập viên sửa, xóa hay chuyển được thư mục.';
const FOR_MANAGERS = 'Chỉ biên tập viên làm được thao tác này với thư viện tệp.';
const IN_USE = 'Tệp đang được dùng trong nội dung nên không xóa được: hãy bỏ tệp khỏi các bài dùng nó trước (bài sẽ được duyệt lại như mọi chỉnh sửa).';
const UNREADABLE = 'Mã tệp hay thư mục không hợp lệ.';
const FOR_ADMINISTRATOR = 'Chỉ quản trị viên đổi được thiết lập của thư viện tệp.';

const managesAll = (a: Access) => a.administrator || a.editor;

/** A file id as Strapi stores it; anything else (a list, an object, "5e0") cannot be judged. */
function plainId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value === 'string' && /^[1-9][0-9]{0,14}$/.test(value)) return Number(value);
  return null;
}

function requestInput(ctx: any): RequestInput {
  const body = ctx.request?.body;
  const files = ctx.request?.files;
  return {
    params: ctx.params ?? {},
    query: ctx.query ?? {},
    body: body && typeof body === 'object' && !Array.isArray(body) ? body : {},
    hasFiles: !!files && typeof files === 'object' && Object.keys(files).length > 0,
  };
}

async function uploaders(strapi: Core.Strapi, fileIds: number[]): Promise<Map<number, number | null>> {
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    where: { id: { $in: fileIds } },
    select: ['id'],
    populate: { createdBy: { select: ['id'] } },
  })) as { id: number; createdBy?: { id: number } | null }[];
  return new Map(files.map((f) => [f.id, f.createdBy?.id ?? null]));
}

/** An author's change: every file named is one that someone of their agencies uploaded. */
async function judgeAuthorsFiles(strapi: Core.Strapi, access: Access, sent: unknown[]): Promise<void> {
  const ids = sent.map(plainId);
  // An id we cannot read is one we cannot judge; a missing file answers as another's.
  if (ids.some((id) => id === null)) refuse(NOT_YOURS);
  const byFile = await uploaders(strapi, ids as number[]);
  const colleagues = new Set([access.userId, ...(await usersOfAgencies(strapi, access.authorOf))]);
  for (const id of ids as number[]) {
    const uploader = byFile.get(id);
    if (uploader === undefined || uploader === null || !colleagues.has(uploader)) refuse(NOT_YOURS);
  }
}

/** `strapiOf`: the instance, asked for when a request comes (routes are registered before it is whole). */
/** A deletion: of no file that a document uses, directly or inside a folder deleted. */
async function judgeDeletion(strapi: Core.Strapi, { files, folders }: Targets): Promise<void> {
  const fileIds = files.map(plainId);
  const folderIds = folders.map(plainId);
  if ([...fileIds, ...folderIds].some((id) => id === null)) refuse(UNREADABLE);
  const deleted = [...(fileIds as number[]), ...(await filesInFolders(strapi, folderIds as number[]))];
  if ((await filesInUse(strapi, deleted)).length) refuse(IN_USE);
}

export function judgeUploadWrite(strapiOf: () => Core.Strapi, handler: string): RouteMiddleware {
  const judge: RouteMiddleware = async (ctx, next) => {
    const strapi = strapiOf();
    const input = requestInput(ctx);
    const rule = ruleOf(handler, input);
    if (rule.kind === 'nobody') refuse(rule.reason);
    if (rule.kind === 'creates') return next();
    const access = await requestAccess(strapi);
    // Roles that are none of ours: as Strapi's grants say (it checks them in the controller),
    // but no role deletes a file that a document uses.
    if (!access || !access.editorial) {
      if (rule.kind === 'changes' && rule.deletes) await judgeDeletion(strapi, rule.targets(input));
      return next();
    }
    if (rule.kind === 'administrator') {
      if (!access.administrator) refuse(FOR_ADMINISTRATOR);
      return next();
    }
    if (rule.kind === 'managers' && !managesAll(access)) refuse(FOR_MANAGERS);
    if (rule.kind === 'changes') {
      const targets = rule.targets(input);
      if (!managesAll(access)) {
        if (targets.folders.length) refuse(FOLDERS_FOR_MANAGERS);
        await judgeAuthorsFiles(strapi, access, targets.files);
      }
      if (rule.deletes) await judgeDeletion(strapi, targets);
    }
    return next();
  };
  return Object.assign(judge, { [UPLOAD_JUDGE]: handler });
}

/** Each router of the plugin by name, as its list of routes (the content API's is a getter on a factory). */
export function routersOf(plugin: PluginWithRouters): [name: string, routes: Route[]][] {
  return Object.entries(plugin.routes).map(([name, router]) => [name, Array.isArray(router) ? router : (router.routes ?? [])]);
}

/** Gives every route of the upload plugin that is not a read the judge, whatever its handler. */
export function guardUploadWrites(strapiOf: () => Core.Strapi, plugin: PluginWithRouters): void {
  for (const route of routersOf(plugin).flatMap(([, routes]) => routes)) {
    if (READING_METHODS.includes(route.method.toUpperCase())) continue;
    route.config = { ...route.config, middlewares: withOurs(route.config?.middlewares, 'upload-write-judge', judgeUploadWrite(strapiOf, route.handler)) };
  }
}
