/**
 * What every syndication feed says about itself (its channel), and the few readings of a
 * PressItem that several formats share. The feeds (rss.ts, podcast.ts, json-feed.ts,
 * icalendar.ts) are pure functions of a list of items and a channel: no clock, no site code,
 * so the same content always gives the same bytes (the publisher's invariant: an
 * incrementally kept site equals a full build file for file).
 */
import { contentTypeByName } from '../model';
import type { PressItem, PressMedia, PressRendition } from './item';

export interface FeedChannel {
  title: string;
  description: string;
  /** BCP 47 tag of the feed's language (`vi-VN`, `km-KH`, `en`). */
  language: string;
  /** Absolute URL of the page the feed mirrors (the home page, a listing, a term's page). */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** The publisher of the section (its owner): the copyright holder, the podcast's author. */
  owner: string;
  /** Absolute URL of a picture that stands for the feed (the section's own). */
  image?: { url: string; width: number; height: number };
}

/**
 * The date readers are told an item was published: its own date where the type's displayed
 * date is a publication date (an article's "Ngày đăng", which falls back to the publish), else
 * its first publish (an event shows when it takes place; a good practice its year).
 */
export function publishedDateOf(item: PressItem): string {
  return contentTypeByName(item.type).displayDate.fallback === 'publishedAt' ? item.date : item.firstPublishedAt;
}

/** When what a feed shows of an item last changed: its last publish, minor ones too. */
export function modifiedDateOf(item: PressItem): string {
  return item.publishedAt ?? item.updatedAt;
}

/** The newest of some ISO 8601 dates (undefined for none): what a channel says of itself. */
export function newestDate(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((newest, date) => (newest === undefined || Date.parse(date) > Date.parse(newest) ? date : newest), undefined);
}

/** The item's images, cover first. */
export function imagesOf(item: PressItem): PressMedia[] {
  return [...item.media.filter((m) => m.role === 'cover'), ...item.media.filter((m) => m.role === 'gallery')];
}

/** An image's renditions, narrowest first (the original when it has none). */
export function renditionsOf(image: PressMedia): PressRendition[] {
  const renditions = image.renditions.length
    ? image.renditions
    : [{ name: 'original', href: image.href, contentType: image.contentType, width: image.width, height: image.height, size: image.size }];
  return [...renditions].sort((a, b) => (a.width ?? Infinity) - (b.width ?? Infinity));
}

/** The widest rendition of an image: what a feed links as the image itself. */
export function largestRendition(image: PressMedia): PressRendition {
  const renditions = renditionsOf(image);
  return renditions[renditions.length - 1]!;
}

/** The item's audio file (a radio item's broadcast), if it has one. */
export function audioOf(item: PressItem): PressMedia | undefined {
  return item.media.find((m) => m.role === 'audio' && m.medium === 'audio');
}
