/**
 * The rules of who may do what to which document, enforced in the Document Service itself, so
 * that every admin path (the list and its counts, opening a document, saving, bulk actions,
 * publish and unpublish, and our own history and workflow screens) obeys them whatever a role's
 * grants in the admin panel say:
 * - an author reads and writes only their agencies' documents; a new document of theirs is
 *   owned by their agency; what a write stored is judged before it commits (the owning agency
 *   must be theirs, a new link must reach a document they may read), whatever shape the
 *   relation input had; they cannot take a document live or off the site;
 * - nobody, the administrator included, deletes a live document: it is withdrawn first;
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
import { typeByName, typesOfKind, uidOf, type Field } from '@cchc/content-types';
import { mayEdit, mayRead, requestAccess, seesAllAgencies, type Access } from './access';
import { refuse } from './refusal';
import { NO_LINKS, storedLinks, type StoredLinks } from './stored-links';

const CONTENT = new Map<string, string>(typesOfKind('content').map((t) => [uidOf(t.name), t.name]));
const TAXONOMY = new Set<string>(typesOfKind('taxonomy').map((t) => uidOf(t.name)));

const judged = new AsyncLocalStorage<true>();
const workflowStep = new AsyncLocalStorage<true>();

/** Runs a publish or unpublish the editorial workflow has decided on (its one way live). */
export function asWorkflowStep<T>(work: () => Promise<T>): Promise<T> {
  return workflowStep.run(true, work);
}

/**
 * Runs Document Service calls that our code has authorised on its own terms, so that the guard
 * does not judge them again: the administrator's erasure of a person's data
 * (cms/src/personal-data/), which deletes live documents too.
 */
export function asAuthorised<T>(work: () => Promise<T>): Promise<T> {
  return judged.run(true, work);
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

/** Whether `locale` of a document (every locale, for `*`) is on the site. */
async function isLive(strapi: Core.Strapi, uid: string, documentId: string, locale: unknown): Promise<boolean> {
  const inLocale = typeof locale === 'string' && locale !== '*' ? { locale } : {};
  return (await strapi.db.query(uid as UID.Schema).count({ where: { documentId, publishedAt: { $notNull: true }, ...inLocale } })) > 0;
}

/**
 * Whether a create's relation input names no owner at all (absent, empty, or a `connect`/`set`
 * of nothing), so that the author's agency is given as the default. Only a default rests on
 * the input's shape: what ownership the write stored is judged afterwards, whatever it named.
 */
function namesNoOwner(input: unknown): boolean {
  if (input === undefined || input === null || input === '') return true;
  if (Array.isArray(input)) return input.length === 0;
  if (typeof input !== 'object') return false;
  const { connect, set, ...rest } = input as { connect?: unknown; set?: unknown; disconnect?: unknown };
  const empty = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);
  return empty(connect) && empty(set) && Object.keys(rest).every((key) => key === 'disconnect');
}

/**
 * After an author's or a translator's write, what it stored: every draft of the document must
 * be owned by one of the author's agencies (or, for an update, stay with the owner it had), and
 * every link to another content document it added must reach a document the user may read.
 */
async function judgeStored(strapi: Core.Strapi, access: Access, before: StoredLinks, after: StoredLinks): Promise<void> {
  if (after.severalOwners) refuse('Mỗi nội dung chỉ thuộc một cơ quan.');
  for (const owner of after.owners) {
    if (owner !== null && access.authorOf.includes(owner)) continue;
    if (before.owners.size && [...before.owners].every((was) => was === owner)) continue;
    refuse('Bạn chỉ gán được nội dung cho cơ quan của mình.');
  }
  for (const target of after.targets) {
    if (before.targets.has(target)) continue;
    const [targetUid, documentId] = target.split(' ') as [string, string];
    if (!mayRead(access, await agencyOfDocument(strapi, targetUid, documentId))) refuse('Bạn chỉ liên kết được đến nội dung của cơ quan mình.');
  }
}

/**
 * Runs a create, clone or update and judges what it stored before it commits. Strapi opens its
 * own transaction inside the action, below the document middlewares, so it would have committed
 * by the time `next()` returns here: this opens the transaction first (or joins the event
 * point's, which wraps it), Strapi's joins it, and a refusal thrown after the write rolls the
 * write back with everything our middlewares wrote on its behalf (relation copies, events).
 */
async function writeJudgedOnWhatItStored(
  strapi: Core.Strapi,
  access: Access,
  uid: string,
  typeName: string,
  action: string,
  params: Params,
  next: () => Promise<unknown>,
): Promise<unknown> {
  return strapi.db.transaction(async () => {
    const before = action === 'update' && params.documentId ? await storedLinks(strapi, uid, typeName, params.documentId) : NO_LINKS;
    const result = await judged.run(true, next);
    const documentId = action === 'update' ? params.documentId : (result as { documentId?: string } | null)?.documentId;
    if (documentId) await judgeStored(strapi, access, before, await storedLinks(strapi, uid, typeName, documentId));
    return result;
  });
}

function translatedOnly(typeName: string, data: Record<string, unknown>): Record<string, unknown> {
  const fields = typeByName(typeName).fields as Record<string, Field>;
  return Object.fromEntries(Object.entries(data).filter(([key]) => fields[key]?.localized));
}

const onlyTranslator = (a: Access) => !a.administrator && !a.editor && !a.authorOf.length && a.translates.length > 0;
const reviewer = (a: Access) => a.administrator || a.editor;

/** Judges a write before it runs (who may write this document at all). */
async function guardContent(strapi: Core.Strapi, access: Access, uid: string, typeName: string, action: string, params: Params) {
  const locale = params.locale ?? 'vi';
  const existingAgency = () => agencyOfDocument(strapi, uid, params.documentId!);
  switch (action) {
    case 'create':
    case 'clone': {
      if (!reviewer(access) && !access.authorOf.length) {
        refuse('Bạn không tạo được nội dung mới; biên dịch viên chỉ dịch nội dung đã có.');
      }
      if (action === 'clone' && !mayRead(access, await existingAgency())) refuse('Bạn không xem được nội dung này.');
      const data = (params.data ??= {});
      // An author's new document is owned by their agency when the form names none.
      if (!reviewer(access) && action === 'create' && namesNoOwner(data.agency)) data.agency = access.authorOf[0];
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
      return;
    }
    case 'publish':
    case 'unpublish': {
      if (!workflowStep.getStore()) {
        refuse('Nội dung được xuất bản và gỡ xuống qua quy trình biên tập: dùng bảng "Quy trình biên tập" bên phải.');
      }
      return;
    }
  }
}

/** The Document Service's actions, each judged; one a Strapi upgrade adds is refused until it is. */
const READS = new Set(['findMany', 'findFirst', 'count']);
const WRITES = new Set(['create', 'clone', 'update', 'delete', 'discardDraft', 'publish', 'unpublish']);
const STORES_RELATIONS = new Set(['create', 'clone', 'update']);
/** Every action the guard judges (a test compares it with the Document Service's own). */
export const JUDGED_ACTIONS: readonly string[] = [...READS, 'findOne', ...WRITES];

/** An author's lists and counts hold their agencies' documents only. */
function scopeReads(access: Access, params: Params): void {
  const own = { agency: { documentId: { $in: access.authorOf } } };
  params.filters = params.filters ? { $and: [params.filters, own] } : own;
}

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

export function registerDocumentGuard(strapi: Core.Strapi): void {
  strapi.documents.use(documentGuard(strapi));
}

/** The guard itself, as a Document Service middleware (a test calls it with an action Strapi does not have yet). */
export function documentGuard(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    const uid = context.uid as string;
    const typeName = CONTENT.get(uid);
    if ((!typeName && !TAXONOMY.has(uid)) || judged.getStore()) return next();
    const access = await requestAccess(strapi);
    if (!access) return next();
    const params = context.params as Params;
    const action = context.action as string;
    // Closed: an action not named above (one a Strapi upgrade adds) is refused until it is judged.
    if (!READS.has(action) && action !== 'findOne' && !WRITES.has(action)) refuse(`Thao tác "${action}" chưa được phân quyền.`);
    const writes = WRITES.has(action);

    if (!typeName) {
      // A taxonomy: everyone reads; editors and the administrator write (other roles: as granted).
      if (writes && access.editorial && !reviewer(access)) refuse('Chỉ biên tập viên sửa được danh mục.');
      return judged.run(true, () => next());
    }

    // Nobody, the administrator included, takes a live document off the site by deleting it.
    if (action === 'delete' && params.documentId && (await isLive(strapi, uid, params.documentId, params.locale))) {
      refuse('Nội dung đang đăng trên trang công khai: hãy gỡ xuống qua quy trình biên tập ("Gỡ xuống" trong bảng "Quy trình biên tập") rồi mới xóa.');
    }
    if (!access.editorial) {
      if ((action === 'publish' || action === 'unpublish') && !workflowStep.getStore()) {
        refuse('Nội dung được xuất bản và gỡ xuống qua quy trình biên tập.');
      }
      return judged.run(true, () => next());
    }
    if (READS.has(action) && !seesAllAgencies(access)) scopeReads(access, params);
    if (writes) await guardContent(strapi, access, uid, typeName, action, params);
    if (STORES_RELATIONS.has(action) && !reviewer(access)) {
      return (await writeJudgedOnWhatItStored(strapi, access, uid, typeName, action, params, next as () => Promise<unknown>)) as never;
    }
    const result = await judged.run(true, () => next());
    if (action === 'findOne' && result && !seesAllAgencies(access)) {
      const agency = await agencyOfDocument(strapi, uid, (result as { documentId: string }).documentId);
      if (!mayRead(access, agency)) return null;
    }
    return result;
  };
}
