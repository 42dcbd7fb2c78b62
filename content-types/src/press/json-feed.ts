/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). JSON.stringify escapes every text;
 * the object is typed here after the spec, so no field is misspelt. Image alt text and credit,
 * which the spec has no field for, go in the `_cchc` extension object (the spec's way: names
 * starting with an underscore).
 */
import { LOCALE_TAGS } from '../locales';
import type { FeedChannel } from './channel';
import { imagesOf, largestRendition, modifiedDateOf, publishedDateOf } from './channel';
import type { PressItem } from './item';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

export interface JsonFeedAttachment {
  url: string;
  mime_type: string;
  title?: string;
  size_in_bytes?: number;
  duration_in_seconds?: number;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
  attachments?: JsonFeedAttachment[];
  _cchc?: { type: string; kind: string; image?: { alt?: string; caption?: string; credit?: string }; event?: PressItem['event'] };
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

/** RFC 3339, as the spec wants (`2026-01-01T00:00:00.000Z`). */
const rfc3339 = (iso: string) => new Date(iso).toISOString();

function jsonFeedItem(item: PressItem): JsonFeedItem {
  const cover = imagesOf(item)[0];
  const author = item.byline ? { name: item.byline } : item.agency ? { name: item.agency.name, url: item.agency.url } : undefined;
  const files = item.media.filter((m) => m.role === 'audio' || m.role === 'video' || m.role === 'attachment');
  return {
    id: item.uri,
    url: item.url,
    title: item.title,
    content_html: item.bodyHtml,
    content_text: item.bodyText,
    summary: item.summary,
    image: cover && largestRendition(cover).href,
    date_published: rfc3339(publishedDateOf(item)),
    date_modified: rfc3339(modifiedDateOf(item)),
    authors: author && [author],
    tags: [...(item.agency ? [item.agency] : []), ...item.terms].map((t) => t.name),
    language: LOCALE_TAGS[item.locale],
    attachments: files.length
      ? files.map((f) => ({
        url: f.href,
        mime_type: f.contentType,
        title: f.title,
        // An attached picture is linked as one of its renditions, whose bytes are not the original's.
        size_in_bytes: f.medium === 'image' ? undefined : f.size,
        duration_in_seconds: f.duration === undefined ? undefined : Math.round(f.duration),
      }))
      : undefined,
    _cchc: {
      type: item.type,
      kind: item.kind,
      image: cover && { alt: cover.alt, caption: cover.caption, credit: cover.credit },
      event: item.event,
    },
  };
}

/** JSON Feed 1.1 of these items, in this order, as its text. */
export function jsonFeed(items: PressItem[], channel: FeedChannel): string {
  const feed: JsonFeed = {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    authors: [{ name: channel.owner, url: channel.homeUrl }],
    items: items.map(jsonFeedItem),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}
