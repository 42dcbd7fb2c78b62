/** UI strings per language (see schema.ts) and the `t()` that pages use. */
import { LOCALES, type Locale } from '@cchc/content-types';
import { uiSchema, type UiKey, type UiStrings } from './schema';
import en from './en.json';
import km from './km.json';
import vi from './vi.json';

function parse(locale: Locale, data: unknown): UiStrings {
  const result = uiSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  - "${i.path.join('.') || i.message}": ${i.message}`).join('\n');
  throw new Error(`src/i18n/${locale}.json does not match src/i18n/schema.ts:\n${problems}`);
}

const raw: Record<Locale, unknown> = { vi, km, en };
const strings = Object.fromEntries(LOCALES.map((l) => [l, parse(l, raw[l])])) as Record<Locale, UiStrings>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  return (key, vars) =>
    strings[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}
