/** The whole content model: every type, looked up by name. */
import type { z } from 'zod';
import { documentSchema, type ContentDefinition, type ContentTypeDefinition } from './define';
import { article } from './types/article';
import { event } from './types/event';
import { goodPractice } from './types/good-practice';
import { agency, audience, locality, reformArea, topic } from './types/taxonomies';
import { trainingMaterial } from './types/training-material';

export { article, event, goodPractice, trainingMaterial, reformArea, topic, audience, locality, agency };

export const CONTENT_TYPES = [article, goodPractice, event, trainingMaterial] as const;
export const TAXONOMIES = [reformArea, topic, audience, locality, agency] as const;
export const ALL_TYPES = [...CONTENT_TYPES, ...TAXONOMIES] as const;

export type AnyType = (typeof ALL_TYPES)[number];
export type TypeName = AnyType['name'];
export type ContentTypeName = (typeof CONTENT_TYPES)[number]['name'];
export type TaxonomyName = (typeof TAXONOMIES)[number]['name'];

export function typeByName(name: string): ContentTypeDefinition {
  const found = ALL_TYPES.find((t) => t.name === name);
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
