/**
 * Press item reads (see ../README.md, "Item reads"): `readPressItem`, the read behind
 * `GET /api/press/items/:type/:documentId`, and the listener that keeps its answers current.
 */
export { readPressItem, itemCacheOf } from './read';
export { pressItemsListener } from './listener';
export { ITEM_FORMATS, type ItemFormat } from './params';
