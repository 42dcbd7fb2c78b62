/**
 * The site's feeds (RSS with Media RSS, JSON Feed, the podcast, the events' iCalendar), static
 * files beside the pages they carry (site-paths.ts, `feedsBeside`). A feed asks content.ts for
 * its newest FEED_SIZE documents, makes each a PressItem with the press's one mapping
 * (`pressItemOf`), linking the site's own copies of images and files, and hands them to the
 * serializer of its format (content-types/src/press/). Its record therefore holds the list it
 * showed and each item's history and translations: the publisher renders it again exactly when
 * one of them changes. Nothing in it comes from the clock.
 */
import {
  LOCALE_TAGS, canonicalUrl, eventCalendar, jsonFeed, podcastFeed, pressItemOf, rssFeed,
  type FeedChannel, type Locale, type MediaFile, type MediaLinks, type PressItem,
} from '@cchc/content-types';
import { stat } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { IMAGE_TYPES } from './assets/names.ts';
import { originalFile } from './assets/originals.ts';
import { publicFileUrl } from './cms-files';
import { historyOf, latest, latestContent, latestRadio, latestTagged, titleOf, translationsOf, type ContentItem } from './content';
import { cmsSource, fallbackFormat, uploadedImageSize, variantsOf, widthsFor } from './images';
import { typeLabel } from './labels';
import { pageAt, pathOf, pathOfRoute, staticPathsOf, type FeedFormat, type FeedRoute, type FeedSitePage } from './site-paths';

/** How many items a feed holds, newest first: what a reader or a newsroom polls for. */
export const FEED_SIZE = 50;

/** What each format is served as (site/server/serve.mjs sends the same for the static files). */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  podcast: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
};

/** Apple's podcast category for a government's broadcasts. */
const PODCAST_CATEGORY = 'Government';

/** The section's own picture (public/og-default.png), for the feeds' channel. */
const FEED_IMAGE = { path: '/og-default.png', width: 1200, height: 630 } as const;

/**
 * Where a feed links a file: the site's own copies, absolute. Images as their JPEG or PNG
 * variants (what every feed reader shows; the widest is the image itself), other files under
 * /files/ with their exact size, from the cached original the build copies (an enclosure's
 * length must be the file's). Each is recorded for the feed, so the build and the publisher make it.
 */
function siteMedia(site: URL) {
  const absolute = (path: string) => canonicalUrl(site.toString(), path);
  return async (file: MediaFile): Promise<MediaLinks> => {
    // A rich-text image comes with its URL (and maybe its size) only.
    const mime = file.mime ?? (/\.png$/i.test(file.url) ? 'image/png' : 'image/jpeg');
    if (!mime.startsWith('image/')) {
      const { file: original } = await originalFile(file.url, cmsSource());
      return { href: absolute(publicFileUrl(file.url)), renditions: [], size: (await stat(original)).size };
    }
    // An image that is no upload of the CMS (rich text older than its check) is left out: no href.
    const size = await uploadedImageSize(file);
    if (!size) return { href: '', renditions: [] };
    const format = fallbackFormat({ mime });
    // The narrowest (a feed's thumbnail) and the widest (the image itself): what the feeds link,
    // so no variant is made that nothing links.
    const widths = widthsFor(size.width);
    const renditions = variantsOf(file, size, format, [...new Set([widths[0]!, widths[widths.length - 1]!])]).map(({ path, width }) => ({
      name: `w${width}`,
      href: absolute(path),
      contentType: IMAGE_TYPES[format],
      width,
      height: Math.round((width * size.height) / size.width),
    }));
    return { href: renditions[renditions.length - 1]!.href, renditions };
  };
}

/** A document of the site as the press's item, through content.ts (its history and translations are recorded). */
async function itemOf({ type, doc }: ContentItem, site: URL): Promise<PressItem> {
  const locale = doc.locale as Locale;
  const [history, translations] = await Promise.all([historyOf(type, doc.documentId, locale), translationsOf(type, doc.documentId)]);
  return pressItemOf({
    type,
    document: doc,
    history,
    translations: Object.fromEntries([...translations].map(([l, d]) => [l, d.slug])),
    siteUrl: site.toString(),
    media: siteMedia(site),
  });
}

/** What a feed carries, newest first. */
async function contentOf(feed: FeedSitePage): Promise<ContentItem[]> {
  const { of } = feed;
  if (feed.format === 'podcast') return (await latestRadio(of.locale, FEED_SIZE)).map((doc) => ({ type: 'article', doc }) as ContentItem);
  if (of.kind === 'home') return latestContent(of.locale, FEED_SIZE);
  if (of.kind === 'term') return latestTagged(of.type, of.doc.documentId, of.locale, FEED_SIZE);
  return (await latest(of.type, of.locale, FEED_SIZE)).map((doc) => ({ type: of.type, doc }) as ContentItem);
}

/** A feed's name: after the page it is beside, in its language. */
export function feedTitle(feed: FeedSitePage): string {
  const { of } = feed;
  const t = useTranslations(of.locale);
  const section =
    feed.format === 'podcast' ? t('feeds.podcast')
      : feed.format === 'calendar' ? t('feeds.calendar')
        : of.kind === 'listing' ? typeLabel(of.type, of.locale, true)
          : of.kind === 'term' ? titleOf(of.type, of.doc)
            : undefined;
  return section ? `${section} – ${t('site.name')}` : t('site.name');
}

function channelOf(feed: FeedSitePage, site: URL): FeedChannel {
  const t = useTranslations(feed.of.locale);
  const absolute = (path: string) => canonicalUrl(site.toString(), path);
  return {
    title: feedTitle(feed),
    description: t('site.description'),
    language: LOCALE_TAGS[feed.of.locale],
    homeUrl: absolute(pathOf(feed.of)),
    feedUrl: absolute(pathOf(feed)),
    owner: t('owner.name'),
    image: { url: absolute(FEED_IMAGE.path), width: FEED_IMAGE.width, height: FEED_IMAGE.height },
  };
}

/** The text of a feed. */
export async function feedText(feed: FeedSitePage, site: URL): Promise<string> {
  const items = await Promise.all((await contentOf(feed)).map((item) => itemOf(item, site)));
  const channel = channelOf(feed, site);
  switch (feed.format) {
    case 'rss':
      return rssFeed(items, channel);
    case 'json':
      return jsonFeed(items, channel);
    case 'podcast':
      return podcastFeed(items, { ...channel, category: PODCAST_CATEGORY });
    case 'calendar':
      return eventCalendar(items, channel);
  }
}

/** A feed route of src/pages/ (`[...base]/rss.xml`, …): its static paths and its answer, the same in both builds. */
export function feedRoute(route: FeedRoute): { getStaticPaths: () => ReturnType<typeof staticPathsOf>; GET: APIRoute } {
  return {
    getStaticPaths: () => staticPathsOf(route),
    GET: async ({ site, params }) => {
      const page = await pageAt(pathOfRoute(route, params));
      if (page?.kind !== 'feed') return new Response(null, { status: 404 });
      return new Response(await feedText(page, site!), { headers: { 'Content-Type': FEED_CONTENT_TYPES[page.format] } });
    },
  };
}

/** A feed as a page links it: its path, its media type, and its format's name in the page's language. */
export interface FeedLink {
  href: string;
  type: string;
  format: string;
  title: string;
}

export function feedLinks(feeds: FeedSitePage[]): FeedLink[] {
  return feeds.map((feed) => ({
    href: pathOf(feed),
    type: FEED_CONTENT_TYPES[feed.format].split(';')[0]!,
    format: useTranslations(feed.of.locale)(`feeds.${feed.format}`),
    title: feedTitle(feed),
  }));
}
