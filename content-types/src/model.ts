/** The whole content model: every type, looked up by name. */
import type { z } from 'zod';
import { capabilityErrors, has, type Capability } from './capabilities';
import { documentSchema, type ContentDefinition, type ContentTypeDefinition, type Kind } from './define';
import { privateNote } from './types/fixtures';
import { article } from './types/article';
import { event } from './types/event';
import { goodPractice } from './types/good-practice';
import { agency, audience, locality, reformArea, topic } from './types/taxonomies';
import { trainingMaterial } from './types/training-material';

export { article, event, goodPractice, trainingMaterial, reformArea, topic, audience, locality, agency };

export const CONTENT_TYPES = [article, goodPractice, event, trainingMaterial] as const;
export const TAXONOMIES = [reformArea, topic, audience, locality, agency] as const;
export const ALL_TYPES = [...CONTENT_TYPES, ...TAXONOMIES] as const;

/**
 * What the site and the publisher render, typed as the model's own types (the site's code is
 * typed by them): the content types and taxonomies whose capabilities say `site`.
 */
export const SITE_CONTENT_TYPES = CONTENT_TYPES.filter((t) => t.capabilities.site);
export const SITE_TAXONOMIES = TAXONOMIES.filter((t) => t.capabilities.site);
export const SITE_TYPES = [...SITE_CONTENT_TYPES, ...SITE_TAXONOMIES];

export type AnyType = (typeof ALL_TYPES)[number];
export type TypeName = AnyType['name'];
export type ContentTypeName = (typeof CONTENT_TYPES)[number]['name'];
export type TaxonomyName = (typeof TAXONOMIES)[number]['name'];

/** A variable of Node's environment; undefined in a browser, which has none (the admin panel's bundle). */
function environment(name: string): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
}

/**
 * Types that only the test suite has (CCHC_TEST_FIXTURES=1): see types/fixtures.ts. Read once, when
 * the model is loaded.
 */
export const FIXTURE_TYPES: readonly ContentTypeDefinition[] = environment('CCHC_TEST_FIXTURES') === '1' ? [privateNote] : [];

/**
 * Every type the running system has: the model's, and in the test suite its fixtures. A room that
 * acts on types asks `typesWith` for the capability it needs; this whole list is for what every
 * type of ours gets whatever it is (the event point, the document rules, the editors' labels).
 */
export const MODEL_TYPES: readonly ContentTypeDefinition[] = [...ALL_TYPES, ...FIXTURE_TYPES];

const declarationErrors = MODEL_TYPES.flatMap((t) => capabilityErrors(t.name, t.capabilities, Object.keys(t.fields)));
if (declarationErrors.length) throw new Error(`The content model breaks its capability rules:\n${declarationErrors.join('\n')}`);

/** The types that have `capability`: `typesWith('press')` are the types syndicated to the press. */
export function typesWith(capability: Capability): ContentTypeDefinition[] {
  return MODEL_TYPES.filter((t) => has(t.capabilities, capability));
}

/** The content types (not taxonomies) that have `capability`. */
export function contentTypesWith(capability: Capability): ContentDefinition[] {
  return typesWith(capability).filter((t): t is ContentDefinition => t.kind === 'content');
}

/**
 * The running system's types of one kind, whatever their capabilities: content documents, each
 * owned by an agency, or taxonomy terms (for who may write what).
 */
export function typesOfKind(kind: Kind): ContentTypeDefinition[] {
  return MODEL_TYPES.filter((t) => t.kind === kind);
}

/** The names of the types that have `capability`, as a set (for the checks of a request's type). */
export function typeNamesWith(capability: Capability): Set<string> {
  return new Set(typesWith(capability).map((t) => t.name));
}

export function typeByName(name: string): ContentTypeDefinition {
  const found = MODEL_TYPES.find((t) => t.name === name);
  if (!found) throw new Error(`Unknown content type "${name}"`);
  return found as ContentTypeDefinition;
}

/** A content type (not a taxonomy) by name: its kind field, display date, … */
export function contentTypeByName(name: string): ContentDefinition {
  const def = typeByName(name);
  if (def.kind !== 'content') throw new Error(`"${name}" is a taxonomy, not a content type`);
  return def;
}

/** The Strapi uid of a type: `api::article.article`. */
export function uidOf(name: string): `api::${string}.${string}` {
  return `api::${name}.${name}`;
}

// Validators of REST documents, and their TypeScript types, derived from the definitions.
export const schemas = {
  article: documentSchema(article),
  'good-practice': documentSchema(goodPractice),
  event: documentSchema(event),
  'training-material': documentSchema(trainingMaterial),
  'reform-area': documentSchema(reformArea),
  topic: documentSchema(topic),
  audience: documentSchema(audience),
  locality: documentSchema(locality),
  agency: documentSchema(agency),
} as const satisfies Record<TypeName, z.ZodTypeAny>;

export type Article = z.infer<(typeof schemas)['article']>;
export type GoodPractice = z.infer<(typeof schemas)['good-practice']>;
export type Event = z.infer<(typeof schemas)['event']>;
export type TrainingMaterial = z.infer<(typeof schemas)['training-material']>;
export type ReformArea = z.infer<(typeof schemas)['reform-area']>;
export type Topic = z.infer<(typeof schemas)['topic']>;
export type Audience = z.infer<(typeof schemas)['audience']>;
export type Locality = z.infer<(typeof schemas)['locality']>;
export type Agency = z.infer<(typeof schemas)['agency']>;
type Schemas = typeof schemas;
export type DocumentOf<N extends TypeName> = z.infer<Schemas[N]>;
