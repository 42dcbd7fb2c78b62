/** Press syndication: the one internal representation of an item, the change feed's entries, and the formats shaped from items. */
export * from './item';
export * from './feed';
export * from './item-schema';
export * from './openapi';
export * from './webhook';
export * from './uri';
export * from './item-of';
export * from './ninjs';
export * from './channel';
export * from './rss';
export * from './podcast';
export * from './json-feed';
export * from './icalendar';
