/**
 * The site's feeds, as the build made them from the demo content and as the site's server sends
 * them: every RSS and podcast feed read by a real feed parser (rss-parser) with the Media RSS,
 * iTunes and Podcasting 2.0 namespaces, every JSON Feed checked by ajv against the JSON Feed 1.1
 * spec's fields, every calendar read by ical.js. Every URL in them is absolute, and a site URL
 * names a file of the build; every image has alt text; an episode's enclosure is its file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './built-site';
import { CONTENT_TYPES, LOCALES, documentPath, homePath, listingPath, podcastGuid, type Locale } from '@cchc/content-types';
import { clientDirOf, publishedDocuments, readPages, type PublishedDoc } from '../support/html';

const { cmsUrl, siteUrl, outDir } = await builtSite();
const client = clientDirOf(outDir);
const FEED_FILES = ['rss.xml', 'feed.json', 'podcast.xml', 'lich.ics'];
const FEED_SIZE = 50;

let docs: PublishedDoc[];
/** Every feed file of the build, by URL path. */
let feeds: string[];

beforeAll(async () => {
  docs = await publishedDocuments(cmsUrl);
  feeds = readdirSync(client, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && FEED_FILES.includes(e.name))
    .map((e) => `/${relative(client, join(e.parentPath, e.name))}`)
    .sort();
});

const read = (path: string) => readFileSync(join(client, path), 'utf8');
const feedsNamed = (name: string) => feeds.filter((p) => p.endsWith(`/${name}`));

/** The file of the build that a URL of the site names (a page's index.html, an image, a file). */
function fileOf(url: string): string {
  expect(url.startsWith(`${siteUrl}/`), `${url} is not on ${siteUrl}`).toBe(true);
  const path = decodeURIComponent(new URL(url).pathname);
  return join(client, path.endsWith('/') ? `${path}index.html` : path);
}

function expectSiteFile(url: string, where: string) {
  expect(existsSync(fileOf(url)), `${where}: ${url} is no file of the build`).toBe(true);
}

/** Every absolute URL written anywhere in a text. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s"'<>\\,)]+/g)].map((m) => m[0].replace(/&amp;/g, '&'));
}

/**
 * The links a feed makes (its own, its items', their images and files): on the site, each a file
 * of the build. The bodies (content:encoded, content_html) and an event's online room may link
 * other hosts, as the pages do; namespace and spec identifiers are names, not links.
 */
function expectOwnUrls(text: string, where: string) {
  for (const url of urlsIn(text)) {
    if (/^https?:\/\/(www\.w3\.org|purl\.org|search\.yahoo\.com|www\.itunes\.com|podcastindex\.org|jsonfeed\.org)\//.test(url)) continue;
    expectSiteFile(url, where);
  }
}

/** A feed's text without the items' bodies, for `expectOwnUrls`. */
const withoutBodies = (xml: string) => xml.replace(/<content:encoded>[\s\S]*?<\/content:encoded>/g, '');

type MediaNode = { $: Record<string, string>; 'media:description'?: ({ _: string } | string)[]; 'media:thumbnail'?: { $: { url: string } }[] };
type RssItem = Parser.Item & {
  media?: MediaNode[];
  enclosure?: { url: string; length?: string; type?: string };
  itunes?: { duration?: string; image?: string; explicit?: string };
};
type RssChannel = { podcastGuid?: string; podcastLocked?: string; atomLink?: { $: { href: string } }[] };

const parser = new Parser<RssChannel, RssItem>({
  customFields: {
    feed: [['podcast:guid', 'podcastGuid'], ['podcast:locked', 'podcastLocked'], ['atom:link', 'atomLink', { keepArray: true }]] as never,
    item: [['media:content', 'media', { keepArray: true }]] as never,
  },
});

const textOf = (node: { _: string } | string | undefined) => (typeof node === 'string' ? node : node?._);

describe('the feeds of the built site', () => {
  it('are there beside the pages they carry: everything, each type and each reform area per language; the podcast and the calendar', () => {
    const expected: string[] = [];
    for (const locale of LOCALES) {
      expected.push(`${homePath(locale)}rss.xml`, `${homePath(locale)}feed.json`, `${homePath(locale)}podcast.xml`, `${listingPath('event', locale)}lich.ics`);
      for (const def of CONTENT_TYPES) expected.push(`${listingPath(def.name, locale)}rss.xml`, `${listingPath(def.name, locale)}feed.json`);
      for (const area of docs.filter((d) => d.type === 'reform-area' && d.locale === locale)) {
        const page = documentPath('reform-area', locale, area.slug);
        expected.push(`${page}rss.xml`, `${page}feed.json`);
      }
    }
    expect(feeds).toEqual(expected.sort());
    expect(feeds).toContain('/rss.xml');
    expect(feeds).toContain('/en/tin-bai/feed.json');
    expect(feeds).toContain('/su-kien/lich.ics');
  });

  it('RSS: parsed by a real parser; items newest first, bounded, with absolute links to real pages and described images', async () => {
    let images = 0;
    for (const path of [...feedsNamed('rss.xml'), ...feedsNamed('podcast.xml')]) {
      const xml = read(path);
      const feed = await parser.parseString(xml);
      expect(feed.title, path).toBeTruthy();
      expect(feed.link, path).toMatch(new RegExp(`^${siteUrl}/`));
      expectSiteFile(feed.link!, path);
      expect(feed.atomLink?.[0]?.$.href, path).toBe(`${siteUrl}${path}`);
      expect(feed.items.length, path).toBeLessThanOrEqual(FEED_SIZE);
      for (const item of feed.items) {
        expect(item.title, path).toBeTruthy();
        expect(item.guid, path).toMatch(/^urn:cchc-soctrang:[a-z-]+:[^:]+:(vi|km|en)$/);
        expect(Number.isNaN(Date.parse(item.pubDate!)), `${path}: ${item.pubDate}`).toBe(false);
        expectSiteFile(item.link!, path);
        for (const media of item.media ?? []) {
          expectSiteFile(media.$.url!, path);
          if (media.$.medium === 'image') {
            images++;
            expect(textOf(media['media:description']?.[0])?.trim(), `${path}: alt text of ${media.$.url}`).toBeTruthy();
            const thumbnail = media['media:thumbnail']?.[0];
            if (thumbnail) expectSiteFile(thumbnail.$.url, path);
          }
        }
      }
      expectOwnUrls(withoutBodies(xml), path);
    }
    expect(images).toBeGreaterThan(0);
  });

  it('RSS: the language feed holds the newest 50 of all content, the type feed its listing\'s newest', async () => {
    const all = await parser.parseString(read('/rss.xml'));
    expect(all.items).toHaveLength(FEED_SIZE);
    expect(new Set(all.items.map((i) => i.guid!.split(':')[2])).size).toBeGreaterThan(1);
    const articles = await parser.parseString(read('/tin-bai/rss.xml'));
    const listing = readPages(client).find((p) => p.path === '/tin-bai/')!;
    // The listing's front page shows the newest, first to last: the feed begins with them.
    const shown = listing.root.querySelectorAll('main .card a').map((a) => `${siteUrl}${a.getAttribute('href')}`);
    const unique = shown.filter((href, i) => shown.indexOf(href) === i);
    expect(articles.items.slice(0, unique.length).map((i) => i.link)).toEqual(unique);
  });

  it('the podcast: every radio item with its audio as enclosure (its real size), iTunes and Podcasting 2.0 tags', async () => {
    // The example of the Podcasting 2.0 namespace's own documentation.
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    const radio = (locale: Locale) => docs.filter((d) => d.type === 'article' && d.locale === locale);
    let episodes = 0;
    for (const path of feedsNamed('podcast.xml')) {
      const xml = read(path);
      const feed = await parser.parseString(xml);
      expect(feed.itunes?.categories, path).toContain('Government');
      expect(feed.itunes?.explicit, path).toBe('false');
      expect(feed.itunes?.author, path).toBeTruthy();
      expect(feed.podcastGuid, path).toBe(podcastGuid(`${siteUrl}${path}`));
      expect(feed.podcastLocked, path).toBe('yes');
      // No transcript is made yet, so none is claimed.
      expect(xml).not.toContain('podcast:transcript');
      for (const item of feed.items) {
        episodes++;
        const enclosure = item.enclosure!;
        expect(enclosure.type, path).toMatch(/^audio\//);
        expect(Number(enclosure.length), `${path}: ${enclosure.url}`).toBe(statSync(fileOf(enclosure.url)).size);
        expect(item.itunes?.explicit).toBe('false');
        if (item.itunes?.image) expectSiteFile(item.itunes.image, path);
        // Duration when the CMS measured it (mediaSchema's optional `duration`): whole seconds.
        if (item.itunes?.duration !== undefined) expect(item.itunes.duration, path).toMatch(/^[1-9][0-9]*$/);
        const audio = item.media?.find((m) => m.$.medium === 'audio');
        expect(audio?.$.url, path).toBe(enclosure.url);
        expect(audio?.$.duration, path).toBe(item.itunes?.duration);
      }
    }
    expect(radio('vi').length).toBeGreaterThan(0);
    expect(episodes).toBeGreaterThan(0);
  });

  it('JSON Feed: valid against the JSON Feed 1.1 spec\'s fields, with absolute URLs of real files', () => {
    // strictRequired off: the spec's "one of these" rules name properties declared beside them.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON_FEED_1_1);
    for (const path of feedsNamed('feed.json')) {
      const text = read(path);
      const feed = JSON.parse(text) as { feed_url: string; home_page_url: string; items: { url: string; image?: string; _cchc: { image?: { alt?: string } } }[] };
      expect(validate(feed) ? [] : validate.errors, path).toEqual([]);
      expect(feed.feed_url).toBe(`${siteUrl}${path}`);
      expect(feed.items.length).toBeLessThanOrEqual(FEED_SIZE);
      for (const item of feed.items) {
        expectSiteFile(item.url, path);
        if (item.image) expect(item._cchc.image?.alt?.trim(), `${path}: alt text of ${item.image}`).toBeTruthy();
      }
      const bodiless = feed.items.map((item) => ({ ...item, content_html: undefined, content_text: undefined, _cchc: undefined }));
      expectOwnUrls(JSON.stringify({ ...feed, items: bodiless }), path);
    }
  });

  it('iCalendar: read by ical.js; every event with UID, DTSTAMP, DTSTART in the province\'s zone and SEQUENCE; cancelled ones as such', () => {
    const statuses = new Set<string>();
    for (const path of feedsNamed('lich.ics')) {
      const text = read(path);
      // RFC 5545: CRLF lines of at most 75 octets.
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), `${path}: ${line}`).toBeLessThanOrEqual(75);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const zone = calendar.getFirstSubcomponent('vtimezone');
      expect(zone?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
      expect(zone?.getFirstPropertyValue('tzurl')).toBeNull();
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.length, path).toBeGreaterThan(0);
      for (const vevent of events) {
        const event = new ICAL.Event(vevent);
        expect(event.uid).toMatch(/^urn:cchc-soctrang:event:[^:]+:(vi|km|en)$/);
        const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
        expect(stamp.zone?.tzid, `${event.uid} DTSTAMP`).toBe('UTC');
        expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
        expect(event.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
        expect(Number.isInteger(event.sequence) && event.sequence >= 0, `${event.uid} SEQUENCE`).toBe(true);
        expect(vevent.getFirstPropertyValue('last-modified')).toBeTruthy();
        // The event's page; its LOCATION may be an online room elsewhere.
        expectSiteFile(String(vevent.getFirstPropertyValue('url')), path);
        const status = String(vevent.getFirstPropertyValue('status'));
        statuses.add(status);
        if (status === 'CANCELLED') expect(event.summary, event.uid).toMatch(/^(Đã hủy|បានលុបចោល|Cancelled): /);
        if (status === 'TENTATIVE') expect(event.summary, event.uid).toMatch(/^(Tạm hoãn|ពន្យារពេល|Postponed): /);
      }
      expectSiteFile(String(calendar.getFirstPropertyValue('url')), path);
    }
    // The demo has one cancelled and one postponed event.
    expect([...statuses].sort()).toEqual(['CANCELLED', 'CONFIRMED', 'TENTATIVE']);
  });

  it('are served with their own media types', async () => {
    const types: Record<string, RegExp> = {
      '/rss.xml': /^application\/rss\+xml; charset=utf-8$/,
      '/podcast.xml': /^application\/rss\+xml; charset=utf-8$/,
      '/km/tin-bai/feed.json': /^application\/feed\+json; charset=utf-8$/,
      '/su-kien/lich.ics': /^text\/calendar; charset=utf-8$/,
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await fetch(`${siteUrl}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
      expect(res.headers.get('cache-control'), path).toBe('public, no-cache');
      await res.arrayBuffer();
    }
  });

  it('are linked from the pages they sit beside (<link rel="alternate">) and, for readers, from every footer', () => {
    const pages = new Map(readPages(client).map((p) => [p.path, p]));
    const area = docs.find((d) => d.type === 'reform-area' && d.locale === 'vi')!;
    const besides: [string, string[]][] = [
      ['/', ['/rss.xml', '/feed.json', '/podcast.xml']],
      ['/km/tin-bai/', ['/km/tin-bai/rss.xml', '/km/tin-bai/feed.json']],
      ['/su-kien/', ['/su-kien/rss.xml', '/su-kien/feed.json', '/su-kien/lich.ics']],
      [documentPath('reform-area', 'vi', area.slug), ['rss.xml', 'feed.json'].map((f) => `${documentPath('reform-area', 'vi', area.slug)}${f}`)],
      [documentPath('article', 'vi', docs.find((d) => d.type === 'article' && d.locale === 'vi')!.slug), []],
    ];
    for (const [path, expected] of besides) {
      const links = pages.get(path)!.root.querySelectorAll('head link[rel="alternate"][type]');
      expect(links.map((l) => l.getAttribute('href')), path).toEqual(expected.map((p) => `${siteUrl}${p}`));
      for (const link of links) expect(link.getAttribute('title'), path).toBeTruthy();
    }
    const footer = pages.get('/en/')!.root.querySelector('footer .feed-links')!;
    expect(footer.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/en/rss.xml', '/en/feed.json', '/en/podcast.xml', '/en/su-kien/lich.ics']);
    expect(footer.querySelectorAll('a').map((a) => a.textContent)).toEqual(['RSS', 'JSON Feed', 'Radio (podcast)', 'Events calendar (iCalendar)']);
  });
});

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema, written from the
 * spec: its required fields, the types of all of them, and its rule that an item has
 * content_html or content_text. Extensions (keys starting with `_`) are allowed, as the spec says.
 */
const author = {
  type: 'object',
  properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' }, avatar: { type: 'string', format: 'uri' } },
  patternProperties: { '^_': {} },
  additionalProperties: false,
  anyOf: [{ required: ['name'] }, { required: ['url'] }, { required: ['avatar'] }],
};
const JSON_FEED_1_1 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: { type: 'string', format: 'uri' },
    icon: { type: 'string', format: 'uri' },
    favicon: { type: 'string', format: 'uri' },
    authors: { type: 'array', items: author },
    language: { type: 'string' },
    expired: { type: 'boolean' },
    hubs: { type: 'array', items: { type: 'object', required: ['type', 'url'], properties: { type: { type: 'string' }, url: { type: 'string', format: 'uri' } } } },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        properties: {
          id: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          external_url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          summary: { type: 'string' },
          image: { type: 'string', format: 'uri' },
          banner_image: { type: 'string', format: 'uri' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: { type: 'array', items: author },
          tags: { type: 'array', items: { type: 'string' } },
          language: { type: 'string' },
          attachments: {
            type: 'array',
            items: {
              type: 'object',
              required: ['url', 'mime_type'],
              properties: {
                url: { type: 'string', format: 'uri' },
                mime_type: { type: 'string' },
                title: { type: 'string' },
                size_in_bytes: { type: 'number' },
                duration_in_seconds: { type: 'number' },
              },
              patternProperties: { '^_': {} },
              additionalProperties: false,
            },
          },
        },
        patternProperties: { '^_': {} },
        additionalProperties: false,
      },
    },
  },
  patternProperties: { '^_': {} },
  additionalProperties: false,
};
