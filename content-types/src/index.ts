/**
 * @cchc/content-types: the one definition of the content model of the CCHC section.
 * The CMS builds its schemas from it, the site validates and types its data with it, and the
 * tests compare the running CMS against it.
 *
 * The root is the three subpath exports together (Node only); a consumer that needs one part
 * imports its subpath (`/model`, `/press`, `/site-publisher`), and the browser only `/model`.
 */
export * from './exports/model';
export * from './exports/press';
export * from './exports/site-publisher';
