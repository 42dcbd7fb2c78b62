/**
 * Listeners with several CMS processes (cms/src/events/dispatcher.ts, cursors.ts): two CMS
 * processes on one PostgreSQL database write at the same time, and both deliver. Each event
 * reaches each listener from one process only, and no cursor ever moves back.
 *
 * What is counted: the site publisher's notifications, one POST per live event (an effect
 * outside the database, which no unique key dedupes), at a receiver that stands in for the
 * publisher. A trigger the test adds to `document_event_cursors` notes every update that
 * lowers a position.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { createTestDatabase } from '../support/postgres';
import { startCmsProcess, stopProcess } from '../support/processes';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const WRITES_PER_PROCESS = 25;
/** Short, so that both processes' passes overlap often. */
const FAST = { EVENTS_POLL_MS: '50', EVENTS_RETRY_MS: '50', EVENTS_RETRY_MAX_MS: '200' };

/** Starts the writer script; resolves once it has written everything. */
function startWriter(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/event-writer.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WRITER_DONE')) resolve(child);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => reject(new Error(`the writer exited (${code}):\n${output.slice(-4000)}`)));
  });
}

describe('two CMS processes delivering the same event log', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: pg.Client;
  let publisher: Server;
  const children: ChildProcess[] = [];
  /** Times each event was told to the publisher, by id (a message carries a batch of them). */
  const received = new Map<string, number>();

  beforeAll(async () => {
    publisher = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { events } = JSON.parse(Buffer.concat(chunks).toString()) as { events: { id: number }[] };
        for (const { id } of events) received.set(String(id), (received.get(String(id)) ?? 0) + 1);
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((ok) => publisher.listen(0, '127.0.0.1', () => ok()));
    const publisherUrl = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;

    database = await createTestDatabase();
    // The schema and the first-start steps, then the trigger that notes any cursor moving back.
    const first = await startCmsProcess({ CMS_DATABASE: 'postgres', CMS_DATABASE_URL: database.url, CMS_SEED: 'none' });
    await stopProcess(first.child);
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    await db.query(`
      CREATE TABLE cursor_regressions (listener text, from_position bigint, to_position bigint);
      CREATE FUNCTION note_cursor_regression() RETURNS trigger AS $$
      BEGIN
        IF NEW.position < OLD.position THEN
          INSERT INTO cursor_regressions VALUES (NEW.listener, OLD.position, NEW.position);
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER note_cursor_regression BEFORE UPDATE ON document_event_cursors
      FOR EACH ROW EXECUTE FUNCTION note_cursor_regression();`);

    const env = {
      ...FAST,
      CMS_DATABASE_URL: database.url,
      EVENT_WRITER_COUNT: String(WRITES_PER_PROCESS),
      SITE_PUBLISHER_URL: publisherUrl,
      SITE_PUBLISHER_SECRET: SECRET,
    };
    children.push(...(await Promise.all([startWriter(env), startWriter(env)])));

    // Both keep delivering until every listener with a cursor (the site publisher's notifier and
    // the press change feed) has handled the whole log.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await db.query<{ behind: string }>(
        `SELECT count(*) AS behind FROM document_event_cursors WHERE position < (SELECT max(id) FROM document_events)`,
      );
      const { rows: listeners } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM document_event_cursors`);
      if (Number(rows[0]!.behind) === 0 && Number(listeners[0]!.n) >= 2) break;
      if (Date.now() > deadline) throw new Error('the listeners did not catch up with the event log');
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 300_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await new Promise((ok) => publisher?.close(() => ok(undefined)));
    await db?.end();
    await database?.drop();
  });

  it('tells the publisher of each live event once', async () => {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM document_events WHERE action = 'publish' ORDER BY id`);
    // Two writers, each topic published twice.
    expect(rows).toHaveLength(2 * 2 * WRITES_PER_PROCESS);
    const counts = rows.map(({ id }) => [id, received.get(String(id)) ?? 0] as const);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
    // And nothing else: no event it should not have been told of.
    expect([...received.values()].reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  // Written in each write's transaction (not a listener): so also under two processes.
  it('records each event once in the audit log', async () => {
    const { rows } = await db.query<{ missing: string }>(
      `SELECT count(*) AS missing FROM document_events e WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.source_event_id = e.id)`,
    );
    expect(Number(rows[0]!.missing)).toBe(0);
  });

  it('never moved a cursor back', async () => {
    const { rows } = await db.query(`SELECT * FROM cursor_regressions`);
    expect(rows).toEqual([]);
  });
});
