/**
 * `@cchc/content-types/site-publisher`: the CMS ↔ publisher protocol (schemas, paths, Standard
 * Webhooks signing, preview tokens). Node only (node:crypto, standardwebhooks).
 */
export * from '../site-publisher';
