/**
 * The media library: everyone in an editorial role uploads and uses files, but an author
 * changes, replaces, moves or deletes only files that someone of their own agencies uploaded
 * (Strapi's RBAC knows the uploader, not the agency). Editors and the administrator manage
 * every file; a role that is none of ours, what Strapi grants it.
 */
import type { Core } from '@strapi/strapi';
import { requestAccess, type Access } from './access';
import { usersOfAgencies } from './memberships';
import type { RouteMiddleware } from './plugin-routes';
import { refuse } from './refusal';

const managesAll = (a: Access) => a.administrator || a.editor;

async function uploaders(strapi: Core.Strapi, fileIds: number[]): Promise<Map<number, number | null>> {
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    where: { id: { $in: fileIds } },
    select: ['id'],
    populate: { createdBy: { select: ['id'] } },
  })) as { id: number; createdBy?: { id: number } | null }[];
  return new Map(files.map((f) => [f.id, f.createdBy?.id ?? null]));
}

function fileIdsOf(ctx: { params: Record<string, string>; request: { body?: any } }): { files: number[]; folders: number } {
  const body = ctx.request.body ?? {};
  const ids: unknown[] = [];
  if (ctx.params.id !== undefined) ids.push(ctx.params.id);
  if (Array.isArray(body.fileIds)) ids.push(...body.fileIds);
  if (Array.isArray(body.updates)) ids.push(...body.updates.map((u: { id?: unknown }) => u?.id));
  return { files: ids.map(Number).filter(Number.isInteger), folders: Array.isArray(body.folderIds) ? body.folderIds.length : 0 };
}

export function guardAgencyFiles(strapi: Core.Strapi): RouteMiddleware {
  return async (ctx, next) => {
    const access = await requestAccess(strapi);
    // Roles that are none of ours: as Strapi's grants say.
    if (!access || !access.editorial || managesAll(access)) return next();
    const { files, folders } = fileIdsOf(ctx);
    if (folders) refuse('Chỉ biên tập viên xóa hay chuyển được thư mục.');
    const colleagues = new Set([access.userId, ...(await usersOfAgencies(strapi, access.authorOf))]);
    const byFile = await uploaders(strapi, files);
    for (const id of files) {
      const uploader = byFile.get(id);
      if (uploader === undefined) continue; // Strapi answers 404 itself
      if (uploader === null || !colleagues.has(uploader)) refuse('Bạn chỉ sửa hay xóa được tệp do cơ quan mình tải lên.');
    }
    return next();
  };
}
