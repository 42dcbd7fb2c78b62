/**
 * A draft, shown to an editor from the admin's preview button: the real page of the draft in
 * its locale, rendered by the renderer with the live content plus the draft. The link carries
 * a signed token bound to the document, the locale and an expiry (made by the CMS,
 * content-types/src/site-publisher.ts); the draft is read from the CMS with that same token, so
 * the publisher holds no credential that reads drafts. Never cached, never indexed, framed
 * only by the admin panel.
 */
import type http from 'node:http';
import { PREVIEW_DOCUMENT_PATH, documentPath, isLocale, schemas, typeByName, verifyPreviewToken, type TypeName } from '@cchc/content-types';
import { strapiUrl } from '../src/lib/env.ts';
import type { AnyDocument, ContentSnapshot } from '../src/lib/content-source.ts';
import { writeAssets } from '../src/lib/assets/index.ts';
import { cmsOptions, type PublisherConfig } from './config.ts';
import { previewClientDir, prunePreviewAssets, touchPreviewAssets, withPrivateAssets } from './preview-assets.ts';
import type { Renderer } from './renderer.ts';

function privateHeaders(config: PublisherConfig): Record<string, string> {
  return {
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Content-Security-Policy': `frame-ancestors 'self' ${config.adminOrigin}`,
    'Referrer-Policy': 'no-referrer',
  };
}

function refuse(res: http.ServerResponse, config: PublisherConfig, status: number, vi: string, en: string): void {
  const body = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Xem trước</title><main><h1>${vi}</h1><p lang="en">${en}</p></main></html>`;
  res.writeHead(status, { ...privateHeaders(config), 'Content-Type': 'text/html; charset=utf-8' }).end(body);
}

/** The snapshot with the draft in place of the published translation (or added). */
function withDraft(snapshot: ContentSnapshot, type: TypeName, draft: AnyDocument): ContentSnapshot {
  const documents = new Map(snapshot.documents);
  const others = (documents.get(type) ?? []).filter((d) => !(d.documentId === draft.documentId && d.locale === draft.locale));
  documents.set(type, [...others, draft]);
  return { ...snapshot, documents };
}

export async function servePreview(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: { config: PublisherConfig; renderer: Renderer; content: () => ContentSnapshot },
): Promise<void> {
  const { config } = deps;
  const token = new URL(req.url ?? '/', 'http://preview').searchParams.get('token') ?? '';
  if (!config.previewSecret) return refuse(res, config, 404, 'Chưa bật xem trước', 'Preview is not enabled');
  const claims = verifyPreviewToken(token, config.previewSecret, new Date());
  if (!claims.ok) return refuse(res, config, 401, 'Liên kết xem trước không hợp lệ hoặc đã hết hạn. Hãy mở lại từ trang quản trị.', 'This preview link is invalid or has expired. Open it again from the admin panel.');
  const { type, documentId, locale } = claims.claims;
  if (!isLocale(locale)) return refuse(res, config, 400, 'Ngôn ngữ không hợp lệ', 'Unknown locale');

  const answer = await fetch(`${strapiUrl()}${PREVIEW_DOCUMENT_PATH}?token=${encodeURIComponent(token)}`, { signal: AbortSignal.timeout(15_000) });
  if (answer.status === 404) return refuse(res, config, 404, 'Không có bản nháp này', 'This draft does not exist');
  if (!answer.ok) return refuse(res, config, 502, `CMS không trả bản nháp (${answer.status})`, `The CMS did not give the draft (${answer.status})`);
  const parsed = schemas[type as TypeName].safeParse(((await answer.json()) as { data?: unknown }).data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || typeByName(type).displayName.vi).join(', ');
    return refuse(res, config, 422, `Bản nháp chưa đủ thông tin để xem trước: ${fields}`, `The draft is not complete enough to preview: ${fields}`);
  }
  const draft = parsed.data as AnyDocument;
  const page = await deps.renderer.render(documentPath(type, locale, draft.slug), {
    preview: { type, documentId, locale },
    previewContent: withDraft(deps.content(), type as TypeName, draft),
  });
  await writeAssets(page.record.assets, previewClientDir(config.root), cmsOptions());
  await touchPreviewAssets(config.root, page.record.assets.keys());
  // What older previews left and no preview used for an hour goes (also at start and on a timer: main.ts).
  await prunePreviewAssets(config.root);
  // Its images and files are read with this token (preview-assets.ts), never from the public site.
  const body = withPrivateAssets(page.body.toString('utf8'), token);
  res.writeHead(page.status, { ...privateHeaders(config), 'Content-Type': page.contentType || 'text/html; charset=utf-8' }).end(body);
}
