/** Names shown to readers, taken from the content model (types, choice values) per language. */
import {
  pick, typeByName, type Field, type Locale, type Localized, type TypeName,
} from '@cchc/content-types';

export function typeLabel(type: TypeName, locale: Locale, plural = false): string {
  const def = typeByName(type);
  return pick(plural ? def.pluralName : def.displayName, locale);
}

/** The reader's name of a choice value, e.g. article.kind "news" → "Tin tức". */
export function choiceLabel(type: TypeName, field: string, value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const f = typeByName(type).fields[field] as (Field & { valueLabels?: Record<string, Localized> }) | undefined;
  const labels = f?.valueLabels?.[value];
  return labels ? pick(labels, locale) : value;
}

