/**
 * The demo's editorial desk: the demo users (./demo-users.ts) take some of the demo documents
 * through the workflow, so that a newcomer finds a document in every state at once: submitted,
 * sent back with a reviewer's comment, approved and scheduled, published three times (a minor and a major
 * change, with its change note), withdrawn with a public reason, archived, and a Khmer
 * translation submitted by the translator. Each step is a real transition, as its person.
 *
 * Runs once per database (it looks for what the demo users did before) and only where the demo
 * users exist (on loopback, outside production).
 */
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { asAdminUser, hasEventsBy } from '../events';
import { accessOf } from '../permissions/access';
import { createSchedule } from '../scheduling/service';
import { run } from '../workflow';
import type { TransitionInput } from '../workflow/states';
import { setAgenciesOfUser } from '../permissions/memberships';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

const ARTICLE = uidOf('article') as UID.ContentType;

async function agencyIds(strapi: Core.Strapi, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const rows = (await strapi.db
    .query(uidOf('agency') as UID.Schema)
    .findMany({ where: { code: { $in: codes }, locale: 'vi', publishedAt: null }, select: ['documentId'] })) as { documentId: string }[];
  return rows.map((r) => r.documentId);
}

/** Makes the demo users that are missing; returns every demo user's id by email. */
export async function ensureDemoUsers(strapi: Core.Strapi): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const demo of DEMO_USERS) {
    const existing = (await strapi.db.query('admin::user').findOne({ where: { email: demo.email }, select: ['id'] })) as { id: number } | null;
    if (existing) {
      ids.set(demo.email, existing.id);
      continue;
    }
    const role = (await strapi.db.query('admin::role').findOne({ where: { code: demo.role }, select: ['id'] })) as { id: number } | null;
    if (!role) throw new Error(`[seed] the role ${demo.role} is missing`);
    const user = await strapi.service('admin::user').create({
      email: demo.email,
      password: DEMO_PASSWORD,
      firstname: demo.firstname,
      lastname: demo.lastname,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    await setAgenciesOfUser(strapi, user.id, await agencyIds(strapi, demo.agencies));
    ids.set(demo.email, user.id as number);
  }
  return ids;
}

interface Desk {
  strapi: Core.Strapi;
  ids: Map<string, number>;
  log: (line: string) => void;
}

const who = (desk: Desk, email: string) => {
  const id = desk.ids.get(email);
  if (id === undefined) throw new Error(`[seed] demo user ${email} is missing`);
  return id;
};

/** The published demo articles of an agency, oldest first. */
async function articlesOf(strapi: Core.Strapi, agencyCode: string): Promise<{ documentId: string; summary: string }[]> {
  return (await strapi.db.query(ARTICLE as UID.Schema).findMany({
    where: { locale: 'vi', publishedAt: null, isDemo: true, agency: { code: agencyCode } },
    select: ['documentId', 'summary'],
    orderBy: { date: 'asc' },
  })) as { documentId: string; summary: string }[];
}

async function as(desk: Desk, email: string, work: (userId: number) => Promise<void>): Promise<void> {
  const id = who(desk, email);
  await asAdminUser(id, () => work(id));
}

async function edit(desk: Desk, email: string, documentId: string, data: Record<string, unknown>, locale = 'vi') {
  await as(desk, email, async () => {
    await desk.strapi.documents(ARTICLE).update({ documentId, locale, data } as never);
  });
}

async function step(desk: Desk, email: string, name: string, documentId: string, input: TransitionInput = {}, locale = 'vi') {
  await as(desk, email, async (id) => {
    const access = await accessOf(desk.strapi, { id });
    await run(desk.strapi, access, name, { type: 'article', documentId, locale }, input);
  });
}

export async function seedEditorialDemo(strapi: Core.Strapi, log: (line: string) => void = () => undefined): Promise<void> {
  const desk: Desk = { strapi, ids: await ensureDemoUsers(strapi), log };
  if (await hasEventsBy(strapi, [...desk.ids.values()])) return;
  const [author1, author2, author3, editor1, editor2, khmer] = DEMO_USERS.map((u) => u.email) as [string, string, string, string, string, string];
  const baost = await articlesOf(strapi, 'bao-soc-trang');
  const cantho = await articlesOf(strapi, 'ubnd-tp-can-tho');
  const ptth = await articlesOf(strapi, 'dai-ptth-soc-trang');
  if (baost.length < 2 || cantho.length < 2 || ptth.length < 2) {
    // Only where the demo content is the seed's own: say so, rather than make half a desk.
    log('editorial demo skipped: the demo articles it uses are not there');
    return;
  }
  // All of it or nothing: a desk left half done would not be tried again (its events exist).
  await strapi.db.transaction(async () => {
    const revised = (a: { summary: string }, what: string) => ({ summary: `${a.summary} ${what}`.slice(0, 300) });

    // Submitted, waiting in the editor's queue.
    await edit(desk, author1, baost[0]!.documentId, revised(baost[0]!, '(Bổ sung kết quả quý IV.)'));
    await step(desk, author1, 'submit', baost[0]!.documentId);

    // Sent back with a comment.
    await edit(desk, author2, cantho[0]!.documentId, revised(cantho[0]!, '(Cập nhật.)'));
    await step(desk, author2, 'submit', cantho[0]!.documentId);
    await step(desk, editor1, 'request-changes', cantho[0]!.documentId, { note: 'Đề nghị bổ sung số liệu hồ sơ trực tuyến năm 2026 và nguồn trích dẫn.' });

    // Approved, and scheduled to be published in a week at 08:00 Vietnam time.
    await edit(desk, author3, ptth[0]!.documentId, revised(ptth[0]!, '(Thêm lịch phát sóng.)'));
    await step(desk, author3, 'submit', ptth[0]!.documentId);
    await step(desk, editor1, 'approve', ptth[0]!.documentId);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    await as(desk, editor1, async (userId) => {
      await createSchedule(
        strapi,
        { type: 'article', documentId: ptth[0]!.documentId, userId, locale: 'vi', action: 'publish', at: `${inAWeek}T08:00`, major: true, changeNote: 'Bổ sung lịch phát sóng.' },
        30,
      );
    });

    // Three versions: the seed's first publish, a minor fix, and a major update with its note.
    const three = cantho[1]!;
    await edit(desk, author2, three.documentId, revised(three, ''));
    await step(desk, author2, 'submit', three.documentId);
    await step(desk, editor1, 'approve', three.documentId);
    await step(desk, editor1, 'publish', three.documentId, { major: false });
    await edit(desk, author2, three.documentId, revised(three, 'Năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%.'));
    await step(desk, author2, 'submit', three.documentId);
    await step(desk, editor2, 'approve', three.documentId);
    await step(desk, editor2, 'publish', three.documentId, { major: true, changeNote: 'Bổ sung kết quả năm 2026.' });

    // Withdrawn with a public reason, and archived.
    await step(desk, editor1, 'unpublish', ptth[1]!.documentId, { note: 'Lịch phát sóng đã thay đổi; xem thông báo mới.' });
    await step(desk, editor1, 'archive', baost[1]!.documentId);

    // A Khmer translation submitted by the translator, if the document has one.
    const km = (await strapi.db.query(ARTICLE as UID.Schema).findOne({
      where: { documentId: cantho[0]!.documentId, locale: 'km', publishedAt: null },
      select: ['title'],
    })) as { title: string } | null;
    if (km) {
      await edit(desk, khmer, cantho[0]!.documentId, { title: km.title }, 'km');
      await step(desk, khmer, 'submit', cantho[0]!.documentId, {}, 'km');
    }
  });
  log('editorial demo: documents in every workflow state, by the demo users');
}
