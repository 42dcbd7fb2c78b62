/** Press syndication: the one internal representation of an item, the change feed's entries, and the site's feeds shaped from items. */
export * from './item';
export * from './feed';
export * from './channel';
export * from './rss';
export * from './podcast';
export * from './json-feed';
export * from './icalendar';
