/**
 * Every UI string of the site, one flat dotted key each. Each language's JSON file is parsed
 * with this strict schema when the site builds: a missing, misspelt or extra key fails the build.
 * `{name}` in a string is replaced by `t(key, { name })`.
 */
import { z } from 'astro/zod';

const text = z.string().min(1);

export const uiSchema = z
  .object({
    /** The section's name, in the header and page titles. */
    'site.name': text,
    /** One line under the name: whose section it is. */
    'site.tagline': text,
    /** The default meta description (home page, pages without their own summary). */
    'site.description': text,
    /** The owner (a setting): name and address, in the footer and the owner's JSON-LD. */
    'owner.name': text,
    'owner.address': text,

    'skip.main': text,
    'nav.label': text,
    'nav.home': text,
    'nav.about': text,
    'breadcrumb.label': text,
    /** Language switcher: its label, and the note on a language without a translation of this page. */
    'lang.label': text,
    'lang.unavailable': text,

    'listing.empty': text,
    /** Link from an empty listing to the Vietnamese one. */
    'listing.inDefault': text,
    'listing.pageTitle': text,
    'pagination.label': text,
    /** The pager, newest to oldest: the front page, the newer page, the older page, page 1. */
    'pagination.newest': text,
    'pagination.newer': text,
    'pagination.older': text,
    'pagination.oldest': text,
    'pagination.page': text,

    'home.intro': text,
    'home.latest': text,
    'home.upcoming': text,
    'home.noUpcoming': text,
    'home.seeAll': text,

    'meta.published': text,
    'history.title': text,
    'history.firstPublished': text,
    'meta.updated': text,
    'meta.byline': text,
    'meta.type': text,
    'doc.tags': text,
    'doc.gallery': text,
    'doc.attachments': text,
    'doc.listen': text,
    'doc.watch': text,
    'doc.download': text,
    'doc.mediaFallback': text,
    /** Printed under an article: where it was published. */
    'print.source': text,

    'practice.results': text,
    'practice.indicator': text,
    'practice.before': text,
    'practice.after': text,
    'practice.unit': text,
    'practice.implementer': text,
    'practice.year': text,
    'practice.stage': text,
    'practice.replicatedIn': text,
    'practice.contact': text,
    'practice.files': text,
    'contact.phone': text,
    'contact.email': text,

    'event.when': text,
    'event.where': text,
    'event.online': text,
    'event.status': text,
    'event.organiser': text,
    'event.coOrganisers': text,
    'event.registration': text,
    'event.register': text,
    'event.report': text,
    'event.materials': text,

    'material.version': text,
    'material.files': text,
    'material.event': text,

    'term.content': text,
    'term.empty': text,
    'term.count': text,
    'locality.kind': text,
    'locality.parent': text,
    'locality.validFrom': text,
    'locality.validTo': text,
    'locality.successors': text,
    'locality.ended': text,
    'agency.kind': text,
    'agency.shortName': text,
    'agency.website': text,
    'agency.address': text,
    'agency.validFrom': text,
    'agency.validTo': text,
    'agency.successors': text,
    'agency.ended': text,
    'area.crossCutting': text,

    'footer.browse': text,
    'footer.scheme': text,
    'footer.sitemap': text,
    /** The feeds: the footer's heading for them, and each format's name (also the title of its <link rel="alternate">). */
    'feeds.label': text,
    'feeds.rss': text,
    'feeds.json': text,
    'feeds.podcast': text,
    'feeds.calendar': text,

    'notFound.title': text,
    'notFound.body': text,
    'notFound.home': text,
    'gone.title': text,
    'gone.body': text,
    'gone.home': text,
    'preview.banner': text,
    'preview.note': text,
  })
  .strict();

export type UiStrings = z.infer<typeof uiSchema>;
export type UiKey = keyof UiStrings;
