/**
 * The projections of the event log made again from it (cms/src/events/projections.ts, the
 * entries' `projections` in cms/src/features.ts): `workflow_states` (folded from the events) and
 * `press_changes` (replayed by its listener). Rows broken by hand (changed, deleted, one too
 * many) come back exactly as they were, through the function and through the command
 * `npm run -w cms rebuild-projections` run beside the serving CMS.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { CMS_DIR } from '../support/paths';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';

const require = createRequire(import.meta.url);
const ARTICLE = uidOf('article');

describe.each<DatabaseKind>(EITHER_DATABASE)('rebuilding the projections (%s)', (database) => {
  let cms: RunningCms;
  const sql = () => cms.strapi.db.connection;
  const workflowRows = () => sql()('workflow_states').orderBy(['type', 'document_id', 'locale']).select('*');
  const pressRows = () => sql()('press_changes').orderBy('event_id').select('*');

  /** Until the press change feed's listener has handled the whole log. */
  async function pressCaughtUp(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const last = (await sql()('document_events').max({ id: 'id' }).first()) as { id: number | string };
      const cursor = (await sql()('document_event_cursors').where({ listener: 'press-changes' }).first('position')) as { position: number | string } | undefined;
      if (Number(cursor?.position ?? 0) >= Number(last.id)) return;
      if (Date.now() > deadline) throw new Error('the press change feed did not catch up');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function breakRows(): Promise<void> {
    const [first, second] = (await workflowRows()) as { type: string; document_id: string; locale: string }[];
    await sql()('workflow_states').where({ type: first!.type, document_id: first!.document_id, locale: first!.locale }).update({ state: 'archived', submitted_by: 999 });
    await sql()('workflow_states').where({ type: second!.type, document_id: second!.document_id, locale: second!.locale }).delete();
    await sql()('workflow_states').insert({ type: 'article', document_id: 'khong-co-tai-lieu-nay', locale: 'vi', state: 'submitted', updated_at: new Date().toISOString() });
    const [change] = (await pressRows()) as { event_id: number | string }[];
    await sql()('press_changes').where({ event_id: change!.event_id }).delete();
  }

  let workflowBefore: unknown[];
  let pressBefore: unknown[];

  beforeAll(async () => {
    cms = await bootCms(database, { EVENTS_POLL_MS: '100' });
    const docs = cms.strapi.documents(ARTICLE as UID.ContentType);
    const cover = { image: await uploadTestImage(cms.strapi), alt: 'Ảnh' };
    const agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu-dung-lai', agencyKind: 'department' });
    const article = (n: number) => ({ locale: 'vi', data: { title: `Bài dựng lại ${n}`, summary: 'Tóm tắt', body: paragraphs('Nội dung'), cover, agency } });
    // A draft, a published article edited since, and one published then withdrawn.
    await docs.create(article(1) as never);
    const edited = await docs.create(article(2) as never);
    await docs.publish({ documentId: edited.documentId, locale: 'vi' } as never);
    await docs.update({ documentId: edited.documentId, locale: 'vi', data: { summary: 'Đã sửa' } } as never);
    const withdrawn = await docs.create(article(3) as never);
    await docs.publish({ documentId: withdrawn.documentId, locale: 'vi' } as never);
    await docs.unpublish({ documentId: withdrawn.documentId, locale: 'vi' } as never);
    await pressCaughtUp();
    workflowBefore = await workflowRows();
    pressBefore = await pressRows();
    expect(workflowBefore.length).toBeGreaterThanOrEqual(3);
    expect(pressBefore.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await cms?.stop();
  });

  it('gets broken rows back, exactly, from the function', async () => {
    await breakRows();
    expect(await workflowRows()).not.toEqual(workflowBefore);
    const { rebuildProjections } = require(resolve(CMS_DIR, 'dist/src/events/index.js')) as typeof import('../../cms/src/events');
    type Projection = Parameters<typeof rebuildProjections>[1][number];
    const { FEATURES, projectionsOf } = require(resolve(CMS_DIR, 'dist/src/features.js')) as { FEATURES: unknown[]; projectionsOf(features: unknown[]): Projection[] };
    const done = await rebuildProjections(cms.strapi, projectionsOf(FEATURES));
    expect(done.map((d) => d.table)).toEqual(['workflow_states', 'press_changes']);
    expect(await workflowRows()).toEqual(workflowBefore);
    await pressCaughtUp();
    expect(await pressRows()).toEqual(pressBefore);
  });

  it.runIf(database === 'postgres')('gets them back from the command, run beside the serving CMS', async () => {
    await breakRows();
    const run = spawnSync(process.execPath, [resolve(CMS_DIR, 'dist/scripts/rebuild-projections.js')], { env: process.env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('[rebuild-projections] workflow_states:');
    expect(await workflowRows()).toEqual(workflowBefore);
    await pressCaughtUp();
    expect(await pressRows()).toEqual(pressBefore);
  });
});
