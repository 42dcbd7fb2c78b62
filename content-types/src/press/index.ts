/** Press syndication: the one internal representation of an item and the change feed's entries. */
export * from './item';
export * from './feed';
export * from './item-schema';
export * from './openapi';
export * from './webhook';
export * from './uri';
export * from './item-of';
export * from './ninjs';
