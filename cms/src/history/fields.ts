/**
 * What kind of value each field of the content model holds, read off its Strapi attribute, and
 * the definition of an embedded component: the one place the history (snapshot, compare,
 * restore) looks at the model's shapes.
 */
import { components, type ContentTypeDefinition, type Field } from '@cchc/content-types';

export type FieldKind = 'text' | 'richText' | 'choice' | 'value' | 'media' | 'relation' | 'component' | 'components';

/** By Strapi attribute type; relations and components are told apart below, the rest are plain values. */
const KIND_OF_TYPE: Partial<Record<string, FieldKind>> = {
  string: 'text',
  text: 'text',
  uid: 'text',
  email: 'text',
  blocks: 'richText',
  enumeration: 'choice',
  media: 'media',
};

export function kindOf(field: Field): FieldKind {
  if (field.relation) return 'relation';
  if (field.strapi.type === 'component') return field.strapi.repeatable ? 'components' : 'component';
  return KIND_OF_TYPE[String(field.strapi.type)] ?? 'value'; // numbers, booleans, dates
}

/** The fields of a component field's component. */
export function componentFields(field: Field): Record<string, Field> {
  const uid = field.strapi.component;
  const def = components.COMPONENTS.find((c) => c.uid === uid);
  if (!def) throw new Error(`unknown component "${String(uid)}"`);
  return def.fields as Record<string, Field>;
}

export function fieldsOf(def: ContentTypeDefinition): [string, Field][] {
  return Object.entries(def.fields as Record<string, Field>);
}
