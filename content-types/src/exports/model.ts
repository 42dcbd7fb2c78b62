/**
 * `@cchc/content-types/model`: the content model and what is derived from it without I/O (types,
 * fields, labels, capabilities, validators, URLs, locales, the province's time, rich text).
 * Browser-safe: the admin panel's bundle imports it, so nothing reachable from here may need Node
 * (tests/unit/model-export.test.ts walks its imports; the browser build compiles it without
 * Node's types).
 */
export * from '../locales';
export * from '../province-time';
export * from '../slug';
export * from '../blocks';
export * from '../links';
export * from '../uploads';
export * from '../blocks-html';
export * from '../fields';
export * from '../define';
export * from '../capabilities';
export * from '../model';
export * from '../strapi';
export * from '../populate';
export * from '../routes';
export * from '../public-api';
export * as components from '../components/shared';
export * from '../public-history';
