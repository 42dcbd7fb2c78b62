/**
 * The press API's OpenAPI 3.1 document (content-types/src/press/openapi.ts), as the real CMS
 * serves it: valid by an OpenAPI validator (@seriousme/openapi-schema-validator), and every
 * answer of the real API (the whole change feed of the demo, each item of it as ninjs and as
 * JSON, whoami, and the error answers) valid against the schema the document gives for that
 * operation and status, with ajv. An answer the document does not describe fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { PRESS_CHANGES_PATH, PRESS_OPENAPI_PATH, PRESS_WHOAMI_PATH, changePageSchema, type ChangeEntry } from '@cchc/content-types';
import { DEMO_BOOT_TIMEOUT_MS } from '../support/templates';
import { createPressOutlet, untilTokenAccepted } from '../support/press';
import { bootCms, type RunningCms } from '../support/strapi';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };

/** JSON pointer escaping of one reference token (RFC 6901). */
const pointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

describe('the press API against its OpenAPI document', () => {
  let cms: RunningCms;
  let token: string;
  let doc: Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);

  /** Every body the API answered, for the check that no account's data is among them. */
  const bodies: string[] = [];
  const press = (path: string, auth = true) => fetch(`${cms.url}${path}`, { headers: auth ? { Authorization: `Bearer ${token}` } : {} });

  /** Checks a real answer against the document's schema for its route, method and status. */
  async function conforms(route: string, res: Response): Promise<unknown> {
    const operation = doc.paths[route]?.get;
    expect(operation, `the document describes GET ${route}`).toBeDefined();
    const response = operation!.responses[String(res.status)];
    expect(response, `GET ${route} documents status ${res.status}`).toBeDefined();
    const text = await res.text();
    bodies.push(text);
    if (!response!.content) {
      expect(text).toBe('');
      return undefined;
    }
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as unknown;
    const ref = `openapi#/paths/${pointer(route)}/get/responses/${res.status}/content/application~1json/schema`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const valid = validate(body);
    expect(valid, `GET ${route} ${res.status}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
    return body;
  }

  beforeAll(async () => {
    cms = await bootCms('sqlite', { PUBLIC_SITE_URL: 'https://cchc.soctrang.gov.vn', PUBLIC_CMS_URL: 'https://cms.cchc.soctrang.gov.vn' }, { from: 'demo' });
    token = (await createPressOutlet(cms.strapi, 'Báo Sóc Trăng', 100_000, 10_000)).token;
    await untilTokenAccepted(cms.url, token);
    // Everything the seed wrote has reached the change feed's projection before it is read.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const last = (await cms.strapi.db.getConnection('document_events').max({ id: 'id' }).first()) as { id: number | string | null };
      const at = (await cms.strapi.db.getConnection('document_event_cursors').where({ listener: 'press-changes' }).first('position')) as { position: number | string } | undefined;
      if (Number(at?.position ?? 0) >= Number(last.id ?? 0)) break;
      if (Date.now() > deadline) throw new Error('the change feed did not catch up with the seed');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, DEMO_BOOT_TIMEOUT_MS);

  afterAll(async () => {
    await cms?.stop();
  });

  it('serves a valid OpenAPI 3.1 document, without a token, whose server is the public CMS address', async () => {
    const res = await press(PRESS_OPENAPI_PATH, false);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Doc & { openapi: string; servers: { url: string }[] };
    const result = await new Validator().validate(body as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(body.openapi).toBe('3.1.0');
    // The links of the answers (next, item) and the document agree on the address, never a Host header's.
    expect(body.servers[0]!.url).toBe('https://cms.cchc.soctrang.gov.vn');
    doc = body;
    ajv.addSchema(body as object, 'openapi');
  });

  it('answers the whole change feed of the demo, and every item in it in both formats, as documented', async () => {
    const entries: ChangeEntry[] = [];
    let next: string | undefined;
    for (let pages = 0; pages < 200; pages += 1) {
      const res = await press(`${PRESS_CHANGES_PATH}?limit=50${next ? `&after=${next}` : ''}`);
      expect(res.status).toBe(200);
      const page = changePageSchema.parse(await conforms(PRESS_CHANGES_PATH, res));
      entries.push(...page.data);
      next = page.next;
      if (!page.more) break;
    }
    expect(entries.length).toBeGreaterThan(50);

    // The latest state of each translation: what is live now is read as an item.
    const latest = new Map<string, ChangeEntry>();
    for (const entry of entries) latest.set(`${entry.type}/${entry.documentId}/${entry.locale}`, entry);
    const live = [...latest.values()].filter((entry) => entry.change === 'created' || entry.change === 'updated');
    expect(live.length).toBeGreaterThan(20);
    const itemRoute = Object.keys(doc.paths).find((path) => path.includes('{documentId}'))!;
    for (const entry of live) {
      expect(entry.item, 'a live entry links its item read').toBeDefined();
      const itemPath = new URL(entry.item!).pathname + new URL(entry.item!).search;
      for (const format of ['ninjs', 'json']) {
        const res = await press(`${itemPath}&format=${format}`);
        expect(res.status, `${itemPath} ${format}`).toBe(200);
        await conforms(itemRoute, res);
      }
    }
  });

  it('documents its refusals and its 304 as it gives them', async () => {
    const itemRoute = Object.keys(doc.paths).find((path) => path.includes('{documentId}'))!;
    await conforms(PRESS_WHOAMI_PATH, await press(PRESS_WHOAMI_PATH));
    await conforms(PRESS_WHOAMI_PATH, await press(PRESS_WHOAMI_PATH, false));
    await conforms(PRESS_CHANGES_PATH, await press(`${PRESS_CHANGES_PATH}?after=not-a-cursor`));
    await conforms(PRESS_CHANGES_PATH, await press(`${PRESS_CHANGES_PATH}?limit=100000`));
    await conforms(PRESS_CHANGES_PATH, await press(PRESS_CHANGES_PATH, false));
    await conforms(itemRoute, await press('/api/press/items/article/no-such-document?locale=vi'));
    await conforms(itemRoute, await press('/api/press/items/article/abc?locale=xx'));
    const first = await press(`${PRESS_CHANGES_PATH}?limit=5`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${cms.url}${PRESS_CHANGES_PATH}?limit=5`, { headers: { Authorization: `Bearer ${token}`, 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    await conforms(PRESS_CHANGES_PATH, again);
  });

  it("never answers anything of the accounts behind the content (who wrote or edited it, their addresses)", async () => {
    expect(bodies.length).toBeGreaterThan(100);
    const accounts = (await cms.strapi.db.query('admin::user').findMany({ select: ['email', 'firstname', 'lastname'] })) as { email: string }[];
    expect(accounts.length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body).not.toMatch(/"(createdBy|updatedBy|password|resetPasswordToken|registrationToken|email)"\s*:/);
      for (const { email } of accounts) expect(body).not.toContain(email);
    }
  });
});
