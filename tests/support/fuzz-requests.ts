/**
 * Generated Content API requests for the fuzz test: path case and percent-encoding, every
 * form of status/publication parameter, filters and sorts through every relation (including
 * `localizations`, nested), populate attempts, huge, invalid and broken-UTF-8 values, public and
 * read-token callers. A value may be a marker slot (`@@kind:form@@`), filled once with a hidden
 * marker and once with a control string of the same length: the two answers must not differ.
 */
import fc from 'fast-check';
import { ALL_TYPES, populateOf, populateQuery } from '@cchc/content-types';
import { MARKERS, type MarkerKind } from './hidden-content';

export interface FuzzRequest {
  token: boolean;
  path: string;
  /** Already percent-encoded as it goes on the wire, possibly with marker slots. */
  query: string;
}

export interface Ids {
  draft: string;
  edited: string;
  translated: string;
  published: string[];
}

const FORMS = ['full', 'prefix', 'upper', 'slug', 'code'] as const;
type Form = (typeof FORMS)[number];
const SLOT = /@@(\w+):(\w+)@@/g;

function markerValue(kind: MarkerKind, form: Form): string {
  const m = MARKERS[kind];
  return { full: m, prefix: m.slice(0, 6), upper: m.toUpperCase(), slug: `${m}-slug`, code: `${m}-code` }[form];
}

/** Fills the slots with the markers, or with same-length strings found nowhere. */
export function fill(query: string, control: boolean): string {
  return query.replace(SLOT, (_, kind: MarkerKind, form: Form) => {
    const value = markerValue(kind, form);
    return control ? 'xjw'.concat('5'.repeat(value.length)).slice(0, value.length) : value;
  });
}

export const hasSlot = (query: string) => query.includes('@@');

/**
 * Whether the marker and control answers must agree: not when an ordering operator compares
 * the slot, since published text may sort between the two strings.
 */
export const comparable = (query: string) => !/(\$|%24)(lt|lte|gt|gte|between)\b/i.test(query);

const slot = fc
  .tuple(fc.constantFrom(...(Object.keys(MARKERS) as MarkerKind[])), fc.constantFrom(...FORMS))
  .map(([kind, form]) => `@@${kind}:${form}@@`);

// ---- pieces ---------------------------------------------------------------------------------

function anyCase(s: string) {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(s) },
    { weight: 1, arbitrary: fc.constant(s.toUpperCase()) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
        .map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join('')),
    },
    {
      // One character percent-encoded: /api/%61rticles
      weight: 1,
      arbitrary: fc.nat(s.length - 1).map((i) => s.slice(0, i) + '%' + s.charCodeAt(i).toString(16) + s.slice(i + 1)),
    },
  );
}

const SEGMENTS = [
  'localizations', 'title', 'summary', 'slug', 'byline', 'body', 'kind', 'date', 'isDemo', 'topics', 'agency',
  'reformAreas', 'localities', 'audiences', 'successors', 'parent', 'coOrganisers', 'reportArticle', 'name', 'code',
  'documentId', 'publishedAt', 'createdAt', 'updatedAt', 'id', 'locale', 'createdBy', 'updatedBy', 'firstname',
  'email', 'password', 'cover', 'alt', 'image', 'alternativeText', 'caption', 'gallery', 'roles', '$and', '$or', '$not',
  '0', '1', 'constructor', '__proto__', 'toString', 'articles',
];
const OPERATORS = [
  '$eq', '$eqi', '$ne', '$startsWith', '$startsWithi', '$contains', '$containsi', '$notContainsi', '$endsWith',
  '$null', '$notNull', '$in', '$notIn', '$lt', '$gt', '$lte', '$between', '$foo', '$or', '$not', '$jsonSupersetOf',
];
const VALUES = [
  'x', '', 'true', 'false', '1', '-1', '0', '1e400', '2026-01-01', '2026-02-30', '2026-01-01T00:00:00Z', '0000-01-01',
  'vi', 'news', 'tin', 'Huy%E1%BB%87n', '%00', '%C3', '%C3%28', '%ED%A0%80', '%FF%FE', '%E2%82', '%25', '%', '%%zz',
  '%F0%9F%98%80', 'a%20b', '%0A', "'%20OR%201=1--", 'a'.repeat(201), 'b'.repeat(5000),
];

const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...VALUES) }, { weight: 2, arbitrary: slot });

/** Brackets as they are, or encoded; `$` encoded or not. */
const keyEncoding = fc.constantFrom('raw', 'brackets', 'dollar', 'all');
function encodeKey(key: string, how: string): string {
  let out = key;
  if (how === 'brackets' || how === 'all') out = out.replace(/\[/g, '%5B').replace(/\]/g, '%5D');
  if (how === 'dollar' || how === 'all') out = out.replace(/\$/g, '%24');
  return out;
}
function param(segments: string[], val: string | null) {
  return keyEncoding.map((how) => {
    const [head, ...rest] = segments;
    const key = encodeKey(head + rest.map((s) => `[${s}]`).join(''), how);
    return val === null ? key : `${key}=${val}`;
  });
}

const STATUS = [
  'status=draft', 'status=DRAFT', 'status=Draft', 'status[0]=draft', 'status[]=draft', 'status[$ne]=published',
  'status[published]=draft', 'status=draft&status=published', 'status=published&status=draft', 'status=', 'status',
  'STATUS=draft', 'Status=draft', '%73tatus=draft', 'status=dr%61ft', 'status=published', 'status=modified',
  'publicationState=preview', 'publicationState=live', 'publicationState[0]=preview', 'filters[publishedAt][$null]=true',
  'filters[publishedAt][$notNull]=false', 'filters[publishedAt]=', 'filters[$or][0][publishedAt][$null]=true',
  'filters[localizations][publishedAt][$null]=true', 'plugins[i18n][locale]=all', 'locale=all', 'locale=*',
  'hasPublishedVersion=false', 'filters[status]=draft', 'status%5B0%5D=draft',
];

const filterParam = fc
  .tuple(fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 6 }), fc.option(fc.constantFrom(...OPERATORS)), value)
  .chain(([path, op, val]) => param(['filters', ...path, ...(op ? [op] : [])], val));

/** The attacks we know of, with the marker's place: a leak would show as a count difference. */
const ORACLES = [
  'filters[localizations][title][$startsWith]=S', 'filters[localizations][summary][$containsi]=S',
  'filters[localizations][localizations][title][$contains]=S', 'filters[localizations][slug][$eq]=S',
  'filters[title][$contains]=S', 'filters[title][$startsWith]=S', 'filters[summary][$containsi]=S',
  'filters[slug][$startsWith]=S', 'filters[byline][$eq]=S', 'filters[title][$in][0]=S', 'filters[title]=S',
  'filters[topics][slug][$eq]=S', 'filters[topics][code][$eq]=S', 'filters[topics][slug][$startsWith]=S',
  'filters[topics][name][$containsi]=S', 'filters[topics][localizations][slug][$eq]=S',
  'filters[$or][0][title][$startsWith]=S&filters[$or][1][summary][$startsWith]=S',
  'filters[$not][title][$notContains]=S', 'filters[cover][alt][$contains]=S',
  'filters[cover][image][alternativeText][$contains]=S', 'filters[agency][articles][title][$contains]=S',
  'populate[localizations][filters][title][$startsWith]=S', 'sort=title&filters[title][$ne]=S', 'filters[code][$eq]=S',
  'filters[name][$startsWith]=S', 'filters[slug][$eq]=S',
];
const LEGAL_ORACLES = ORACLES.filter((q) => !/localizations|cover|articles|populate|\$not\]|\[name\]\[\$containsi/.test(q) || q.startsWith('filters[name]'));
const legalOracleParam = fc.tuple(fc.constantFrom(...LEGAL_ORACLES), slot).map(([q, s]) => q.replace(/=S/g, `=${s}`));
const oracleParam = fc.tuple(fc.constantFrom(...ORACLES), slot).map(([q, s]) => q.replace(/=S/g, `=${s}`));

const sortPath = fc.oneof(
  fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((p) => p.join('.')),
  fc.integer({ min: 1, max: 8 }).map((n) => `${'localizations.'.repeat(n)}title`),
);
const sortParam = fc
  .tuple(
    fc.constantFrom('sort', 'sort[0]', 'sort[1]', 'sort[title]', 'sort[]', 'SORT'),
    sortPath,
    fc.constantFrom('', ':asc', ':desc', ':DESC', ':sideways', ':asc:desc'),
  )
  .map(([key, path, dir]) => `${key}=${path}${dir}`);

const PAGINATION_KEYS = ['page', 'pageSize', 'start', 'limit', 'withCount', 'foo'];
const PAGINATION_VALUES = ['1', '2', '25', '100', '101', '5000', '-1', '0', 'abc', '1e9', '99999999999999999999', '', 'true'];
const paginationParam = fc
  .tuple(fc.constantFrom(...PAGINATION_KEYS), fc.constantFrom(...PAGINATION_VALUES))
  .map(([k, v]) => `pagination[${k}]=${v}`);

const FIELDS = ['title', 'slug', 'summary', 'createdBy', 'updatedBy', 'localizations', 'publishedAt', 'password', 'cover', 'title,slug', '*'];
const fieldsParam = fc
  .tuple(fc.constantFrom('fields', 'fields[0]', 'fields[1]', 'fields[]'), fc.constantFrom(...FIELDS))
  .map(([k, v]) => `${k}=${v}`);

function populateParam(plural: string) {
  const type = ALL_TYPES.find((t) => t.plural === plural)!;
  return fc.constantFrom(
    'populate=*', 'populate[localizations]=*', 'populate[0]=localizations', 'populate=localizations',
    'populate[localizations][populate]=*', 'populate[cover][populate]=*', 'populate=createdBy', 'populate[createdBy]=true',
    'populate[topics][populate][localizations]=true', 'populate[topics][fields][0]=name', 'populate[agency]=true',
    'populate=', 'populate[0]=*', populateQuery(populateOf(type.name)),
  );
}

const LOCALES = ['vi', 'km', 'en', 'VI', 'zz', '', 'vi&locale=km', 'locale[0]=vi'];
const localeParam = fc.constantFrom(...LOCALES).map((l) => (l.startsWith('locale[') ? l : `locale=${l}`));

const otherParam = fc.oneof(
  slot.map((s) => `_q=${s}`),
  fc.constantFrom('q=x', 'foo=bar', 'filters=abc', 'filters[]=x', 'populate[localizations][fields][0]=title', 'pagination=5'),
  fc.constantFrom(`filters[title][$eq]=${'a'.repeat(3000)}`, `sort=${'title,'.repeat(900)}title`, `x=${'%ZZ'.repeat(2000)}`),
);

function queryOf(plural: string) {
  const one = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...STATUS) },
    { weight: 4, arbitrary: filterParam },
    { weight: 4, arbitrary: oracleParam },
    { weight: 2, arbitrary: sortParam },
    { weight: 1, arbitrary: paginationParam },
    { weight: 1, arbitrary: fieldsParam },
    { weight: 2, arbitrary: populateParam(plural) },
    { weight: 1, arbitrary: localeParam },
    { weight: 1, arbitrary: otherParam },
  );
  // Allowed requests too, so that many reach the database rather than a refusal.
  const allowed = fc.oneof(
    legalOracleParam,
    fc.constantFrom('sort=title:asc', 'sort[0]=date:desc', 'sort=id', 'sort=publishedAt:desc,title', 'sort=name'),
    fc.constantFrom('pagination[pageSize]=100', 'pagination[page]=2', 'pagination[start]=0&pagination[limit]=5', 'pagination[withCount]=false'),
    fc.constantFrom('locale=vi', 'locale=km', 'locale=en', 'status=published', 'fields[0]=title&fields[1]=slug', 'fields=name'),
    fc.constant(populateQuery(populateOf(ALL_TYPES.find((t) => t.plural === plural)!.name))),
  );
  // One known attack at a time, from each locale: the answers a leak would change.
  const attack = fc
    .tuple(fc.oneof(oracleParam, fc.constantFrom(...STATUS)), fc.option(fc.constantFrom('locale=vi', 'locale=km', 'locale=en')), fc.option(allowed))
    .map(([oracle, locale, extra]) => [oracle, locale, extra].filter(Boolean) as string[]);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.array(one, { minLength: 0, maxLength: 5 }) },
      { weight: 2, arbitrary: fc.array(allowed, { minLength: 1, maxLength: 3 }) },
      { weight: 3, arbitrary: attack },
    )
    .map((params) => params.join('&'));
}

const PLURALS = ALL_TYPES.map((t) => t.plural);

export function fuzzRequests(ids: Ids): fc.Arbitrary<FuzzRequest> {
  const plural = fc.oneof(
    { weight: 6, arbitrary: fc.constant('articles') },
    { weight: 2, arbitrary: fc.constant('topics') },
    { weight: 2, arbitrary: fc.constantFrom(...PLURALS) },
  );
  const id = fc.option(
    fc.constantFrom(ids.draft, ids.edited, ids.translated, ids.published[0]!, ids.draft.toUpperCase(), 'x', '%00', 'a'.repeat(80), '%C3', '..'),
    { freq: 2 },
  );
  return plural.chain((p) =>
    fc.record({
      token: fc.boolean(),
      path: fc
        .tuple(anyCase('api'), anyCase(p), id, fc.constantFrom('', '', '', '/'))
        .map(([api, name, docId, tail]) => `/${api}/${name}${docId === null ? '' : `/${docId}`}${tail}`),
      query: queryOf(p),
    }),
  );
}
