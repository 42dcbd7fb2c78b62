/**
 * The bulk corpus equals the reference. A generated plan (tests/support/corpus-plan.ts: the four
 * types, Khmer translations, several terms, galleries, lists of components) is written through
 * the Document Service into one database and in bulk (tests/support/corpus-bulk.ts) into
 * another, each in a real CMS. Then every table either path wrote must hold the same rows, once
 * ids, documentIds, upload hashes and the run's times are named for what they stand for
 * (tests/support/corpus-compare.ts), and the public API and the press API must answer the same.
 *
 * `CORPUS_SEED` and `CORPUS_RUNS` (the number of documents) replay a run; see generated.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, PRESS_CHANGES_PATH } from '@cchc/content-types';
import { writeCorpus, type CorpusPath } from '../support/corpus';
import { answerNamer, changedTables, namedTables, tableDigests, untilListenersCaughtUp } from '../support/corpus-compare';
import { planCorpus, type CorpusPlan } from '../support/corpus-plan';
import { generated } from '../support/generated';
import { createPressOutlet, untilTokenAccepted } from '../support/press';
import { bootCms, type DatabaseKind } from '../support/strapi';

const SITE = 'https://cchc.soctrang.gov.vn';
/** The listeners that keep a cursor (press-items is local). */
const LISTENERS = ['site-publisher', 'press-changes'];
/** Press items read on each side: each is a few queries, and a dozen cover every type. */
const ITEMS = 12;

interface Written {
  seconds: number;
  /** Tables the corpus changed. */
  changed: string[];
  tables: Record<string, string[]>;
  /** Public and press answers by request, named like the tables. */
  answers: Record<string, unknown>;
}

async function read(url: string, token?: string): Promise<unknown> {
  const res = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  if (!res.ok) throw new Error(`${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** A fresh CMS with `plan` written `path`'s way: its tables and its answers, named. */
async function write(database: DatabaseKind, plan: CorpusPlan, path: CorpusPath): Promise<Written> {
  const since = Date.now();
  const cms = await bootCms(database, { PUBLIC_SITE_URL: SITE, EVENTS_POLL_MS: '200' });
  try {
    const before = await tableDigests(cms.strapi);
    const started = performance.now();
    await writeCorpus(cms.strapi, plan, path);
    const seconds = (performance.now() - started) / 1000;
    await untilListenersCaughtUp(cms.strapi, LISTENERS);
    const changed = changedTables(before, await tableDigests(cms.strapi));
    const tables = await namedTables(cms.strapi, changed, since);

    const answers: Record<string, unknown> = {};
    const named = await answerNamer(cms.strapi, since, cms.url);
    const asRead = async (path: string) => (answers[path] = named(await read(`${cms.url}${path}`)));
    for (const def of CONTENT_TYPES) {
      for (const locale of ['vi', 'km']) {
        await asRead(`/api/${def.plural}?locale=${locale}&pagination[pageSize]=100&sort=slug:asc`);
        // In the order of the rows' ids, which follows the order of the writes: compared as a set.
        const notes = named(await read(`${cms.url}/api/change-notes?type=${def.name}&locale=${locale}&pageSize=100`)) as { data: unknown[] };
        answers[`change notes of ${def.name} ${locale}`] = notes.data.map((n) => JSON.stringify(n)).sort();
      }
    }
    const outlet = await createPressOutlet(cms.strapi, 'Báo Sóc Trăng');
    await untilTokenAccepted(cms.url, outlet.token);
    const feed = (await read(`${cms.url}${PRESS_CHANGES_PATH}?limit=500`, outlet.token)) as { data: { item?: string }[] };
    // The feed is in commit order, which differs between the paths (the slow one writes six
    // documents at a time): compared as a set.
    const entries = feed.data.map((entry) => ({ entry, named: JSON.stringify(named(entry)) })).sort((a, b) => a.named.localeCompare(b.named));
    answers.feed = entries.map((e) => e.named);
    // The items of a dozen entries, the same dozen on both sides (every n-th, by what they name).
    const step = Math.max(1, Math.ceil(entries.length / ITEMS));
    for (const { entry, named: name } of entries.filter((e, i) => e.entry.item && i % step === 0)) answers[`item of ${name}`] = named(await read(entry.item!, outlet.token));
    return { seconds, changed, tables, answers };
  } finally {
    await cms.stop();
  }
}

describe.each<DatabaseKind>(['postgres', 'sqlite'])('a corpus written in bulk equals one written through the Document Service (%s)', (database) => {
  let slow: Written;
  let bulk: Written;

  beforeAll(async () => {
    const { seed, runs } = generated('CORPUS', { ci: database === 'postgres' ? 30 : 12, deep: 300 }, `corpus ${database}`);
    const plan = planCorpus({ documents: runs, seed, khmerShare: 0.3 });
    slow = await write(database, plan, 'document-service');
    bulk = await write(database, plan, 'bulk');
    console.log(`[corpus ${database}] ${runs} documents: Document Service ${slow.seconds.toFixed(1)} s, bulk ${bulk.seconds.toFixed(1)} s (terms and images included in both)`);
  });

  it('writes the same tables', () => {
    expect(bulk.changed).toEqual(slow.changed);
    // The corpus reaches every kind of table a document change writes.
    expect(slow.changed).toEqual(expect.arrayContaining(['articles', 'articles_cmps', 'articles_reform_areas_lnk', 'components_shared_image', 'files_related_mph', 'document_events', 'document_versions', 'workflow_states', 'audit_log', 'press_changes', 'document_event_cursors']));
  });

  it('writes the same rows in each of them', () => {
    for (const table of slow.changed) expect(bulk.tables[table], table).toEqual(slow.tables[table]);
  });

  it('answers the public API and the press API the same', () => {
    expect(Object.keys(bulk.answers).sort()).toEqual(Object.keys(slow.answers).sort());
    for (const [request, answer] of Object.entries(slow.answers)) expect(bulk.answers[request], request).toEqual(answer);
    expect((slow.answers.feed as unknown[]).length).toBeGreaterThan(0);
  });
});
