/**
 * The publisher: keeps the static site equal to the published content, change by change.
 * Notifications from the CMS (one per recorded event) are coalesced into publishes
 * (publish.ts); each publish's outcome is reported back to the CMS for the editor to see, per
 * event. A publish that fails leaves the site as it was; its documents are tried again with
 * the next publish, or after a pause. A page that cannot be made fails only the document it
 * shows (failures.ts): the rest goes live, and that document is tried again when it next changes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_TYPES, PUBLISHER_REPORTS_PATH, signWebhook, type PublicationReport, type SiteChange, type TypeName, msToProvinceMidnight } from '@cchc/content-types';
import { cmsRequests } from '../src/lib/cms-client.ts';
import { strapiUrl } from '../src/lib/env.ts';
import { useContent, type ContentSnapshot } from '../src/lib/content-source.ts';
import { readMeta } from '../src/lib/site-meta.ts';
import type { DocumentChange } from './changes.ts';
import { applyChanges } from './changes.ts';
import type { PublisherConfig } from './config.ts';
import { failureReports, shownBy } from './failures.ts';
import { loadUpTo } from './full-load.ts';
import { publish, type LiveSite } from './publish.ts';
import { coalescing } from './queue.ts';
import type { Renderer } from './renderer.ts';
import { snapshotRing, type SnapshotRing } from './snapshot-ring.ts';
import { layoutOf, liveSnapshot, swapLive, type Layout } from './snapshots.ts';

/** One recorded event of the CMS, as its notification carries it. */
export type Notified = SiteChange;
type Report = PublicationReport;

export interface FailedPage {
  path: string;
  reason: string;
  /** `type/documentId/locale` of the document the page shows, if it shows one. */
  document?: string;
}

export interface PublisherStatus {
  live?: string;
  /** The highest event id that is live, and the highest that failed (what tests and the bench wait for). */
  liveUpTo: number;
  failedUpTo: number;
  /** Publishes made since start (a burst of notifications makes one). */
  publishes: number;
  lastPublish?: { at: string; ms: number; rendered: number; removed: number; events: number; steps: Record<string, number> };
  lastError?: { at: string; message: string };
  /** Pages that could not be made and are not made yet (left as they were on the live site). */
  failedPages: FailedPage[];
  /** Events received and not live yet. */
  pending: number;
  /** Requests sent to the CMS since start (content, change notes, feeds): what publishes cost. */
  cmsReads: number;
}

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const RETRY_MS = Number(process.env.PUBLISHER_RETRY_MS || 10_000);
const types = new Set<string>(SITE_TYPES.map((t) => t.name));

/** `npm run build` of the site into a new snapshot folder (the full build). */
function fullBuildInto(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', dir], { cwd: siteDir, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The full build failed (exit ${code})`))));
  });
}

export interface Publisher {
  notify(events: Notified[]): void;
  status(): PublisherStatus;
  /** The content the live site shows (previews add their draft to it). */
  content(): ContentSnapshot;
  /** Resolves when every notification received so far is published (or failed). */
  idle(): Promise<void>;
}

async function sendReports(config: PublisherConfig, reports: Report[]): Promise<void> {
  if (!reports.length) return;
  // At most 100 reports a message (the CMS's limit).
  for (let i = 0; i < reports.length; i += 100) await sendReportMessage(config, reports.slice(i, i + 100));
}

async function sendReportMessage(config: PublisherConfig, reports: Report[]): Promise<void> {
  const payload = JSON.stringify({ reports });
  const id = `publish-${reports[0]!.eventId}-${Date.now()}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await fetch(`${strapiUrl()}${PUBLISHER_REPORTS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(config.publisherSecret, id, payload) },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return;
      console.error(`[publisher] the CMS refused the report (${response.status}): ${(await response.text()).slice(0, 300)}`);
      return;
    } catch (error) {
      if (attempt === 2) console.error(`[publisher] could not report to the CMS: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
    }
  }
}

/** What the site's code was when a build was made (written by npm start, site/publisher/ alike). */
const stampOf = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
const rendererStamp = (config: PublisherConfig) => stampOf(join(config.rendererDir, '.build-stamp'));
const snapshotStamp = (dir: string) => stampOf(join(dir, 'meta', 'source-stamp'));

/** A full build into a new snapshot, made live; the snapshot records the renderer's stamp. */
async function fullBuild(layout: Layout, ring: SnapshotRing, config: PublisherConfig): Promise<string> {
  const dir = await ring.newDir();
  console.log(`[publisher] full build into ${dir}`);
  try {
    await fullBuildInto(dir);
    const stamp = rendererStamp(config);
    if (stamp) await writeFile(join(dir, 'meta', 'source-stamp'), stamp);
  } catch (error) {
    ring.drop(dir);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  await swapLive(layout, dir);
  ring.reset(dir);
  return dir;
}

export async function startPublisher(config: PublisherConfig, renderer: Renderer): Promise<Publisher> {
  const layout = layoutOf(config.root);
  const ring = snapshotRing(layout);
  // Every document, none skipped by a publish during the read (full-load.ts).
  const { content, upTo: loadedUpTo } = await loadUpTo(config.publisherSecret);
  useContent(content);
  // No site yet: a full build first. A site built from other code than the renderer's (a
  // deploy): served as it is while a full build runs in the background; publishes wait for it.
  const current = liveSnapshot(layout);
  const dir = current ?? (await fullBuild(layout, ring, config));
  ring.reset(dir);
  let live: LiveSite = { dir, content, meta: await readMeta(dir) };
  /** Whether the next publish asks every question again (the live site may not match `live.content`). */
  let askEverything = true;
  const stamp = rendererStamp(config);
  let rebuilding: Promise<void> | undefined;
  if (current && stamp && snapshotStamp(current) !== stamp) {
    console.log('[publisher] the site was built from other code than the renderer: a full build in the background, the old site stays live');
    rebuilding = fullBuild(layout, ring, config).then(async (dir) => {
      live = { dir, content: live.content, meta: await readMeta(dir) };
      askEverything = true;
    });
  }
  const status: PublisherStatus = { live: live.dir, liveUpTo: 0, failedUpTo: 0, publishes: 0, pending: 0, failedPages: [], cmsReads: 0 };
  /** Pages that could not be made, by path; a new one is tried again when its document changes. */
  const failedPages = new Map<string, FailedPage & { shows?: string }>();
  const failedBefore = () => new Map([...failedPages].map(([path, f]) => [path, f.shows]));
  /** Events of failed publishes, published again with the next one. */
  let retry: Notified[] = [];
  let retryTimer: NodeJS.Timeout | undefined;
  // Tests make a render fail on purpose by writing a site path into this file (NODE_ENV=test only).
  const failFile = process.env.NODE_ENV === 'test' ? process.env.PUBLISHER_TEST_FAIL_FILE : undefined;
  const failPath = () => (failFile && existsSync(failFile) ? readFileSync(failFile, 'utf8').trim() : undefined);

  /**
   * The next snapshot, made ahead when it is a full linked copy (after a start or a full build:
   * seconds at 10,000 documents); a reused one is quick and made by the publish itself.
   */
  const prepareSpare = () => {
    if (ring.reusable(live.dir)) return undefined;
    const of = live.dir;
    const t0 = performance.now();
    const dir = ring.next(of);
    void dir.then(() => console.log(`[publisher] copy ahead ${Math.round(performance.now() - t0)} ms`), () => {});
    dir.catch((error: Error) => console.error(`[publisher] could not prepare the next snapshot: ${error.message}`));
    return { of, dir };
  };
  let spare: { of: string; dir: Promise<string> } | undefined = prepareSpare();
  /**
   * Reports go to the CMS one message after another, in order, beside the next publishes: a
   * catch-up reports thousands of events, and a publish made meanwhile does not wait for them.
   */
  let reporting = Promise.resolve();
  const report = (reports: Report[]) => {
    reporting = reporting.then(() => sendReports(config, reports));
  };
  /**
   * Events whose change the live content already shows: reported, nothing read or published.
   * A document whose page could not be made stays failed.
   */
  const reportCovered = (events: Notified[]) => {
    const at = new Date().toISOString();
    const failedPage = (e: Notified) => [...failedPages.values()].find((f) => f.shows === `${e.type}/${e.documentId}`);
    const reports = events.map((e): Report => {
      const page = failedPage(e);
      return page ? { eventId: e.id, state: 'failed', at, message: page.reason } : { eventId: e.id, state: 'live', at, pages: 0 };
    });
    status.pending -= events.length;
    status.liveUpTo = Math.max(status.liveUpTo, ...events.map((e) => e.id));
    console.log(`[publisher] ${events.length} events were in the content loaded at start: reported, nothing published`);
    report(reports);
  };
  const run = async (batch: Notified[]) => {
    // After a full build in the background, the first publish also catches up with what
    // changed while it ran (every question is asked again).
    if (rebuilding) await rebuilding.finally(() => (rebuilding = undefined)).catch((error: Error) => console.error(`[publisher] the background full build failed: ${error.message}`));
    const events = [...retry.splice(0), ...batch];
    // An event up to the start's load is in the content already (a backlog the CMS sends after
    // a start): nothing to read or render for it, only its report once that content is live.
    const fresh = events.filter((e) => e.id > loadedUpTo);
    if (!askEverything && batch.length && !fresh.length) return void reportCovered(events);
    const changes = new Map<string, DocumentChange>();
    for (const e of fresh) if (types.has(e.type)) changes.set(`${e.type}/${e.documentId}`, { type: e.type as TypeName, documentId: e.documentId });
    const started = performance.now();
    try {
      // The first publish (at start, after a background build, or after a failure) asks every
      // question; later ones only what their change can touch.
      const { content: next, change } = await applyChanges(live.content, [...changes.values()]);
      const read = Math.round(performance.now() - started);
      const fail = failPath();
      // The copy made ahead is of the live snapshot (after a background build: one made now).
      if (spare && spare.of !== live.dir) void spare.dir.then((stale) => ring.drop(stale), () => {});
      const base = live.dir;
      const copy = spare && spare.of === base ? spare.dir : ring.next(base);
      spare = undefined;
      const done = await publish(live, next, askEverything ? undefined : change, {
        layout,
        copy,
        renderer,
        rendererClientDir: `${config.rendererDir}/client`,
        ...(fail ? { failPath: fail } : {}),
        failedBefore: failedBefore(),
      });
      live = done;
      if (done.unused) spare = { of: base, dir: done.unused };
      else {
        ring.madeLive(done.dir, base, done.changedFiles);
        spare = prepareSpare();
      }
      askEverything = false;
      const at = new Date().toISOString();
      status.live = done.dir;
      status.lastPublish = { at, ms: done.ms, rendered: done.rendered.length, removed: done.removed.length, events: events.length, steps: { read, ...done.steps } };
      status.pending -= events.length;
      status.publishes++;
      status.liveUpTo = Math.max(status.liveUpTo, ...events.map((e) => e.id));
      for (const path of [...done.rendered, ...done.removed]) failedPages.delete(path);
      const failures = await Promise.all(done.failed.map(async (f) => ({ ...f, shows: await shownBy(f.path) })));
      for (const f of failures) {
        const shown = f.shows && { document: `${f.shows.type}/${f.shows.documentId}/${f.shows.locale}`, shows: `${f.shows.type}/${f.shows.documentId}` };
        failedPages.set(f.path, { path: f.path, reason: f.reason, ...shown });
      }
      status.failedPages = [...failedPages.values()].map(({ shows: _, ...page }) => page);
      if (failures.length) {
        status.failedUpTo = Math.max(status.failedUpTo, ...events.map((e) => e.id));
        console.error(`[publisher] ${failures.length} pages left as they were: ${failures.map((f) => `${f.path} (${f.reason})`).join('; ')}`);
      }
      const steps = Object.entries(status.lastPublish.steps).map(([name, ms]) => `${name} ${ms}`).join(', ');
      console.log(`[publisher] ${events.length} events: ${done.rendered.length} pages rendered, ${done.removed.length} removed, live in ${done.ms} ms (${steps} ms)`);
      report(failureReports(events, failures, at, done.rendered.length));
      // Old snapshots are removed beside the next publishes, not before them.
      void ring.prune().catch((error: Error) => console.error(`[publisher] could not remove old snapshots: ${error.message}`));
    } catch (error) {
      const message = (error as Error).message;
      status.lastError = { at: new Date().toISOString(), message };
      status.failedUpTo = Math.max(status.failedUpTo, ...events.map((e) => e.id));
      console.error(`[publisher] publish failed, the live site is unchanged: ${message}`);
      retry = events;
      // The copy, if this publish took it, was removed with the half-made snapshot.
      spare ??= prepareSpare();
      report(events.map((e) => ({ eventId: e.id, state: 'failed', at: new Date().toISOString(), message })));
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => retry.length && queue.add([]), RETRY_MS);
      retryTimer.unref();
    }
  };
  const queue = coalescing<Notified>(run, config);
  // "Upcoming events" and event states follow the calendar: ask every question again after
  // each midnight in the province (a publish that changes nothing else).
  const midnight = () => {
    setTimeout(() => {
      queue.add([]);
      midnight();
    }, msToProvinceMidnight(new Date()) + 5000).unref();
  };
  midnight();
  // The content may have changed since the live site was built (or while we were down):
  // one publish at start brings the site up to it.
  queue.add([]);

  return {
    notify(events) {
      status.pending += events.length;
      queue.add(events);
    },
    status: () => ({ ...status, cmsReads: cmsRequests() }),
    content: () => live.content,
    idle: async () => {
      await queue.idle();
      await reporting;
    },
  };
}
