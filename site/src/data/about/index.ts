import type { Locale } from '@cchc/content-types';
import { aboutSchema, type About } from './schema';
import en from './en.json';
import km from './km.json';
import vi from './vi.json';

const raw: Record<Locale, unknown> = { vi, km, en };

/** The about page's text in one language, checked against the schema. */
export function aboutContent(locale: Locale): About {
  const result = aboutSchema.safeParse(raw[locale]);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`src/data/about/${locale}.json does not match src/data/about/schema.ts:\n${problems}`);
  }
  return result.data;
}
