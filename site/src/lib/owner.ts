/** The section's owner (a setting in the UI strings: owner.name, owner.address). */
import type { Locale } from '@cchc/content-types';
import { useTranslations } from '../i18n';
import type { Organization } from './seo';

export function ownerOrganization(locale: Locale, siteUrl: string): Organization {
  const t = useTranslations(locale);
  return { name: t('owner.name'), address: t('owner.address'), url: siteUrl };
}
