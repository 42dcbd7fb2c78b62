/**
 * What search engines, Zalo and Facebook read: Open Graph values and schema.org JSON-LD.
 * Pure functions of plain values; pages pass absolute URLs in.
 */
import type { Locale } from '@cchc/content-types';

/** Open Graph wants language_TERRITORY. */
export const OG_LOCALE: Record<Locale, string> = { vi: 'vi_VN', km: 'km_KH', en: 'en_US' };

export interface OgImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** A description of at most `max` characters, cut at a word. */
export function excerpt(text: string | null | undefined, max = 200): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

type Json = Record<string, unknown>;

export interface Organization {
  name: string;
  url?: string;
  address?: string | null;
  alternateName?: string | null;
  sameAs?: string | null;
  logo?: string;
  foundingDate?: string | null;
  dissolutionDate?: string | null;
}

export function organizationLd(org: Organization): Json {
  return compact({
    '@type': 'GovernmentOrganization',
    name: org.name,
    alternateName: org.alternateName,
    url: org.url,
    sameAs: org.sameAs,
    logo: org.logo,
    foundingDate: org.foundingDate,
    dissolutionDate: org.dissolutionDate,
    address: org.address ? { '@type': 'PostalAddress', streetAddress: org.address, addressCountry: 'VN' } : undefined,
  });
}

export function withContext(json: Json): Json {
  return { '@context': 'https://schema.org', ...json };
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  locale: Locale;
  image?: string;
  byline?: string | null;
  author?: Organization;
  publisher: Organization;
  section?: string;
}

export function newsArticleLd(a: ArticleInput, type: 'NewsArticle' | 'Article' = 'NewsArticle'): Json {
  return withContext(
    compact({
      '@type': type,
      mainEntityOfPage: a.url,
      url: a.url,
      headline: excerpt(a.headline, 110),
      description: a.description,
      datePublished: a.datePublished,
      dateModified: a.dateModified,
      inLanguage: a.locale,
      image: a.image ? [a.image] : undefined,
      articleSection: a.section,
      author: a.byline ? { '@type': 'Person', name: a.byline } : a.author ? organizationLd(a.author) : undefined,
      publisher: organizationLd(a.publisher),
    }),
  );
}

/** schema.org has no "held": an event that took place as planned stays EventScheduled. */
const EVENT_STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

export interface EventInput {
  url: string;
  name: string;
  description: string;
  startDate: string;
  endDate?: string | null;
  status: string;
  venue?: string | null;
  onlineUrl?: string | null;
  locale: Locale;
  image?: string;
  organizers: Organization[];
}

export function eventLd(e: EventInput): Json {
  const place = e.venue ? { '@type': 'Place', name: e.venue, address: e.venue } : undefined;
  const online = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : undefined;
  const mode = place && online ? 'Mixed' : online ? 'Online' : 'Offline';
  return withContext(
    compact({
      '@type': 'Event',
      url: e.url,
      name: e.name,
      description: e.description,
      startDate: e.startDate,
      endDate: e.endDate,
      eventStatus: EVENT_STATUS[e.status] ?? EVENT_STATUS.scheduled,
      eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
      location: place && online ? [place, online] : (place ?? online),
      inLanguage: e.locale,
      image: e.image ? [e.image] : undefined,
      organizer: e.organizers.length ? e.organizers.map(organizationLd) : undefined,
    }),
  );
}

export interface LearningResourceInput {
  url: string;
  name: string;
  description: string;
  dateModified: string;
  locale: Locale;
  kind: string;
  image?: string;
  publisher: Organization;
}

export function learningResourceLd(r: LearningResourceInput): Json {
  return withContext(
    compact({
      '@type': 'LearningResource',
      url: r.url,
      name: r.name,
      description: r.description,
      dateModified: r.dateModified,
      inLanguage: r.locale,
      learningResourceType: r.kind,
      image: r.image,
      publisher: organizationLd(r.publisher),
    }),
  );
}

/** Drops empty values so the JSON-LD carries only what is known. */
function compact(json: Json): Json {
  return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
