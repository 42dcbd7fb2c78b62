/**
 * @cchc/content-types: the one definition of the content model of the CCHC section.
 * The CMS builds its schemas from it, the site validates and types its data with it, and the
 * tests compare the running CMS against it.
 */
export * from './locales';
export * from './province-time';
export * from './slug';
export * from './blocks';
export * from './links';
export * from './uploads';
export * from './blocks-html';
export * from './fields';
export * from './define';
export * from './capabilities';
export * from './model';
export * from './strapi';
export * from './populate';
export * from './routes';
export * from './public-api';
export * as components from './components/shared';
export * from './public-history';
export * from './site-publisher';
export * from './press';
