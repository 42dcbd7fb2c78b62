/**
 * The rules of who may do what to which document, enforced in the Document Service itself, so
 * that every admin path (the list and its counts, opening a document, saving, bulk actions,
 * publish and unpublish, and our own history and workflow screens) obeys them whatever a role's
 * grants in the admin panel say:
 * - an author reads and writes only their agencies' documents; a new document of theirs is
 *   owned by their agency; they cannot take a document live or off the site, or delete one
 *   that is live;
 * - a translator writes only their locale's translated text, of any document, and creates no
 *   documents;
 * - taxonomies are written by editors and the administrator only;
 * - a content document goes live or off the site only through the editorial workflow
 *   (`cms/src/workflow/`), for everyone, the administrator included.
 *
 * A user whose roles are none of ours (a custom role an administrator made) gets what Strapi's
 * grants say, checked by the content manager; only going live stays the workflow's.
 *
 * The guard judges the outermost call of an admin request. What our own middlewares write on
 * that call's behalf (relation copies, relinks) and writes without a request (the seed, the
 * scheduler, which run as the system) are our code's, already judged.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, TAXONOMIES, typeByName, uidOf, type Field } from '@cchc/content-types';
import { mayEdit, mayRead, requestAccess, seesAllAgencies, type Access } from './access';
import { refuse } from './refusal';

const CONTENT = new Map<string, string>(CONTENT_TYPES.map((t) => [uidOf(t.name), t.name]));
const TAXONOMY = new Set<string>(TAXONOMIES.map((t) => uidOf(t.name)));
const AGENCY_UID = uidOf('agency') as UID.Schema;

const judged = new AsyncLocalStorage<true>();
const workflowStep = new AsyncLocalStorage<true>();

/** Runs a publish or unpublish the editorial workflow has decided on (its one way live). */
export function asWorkflowStep<T>(work: () => Promise<T>): Promise<T> {
  return workflowStep.run(true, work);
}

type Params = {
  documentId?: string;
  locale?: string;
  filters?: Record<string, unknown>;
  data?: Record<string, unknown>;
};

/** The agency that owns a document (shared by its translations), or null. */
export async function agencyOfDocument(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const row = (await strapi.db
    .query(uid as UID.Schema)
    .findOne({ where: { documentId }, populate: { agency: { select: ['documentId'] } } })) as {
    agency?: { documentId: string } | null;
  } | null;
  return row?.agency?.documentId ?? null;
}

async function isLive(strapi: Core.Strapi, uid: string, documentId: string): Promise<boolean> {
  return (await strapi.db.query(uid as UID.Schema).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
}

type RelationInput = unknown;

/**
 * The agencies a relation input names, as documentIds: undefined when the write leaves the
 * relation alone. Accepts the Document Service's shapes: a documentId or id, `{ documentId }`,
 * `{ id }`, `{ connect: [...] }`, `{ set: [...] }`, or null.
 */
async function agenciesNamed(strapi: Core.Strapi, input: RelationInput): Promise<string[] | undefined> {
  if (input === undefined) return undefined;
  if (input === null) return [];
  let items: unknown[];
  if (typeof input === 'object' && !Array.isArray(input) && ('connect' in input || 'set' in input)) {
    const value = input as { connect?: unknown; set?: unknown };
    if (value.set === undefined && (!Array.isArray(value.connect) || value.connect.length === 0)) return undefined;
    items = ([] as unknown[]).concat(value.set ?? value.connect ?? []);
  } else {
    items = ([] as unknown[]).concat(input);
  }
  const ids: string[] = [];
  for (const item of items) {
    const ref = typeof item === 'object' && item !== null ? (item as { documentId?: unknown; id?: unknown }) : { id: item };
    if (typeof ref.documentId === 'string') ids.push(ref.documentId);
    else if (typeof ref.id === 'string' && !/^\d+$/.test(ref.id)) ids.push(ref.id);
    else if (ref.id !== undefined) {
      const row = (await strapi.db.query(AGENCY_UID).findOne({ where: { id: Number(ref.id) }, select: ['documentId'] })) as {
        documentId: string;
      } | null;
      if (!row) refuse('Không tìm thấy cơ quan đã chọn.');
      ids.push(row!.documentId);
    }
  }
  return ids;
}

/** An author may name only their own agencies as a document's owner. */
async function checkOwner(strapi: Core.Strapi, access: Access, data: Record<string, unknown>): Promise<void> {
  if (access.administrator || access.editor) return;
  const named = await agenciesNamed(strapi, data.agency);
  if (named === undefined) return;
  if (!named.length || named.some((id) => !access.authorOf.includes(id))) {
    refuse('Bạn chỉ gán được nội dung cho cơ quan của mình.');
  }
}

function translatedOnly(typeName: string, data: Record<string, unknown>): Record<string, unknown> {
  const fields = typeByName(typeName).fields as Record<string, Field>;
  return Object.fromEntries(Object.entries(data).filter(([key]) => fields[key]?.localized));
}

const onlyTranslator = (a: Access) => !a.administrator && !a.editor && !a.authorOf.length && a.translates.length > 0;

async function guardContent(strapi: Core.Strapi, access: Access, uid: string, typeName: string, action: string, params: Params) {
  const locale = params.locale ?? 'vi';
  const existingAgency = () => agencyOfDocument(strapi, uid, params.documentId!);
  switch (action) {
    case 'create':
    case 'clone': {
      if (!access.administrator && !access.editor && !access.authorOf.length) {
        refuse('Bạn không tạo được nội dung mới; biên dịch viên chỉ dịch nội dung đã có.');
      }
      if (action === 'clone' && !mayRead(access, await existingAgency())) refuse('Bạn không xem được nội dung này.');
      const data = (params.data ??= {});
      if (!access.administrator && !access.editor && data.agency === undefined) {
        // An author's new document is owned by their agency, whatever the form sent.
        data.agency = access.authorOf[0];
      }
      await checkOwner(strapi, access, data);
      return;
    }
    case 'update': {
      if (!params.documentId) return; // Strapi refuses it itself
      if (!mayEdit(access, await existingAgency(), locale)) {
        refuse(
          access.translates.length && !access.authorOf.length
            ? `Bạn chỉ sửa được bản dịch ${access.translates.join(', ')}.`
            : 'Bạn chỉ sửa được nội dung của cơ quan mình.',
        );
      }
      if (params.data && onlyTranslator(access)) params.data = translatedOnly(typeName, params.data);
      if (params.data) await checkOwner(strapi, access, params.data);
      return;
    }
    case 'discardDraft': {
      if (params.documentId && !mayEdit(access, await existingAgency(), locale)) refuse('Bạn chỉ sửa được nội dung của cơ quan mình.');
      return;
    }
    case 'delete': {
      if (!params.documentId) return;
      if (onlyTranslator(access)) refuse('Biên dịch viên không xóa được nội dung.');
      if (!mayEdit(access, await existingAgency(), locale)) refuse('Bạn chỉ xóa được nội dung của cơ quan mình.');
      if (!access.administrator && !access.editor && (await isLive(strapi, uid, params.documentId))) {
        refuse('Nội dung đang đăng trên trang: chỉ biên tập viên gỡ được.');
      }
      return;
    }
    case 'publish':
    case 'unpublish': {
      if (!workflowStep.getStore()) {
        refuse('Nội dung được xuất bản và gỡ xuống qua quy trình biên tập: dùng bảng "Quy trình biên tập" bên phải.');
      }
      return;
    }
    default:
      return;
  }
}

const READS = new Set(['findMany', 'findFirst', 'count']);

/** An author's lists and counts hold their agencies' documents only. */
function scopeReads(access: Access, params: Params): void {
  const own = { agency: { documentId: { $in: access.authorOf } } };
  params.filters = params.filters ? { $and: [params.filters, own] } : own;
}

export function registerDocumentGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    const typeName = CONTENT.get(uid);
    if ((!typeName && !TAXONOMY.has(uid)) || judged.getStore()) return next();
    const access = await requestAccess(strapi);
    if (!access) return next();
    const params = context.params as Params;
    const action = context.action as string;

    if (!typeName) {
      // A taxonomy: everyone reads; editors and the administrator write (other roles: as granted).
      const writes = !READS.has(action) && action !== 'findOne';
      if (writes && access.editorial && !access.administrator && !access.editor) refuse('Chỉ biên tập viên sửa được danh mục.');
      return judged.run(true, () => next());
    }

    const writes = !READS.has(action) && action !== 'findOne';
    if (!access.editorial) {
      if ((action === 'publish' || action === 'unpublish') && !workflowStep.getStore()) {
        refuse('Nội dung được xuất bản và gỡ xuống qua quy trình biên tập.');
      }
      return judged.run(true, () => next());
    }
    if (READS.has(action) && !seesAllAgencies(access)) scopeReads(access, params);
    if (writes) await guardContent(strapi, access, uid, typeName, action, params);
    const result = await judged.run(true, () => next());
    if (action === 'findOne' && result && !seesAllAgencies(access)) {
      const agency = await agencyOfDocument(strapi, uid, (result as { documentId: string }).documentId);
      if (!mayRead(access, agency)) return null;
    }
    return result;
  });
}
