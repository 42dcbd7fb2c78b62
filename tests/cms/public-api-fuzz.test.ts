/**
 * The public API under generated requests, on SQLite and PostgreSQL: no answer reveals hidden
 * text (in its body, or as a count that differs between a marker filter and a control one), no
 * answer is a 5xx, and 95 % of answers arrive within 1 s (no single one may take the database's
 * 5 s statement timeout). The budget: 2,000 requests per database with a fixed seed in `npm test`,
 * 25,000 per database with the date's seed in `npm run test:deep` (tests/support/generated.ts);
 * FUZZ_SEED and FUZZ_RUNS replay a printed run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_TYPES, populateOf, populateQuery } from '@cchc/content-types';
import { bootCms, createReadOnlyToken, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createHiddenContent, revealedMarker, type HiddenContent } from '../support/hidden-content';
import { comparable, fill, fuzzRequests, hasSlot, type FuzzRequest } from '../support/fuzz-requests';
import { generated } from '../support/generated';

const { seed: SEED, runs: RUNS } = generated('FUZZ', { ci: 2_000, deep: 25_000 }, 'public API fuzz');
const CONCURRENCY = 6;
// On this shared two-core machine one answer can stall behind another process; a slow query
// shows in the 95th percentile, and nothing may come near the statement timeout.
const P95_MS = 1000;
const MAX_MS = 4000;
const PLURALS = ALL_TYPES.map((t) => t.plural);
const typeByPlural = (plural: string) => ALL_TYPES.find((t) => t.plural === plural)!.name;

interface Answer {
  status: number;
  text: string;
  ms: number;
  url: string;
}

interface Finding {
  index: number;
  request: FuzzRequest;
  problem: string;
}

function summary(text: string): string {
  try {
    const body = JSON.parse(text) as { data?: unknown; meta?: { pagination?: { total?: number } } };
    const count = Array.isArray(body.data) ? body.data.length : body.data ? 1 : 0;
    return `${count}/${body.meta?.pagination?.total ?? '-'}`;
  } catch {
    return `text:${text.length}`;
  }
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('public API fuzz on %s', (database) => {
  let cms: RunningCms;
  let hidden: HiddenContent;
  let token: string;

  beforeAll(async () => {
    // Known tokens have their own, higher limit; here no limit may hide an answer.
    cms = await bootCms(database, { API_RATE_LIMIT_TOKEN_PER_MINUTE: '1000000', API_RATE_LIMIT_TOKEN_BURST: '1000000' });
    hidden = await createHiddenContent(cms.strapi);
    token = await createReadOnlyToken(cms.strapi);
    // The 1 s bound is for a warm CMS: the first query of each type pays for Strapi's lazy set-up.
    for (const plural of PLURALS) await fetch(`${cms.url}/api/${plural}?${populateQuery(populateOf(typeByPlural(plural)))}`);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  async function send(request: FuzzRequest, query: string): Promise<Answer> {
    const url = `${cms.url}${request.path}${query ? `?${query}` : ''}`;
    const started = performance.now();
    const res = await fetch(url, { headers: request.token ? { Authorization: `Bearer ${token}` } : {} });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started, url };
  }

  it(`answers ${RUNS} generated requests without revealing hidden text, a 5xx or a slow answer`, { timeout: 1_800_000 }, async () => {
    const requests = fc.sample(fuzzRequests(hidden.ids), { seed: SEED, numRuns: RUNS });
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    let slowest: Answer = { status: 0, text: '', ms: 0, url: '' };
    const times: number[] = [];
    let sent = 0;
    let compared = 0;

    const check = (index: number, request: FuzzRequest, answer: Answer) => {
      sent += 1;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.ms > slowest.ms) slowest = answer;
      times.push(answer.ms);
      const marker = revealedMarker(answer.text);
      if (marker) findings.push({ index, request, problem: `reveals the ${marker} marker: ${answer.url} -> ${answer.status}` });
      if (answer.status >= 500) findings.push({ index, request, problem: `${answer.status}: ${answer.url} ${answer.text.slice(0, 300)}` });
      if (answer.ms > MAX_MS) findings.push({ index, request, problem: `${Math.round(answer.ms)} ms: ${answer.url}` });
    };

    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index]!;
        const answer = await send(request, fill(request.query, false));
        check(index, request, answer);
        if (!hasSlot(request.query)) continue;
        const control = await send(request, fill(request.query, true));
        check(index, request, control);
        if (!comparable(request.query)) continue;
        compared += 1;
        const [a, b] = [`${answer.status} ${summary(answer.text)}`, `${control.status} ${summary(control.text)}`];
        if (a !== b) findings.push({ index, request, problem: `marker answer ${a} differs from control ${b}: ${answer.url}` });
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;

    const p95 = times.sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0;
    if (p95 > P95_MS) findings.push({ index: -1, request: requests[0]!, problem: `95th percentile ${Math.round(p95)} ms (at most ${P95_MS})` });
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.log(
      `[fuzz ${database}] ${RUNS} generated, ${sent} sent (${compared} marker/control pairs compared) in ${seconds.toFixed(0)} s; ` +
        `statuses ${byStatus}; p95 ${Math.round(p95)} ms; slowest ${Math.round(slowest.ms)} ms (${slowest.status}) ${slowest.url}`,
    );
    for (const f of findings.slice(0, 20)) console.log(`[fuzz ${database}] #${f.index} ${f.problem}\n  ${JSON.stringify(f.request)}`);
    expect(findings.map((f) => `#${f.index} ${f.problem}`)).toEqual([]);
    // The generator must reach the content, not only refusals.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 20);
  });
});
