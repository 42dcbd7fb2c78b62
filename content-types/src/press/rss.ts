/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) with Media RSS
 * (https://www.rssboard.org/media-rss) for the images, audio, video and attachments, `content:`
 * for the body and `dc:creator` for the byline: the feed that newsrooms and feed readers take.
 * The podcast feed (podcast.ts) is the same RSS with its own tags added.
 */
import type { FeedChannel } from './channel';
import { imagesOf, largestRendition, modifiedDateOf, newestDate, publishedDateOf, renditionsOf } from './channel';
import type { PressItem, PressMedia } from './item';
import { element, xmlDocument, type XmlNode } from './xml';

export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** An RFC 822 date, as RSS wants it (`Thu, 01 Jan 2026 07:00:00 GMT`). */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/**
 * An image as `media:content`: its widest rendition, the narrowest as thumbnail, its text
 * alternative (the alt text; an attached picture's description or title), caption, credit.
 */
function mediaImage(image: PressMedia): XmlNode {
  const alt = image.alt ?? image.description ?? image.title;
  const large = largestRendition(image);
  const small = renditionsOf(image)[0]!;
  return {
    ...element({ url: large.href, type: large.contentType, medium: 'image', fileSize: large.size, width: large.width, height: large.height }),
    // The caption is what readers see under the picture; the alt text describes it to those who cannot.
    'media:title': image.caption ? element({ type: 'plain' }, image.caption) : undefined,
    'media:description': alt ? element({ type: 'plain' }, alt) : undefined,
    'media:thumbnail': element({ url: small.href, width: small.width, height: small.height }),
    'media:credit': image.credit ? element({}, image.credit) : undefined,
  };
}

/** Audio, video and attachments as `media:content`, with their size and (audio, video) duration. */
function mediaFile(file: PressMedia): XmlNode {
  const medium = file.medium === 'file' ? 'document' : file.medium;
  const duration = file.duration === undefined ? undefined : Math.round(file.duration);
  return {
    ...element({ url: file.href, type: file.contentType, medium, fileSize: file.size, duration }),
    'media:title': file.title ? element({ type: 'plain' }, file.title) : undefined,
    'media:description': file.description ? element({ type: 'plain' }, file.description) : undefined,
  };
}

function mediaContents(item: PressItem): XmlNode[] {
  const files = item.media.filter((m) => m.role === 'audio' || m.role === 'video' || m.role === 'attachment');
  return [...imagesOf(item).map(mediaImage), ...files.map((f) => (f.medium === 'image' ? mediaImage(f) : mediaFile(f)))];
}

/** One item: its link, permanent id, dates, byline, terms, body and media. */
export function rssItem(item: PressItem): XmlNode {
  return {
    title: item.title,
    link: item.url,
    description: item.summary,
    // The uri is the item's id in every format (ninjs, JSON Feed, iCalendar); the link may change with its slug.
    guid: element({ isPermaLink: 'false' }, item.uri),
    pubDate: rfc822(publishedDateOf(item)),
    'dc:creator': item.byline ?? item.agency?.name,
    category: [...(item.agency ? [item.agency] : []), ...item.terms].map((term) => element({ domain: term.url }, term.name)),
    'content:encoded': item.bodyHtml || undefined,
    'media:content': mediaContents(item),
  };
}

/**
 * The channel's own elements. Its dates come from its items (the newest publication, the
 * latest change), never from the clock: the same items give the same feed.
 */
export function rssChannel(items: PressItem[], channel: FeedChannel): XmlNode {
  const published = newestDate(items.map(publishedDateOf));
  const modified = newestDate(items.map(modifiedDateOf));
  return {
    title: channel.title,
    link: channel.homeUrl,
    description: channel.description,
    language: channel.language,
    copyright: `© ${channel.owner}`,
    pubDate: published && rfc822(published),
    lastBuildDate: modified && rfc822(modified),
    'atom:link': element({ href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
  };
}

/** An RSS document: the namespaces it uses, a channel and its items. */
export function rssDocument(channel: XmlNode, items: XmlNode[], namespaces: Record<string, string>): string {
  const xmlns = Object.fromEntries(Object.entries(namespaces).map(([prefix, uri]) => [`@xmlns:${prefix}`, uri]));
  return xmlDocument({ rss: { '@version': '2.0', ...xmlns, channel: { ...channel, item: items } } });
}

/** RSS 2.0 with Media RSS of these items, in this order. */
export function rssFeed(items: PressItem[], channel: FeedChannel): string {
  return rssDocument(rssChannel(items, channel), items.map(rssItem), RSS_NAMESPACES);
}
