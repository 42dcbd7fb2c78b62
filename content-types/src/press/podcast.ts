/**
 * The podcast feed of the radio items: RSS 2.0 with an `<enclosure>` per episode, Apple's
 * iTunes tags (https://help.apple.com/itc/podcasts_connect/#/itcb54353390) and the
 * Podcasting 2.0 namespace (https://podcastindex.org/namespace/1.0). Of Podcasting 2.0 it says
 * what the section knows: `podcast:guid` (the channel's id, derived from its URL as the
 * namespace prescribes) and `podcast:locked`; `podcast:transcript` would need a transcript file,
 * which items do not have yet.
 */
import { createHash } from 'node:crypto';
import type { FeedChannel } from './channel';
import { audioOf, imagesOf, largestRendition } from './channel';
import type { PressItem, PressMedia } from './item';
import { RSS_NAMESPACES, rssChannel, rssDocument, rssItem } from './rss';
import { element, type XmlNode } from './xml';

export const PODCAST_NAMESPACES = {
  ...RSS_NAMESPACES,
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
} as const;

export interface PodcastChannel extends FeedChannel {
  /** One of Apple's podcast categories (`Government`, `News`). */
  category: string;
  /** Where podcast directories write to confirm a move (`podcast:locked`'s owner, `itunes:owner`). */
  ownerEmail?: string;
}

/** The namespace's own UUID, in which a feed's `podcast:guid` is a UUIDv5 of its URL. */
const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/**
 * A UUID version 5 (RFC 9562: SHA-1 of namespace and name). Eight lines of node:crypto rather
 * than a dependency for one call.
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A feed's `podcast:guid`: its URL without the scheme and trailing slashes, as the namespace says. */
export function podcastGuid(feedUrl: string): string {
  return uuidV5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_GUID_NAMESPACE);
}

/** `itunes:duration` in seconds, as Apple recommends. */
function seconds(duration: number | undefined): number | undefined {
  return duration === undefined ? undefined : Math.max(1, Math.round(duration));
}

function episode(item: PressItem, audio: PressMedia): XmlNode {
  const cover = imagesOf(item)[0];
  return {
    ...rssItem(item),
    enclosure: element({ url: audio.href, length: audio.size, type: audio.contentType }),
    'itunes:duration': seconds(audio.duration),
    'itunes:image': cover ? element({ href: largestRendition(cover).href }) : undefined,
    'itunes:explicit': 'false',
    'itunes:episodeType': 'full',
  };
}

/** The podcast feed of these items, in this order; an item without an audio file is no episode. */
export function podcastFeed(items: PressItem[], channel: PodcastChannel): string {
  const withAudio = items.filter((item) => audioOf(item));
  const episodes = withAudio.map((item) => episode(item, audioOf(item)!));
  const own: XmlNode = {
    'itunes:image': channel.image ? element({ href: channel.image.url }) : undefined,
    'itunes:category': element({ text: channel.category }),
    'itunes:explicit': 'false',
    'itunes:author': channel.owner,
    'itunes:owner': channel.ownerEmail ? { 'itunes:name': channel.owner, 'itunes:email': channel.ownerEmail } : undefined,
    'itunes:type': 'episodic',
    'podcast:guid': podcastGuid(channel.feedUrl),
    // Not to be imported by another host: the section is the only publisher of its broadcasts.
    'podcast:locked': element({ owner: channel.ownerEmail }, 'yes'),
  };
  return rssDocument({ ...rssChannel(withAudio, channel), ...own }, episodes, PODCAST_NAMESPACES);
}
