/**
 * The OpenAPI 3.1 document of the press API, made from the model rather than written beside
 * it: the types, locales and change kinds come from content-types, the entries' and items'
 * schemas from their validators (feed.ts, item-schema.ts, by zod-to-json-schema), and the ninjs
 * items from IPTC's own ninjs 3.1 schema (standards/, MIT), embedded whole. The CMS serves it at
 * `GET /api/press/openapi.json`; tests/cms/press-openapi.test.ts checks it with an OpenAPI
 * validator and checks the real API's answers against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { ZodTypeAny } from 'zod';
import { LOCALES } from '../locales';
import { PRESS_CHANGES_PATH, PRESS_ITEMS_PATH, PRESS_TYPES, changeEntrySchema, changePageSchema } from './feed';
import { pressItemSchema } from './item-schema';
import { pressWebhookSchema } from './webhook';

export const PRESS_OPENAPI_PATH = '/api/press/openapi.json';
export const PRESS_WHOAMI_PATH = '/api/press/whoami';

/** Page sizes of the change feed. */
export const CHANGES_DEFAULT_LIMIT = 100;
export const CHANGES_MAX_LIMIT = 500;

type Schema = Record<string, unknown>;

const NINJS_FILE = join(__dirname, '..', '..', 'standards', 'ninjs-schema_3.1.json');
const NINJS_REF = '#/components/schemas/Ninjs';

/**
 * The one reference of the ninjs schema outside itself is GeoJSON (a place's `geoJSON`), which
 * OpenAPI validators do not fetch (nor would we: nothing loads from other hosts). The document
 * stays self-contained with an object in its place; we send no geoJSON.
 */
const GEOJSON = 'https://geojson.org/schema/GeoJSON.json#';
const GEOJSON_STANDIN = { type: 'object', description: `A GeoJSON object (${GEOJSON}).` };
const pointed = (ref: string) => (ref.startsWith('#/') ? `${NINJS_REF}/${ref.slice(2)}` : ref);

/** IPTC's ninjs 3.1 schema as a component: its own `$defs` references re-pointed inside this document. */
export function ninjsComponent(): Schema {
  const schema = JSON.parse(readFileSync(NINJS_FILE, 'utf8')) as Schema;
  delete schema.$schema;
  delete schema.$id;
  const repoint = (value: unknown): unknown => {
    if (value && typeof value === 'object' && (value as Schema).$ref === GEOJSON) return GEOJSON_STANDIN;
    if (Array.isArray(value)) return value.map(repoint);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          key === '$ref' && typeof inner === 'string' ? pointed(inner) : repoint(inner),
        ]),
      );
    }
    return value;
  };
  return repoint(schema) as Schema;
}

/** JSON Schema of one of our validators, inlined (draft 7's keywords, which mean the same in the 2020-12 dialect of OpenAPI 3.1). */
function jsonSchemaOf(schema: ZodTypeAny): Schema {
  const out = zodToJsonSchema(schema, { $refStrategy: 'none', target: 'jsonSchema7' }) as Schema;
  delete out.$schema;
  return out;
}

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const header = (description: string, schema: Schema = { type: 'string' }) => ({ description, schema });

const CACHING_HEADERS = {
  ETag: header('Strong validator of this answer: send it back as If-None-Match.'),
  'Last-Modified': header('When this answer last changed: send it back as If-Modified-Since.'),
};

/** Answers every press route may give besides its own. */
const COMMON_RESPONSES = {
  '304': { description: 'Not modified: the If-None-Match or If-Modified-Since sent still holds.' },
  '400': error('A parameter is not valid: `error.details.parameter` names it.'),
  '401': error('No token, or a token that is unknown, revoked or replaced by a rotation.'),
  '429': {
    ...error("The outlet's rate limit is used up."),
    headers: { 'Retry-After': header('Seconds to wait before the next request.', { type: 'integer' }) },
  },
};

export interface OpenApiOptions {
  /** The CMS's public origin, e.g. https://cms.cchc.soctrang.gov.vn */
  serverUrl: string;
}

export function pressOpenApi({ serverUrl }: OpenApiOptions): Schema {
  const typeParameter = { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: PRESS_TYPES } };
  const locale = { type: 'string', enum: [...LOCALES] };
  return {
    openapi: '3.1.0',
    info: {
      title: 'CCHC Sóc Trăng press API',
      version: '1.0.0',
      description:
        'Published content of the administrative-reform section for newsrooms: a change feed to sync from ' +
        '(keyset cursor, tombstones), item reads in IPTC ninjs 3.1 or our own JSON, and webhooks signed after ' +
        'the Standard Webhooks specification. Read-only; one token per outlet, given by the administrator.',
    },
    servers: [{ url: serverUrl.replace(/\/+$/, '') }],
    security: [{ outletToken: [] }],
    paths: {
      [PRESS_CHANGES_PATH]: {
        get: {
          operationId: 'listChanges',
          summary: 'Changes to published content, in commit order, after a cursor.',
          parameters: [
            {
              name: 'after',
              in: 'query',
              description: 'The `next` cursor of the previous page; absent to start from the first change (a full backfill).',
              schema: { type: 'string', maxLength: 40 },
            },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: CHANGES_MAX_LIMIT, default: CHANGES_DEFAULT_LIMIT },
            },
            { name: 'type', in: 'query', description: 'Only this content type.', schema: { type: 'string', enum: PRESS_TYPES } },
            { name: 'locale', in: 'query', description: 'Only this language.', schema: locale },
          ],
          responses: {
            '200': {
              description: 'A page of changes. Ask `next` again at once while `more` is true; else poll it later.',
              headers: { ...CACHING_HEADERS, Link: header('`<…>; rel="next"`: the absolute URL of the next page (RFC 8288).') },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ChangePage' } } },
            },
            ...COMMON_RESPONSES,
          },
        },
      },
      [`${PRESS_ITEMS_PATH}/{type}/{documentId}`]: {
        get: {
          operationId: 'readItem',
          summary: 'One published translation of a document, with everything a newsroom needs.',
          parameters: [
            typeParameter,
            { name: 'documentId', in: 'path', required: true, schema: { type: 'string', maxLength: 64 } },
            { name: 'locale', in: 'query', schema: { ...locale, default: 'vi' } },
            {
              name: 'format',
              in: 'query',
              description: '`ninjs` (IPTC ninjs 3.1) or `json` (our press item).',
              schema: { type: 'string', enum: ['ninjs', 'json'], default: 'ninjs' },
            },
          ],
          responses: {
            '200': {
              description: 'The item.',
              headers: CACHING_HEADERS,
              content: {
                'application/json': {
                  schema: { oneOf: [{ $ref: NINJS_REF }, { $ref: '#/components/schemas/PressItem' }] },
                },
              },
            },
            '404': error('Not published in that language (never published, withdrawn or deleted: the change feed says which).'),
            ...COMMON_RESPONSES,
          },
        },
      },
      [PRESS_WHOAMI_PATH]: {
        get: {
          operationId: 'whoAmI',
          summary: 'Which outlet this token is (to check a token is set up right).',
          responses: {
            '200': {
              description: 'The outlet.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Outlet' } } },
            },
            '401': COMMON_RESPONSES['401'],
            '429': COMMON_RESPONSES['429'],
          },
        },
      },
      [PRESS_OPENAPI_PATH]: {
        get: {
          operationId: 'openApi',
          summary: 'This document.',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    webhooks: {
      change: {
        post: {
          summary:
            'A change, sent to an endpoint the outlet registered, signed after the Standard Webhooks specification ' +
            '(`webhook-id`, `webhook-timestamp`, `webhook-signature`: v1, HMAC-SHA256 with the endpoint secret). ' +
            'The same `webhook-id` on every retry: deduplicate on it. In order per document.',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookMessage' } } } },
          responses: { '2XX': { description: 'Received; any other answer is retried with backoff.' } },
        },
      },
    },
    components: {
      securitySchemes: {
        outletToken: {
          type: 'http',
          scheme: 'bearer',
          description: "The outlet's read token (`cchc_press_…`), shown once by the administrator when it is made or rotated.",
        },
      },
      schemas: {
        ChangeEntry: jsonSchemaOf(changeEntrySchema),
        ChangePage: jsonSchemaOf(changePageSchema),
        PressItem: jsonSchemaOf(pressItemSchema),
        Ninjs: ninjsComponent(),
        Outlet: {
          type: 'object',
          required: ['data'],
          properties: {
            data: {
              type: 'object',
              required: ['outlet', 'tokenPrefix'],
              properties: { outlet: { type: 'string' }, tokenPrefix: { type: ['string', 'null'] } },
            },
          },
        },
        WebhookMessage: jsonSchemaOf(pressWebhookSchema),
        Error: {
          type: 'object',
          required: ['data', 'error'],
          properties: {
            data: { type: 'null' },
            error: {
              type: 'object',
              required: ['status', 'name', 'message'],
              properties: {
                status: { type: 'integer' },
                name: { type: 'string' },
                message: { type: 'string' },
                details: { type: 'object' },
              },
            },
          },
        },
      },
    },
  };
}
