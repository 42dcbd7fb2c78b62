import '@cchc/runtime/check';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import { buildStart } from './src/integrations/build-start';
import { cmsAssets } from './src/integrations/cms-assets';
import { sitePages } from './src/integrations/site-pages';
import { siteUrl } from './src/lib/env';

const site = new URL(siteUrl());

/**
 * The same site is built two ways (docs/adr/003-static-snapshots-and-renderer.md):
 * - the full build (default): every page pre-rendered into `dist/client/`, plus `dist/meta/`;
 * - the renderer (`SITE_BUILD=renderer`, into `dist-renderer/`): every route on demand, a
 *   handler that the publisher loads to re-render the pages a change touches and previews.
 */
const renderer = process.env.SITE_BUILD === 'renderer';

export default defineConfig({
  site: site.toString(),
  output: renderer ? 'server' : 'static',
  ...(renderer ? { outDir: './dist-renderer' } : {}),
  // Where transformed images are kept between builds (SITE_CACHE_DIR; default node_modules/.astro).
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  // The renderer's handler is called by the publisher, whole pages at a time (no streaming).
  adapter: node({ mode: renderer ? 'middleware' : 'standalone', experimentalDisableStreaming: true }),
  // Nothing of ours keeps server-side sessions (the adapter would otherwise set up a file store).
  session: false,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between elements on separate lines, which
  // joins the words of neighbouring inline elements in the text that readers copy, print and
  // search ("Sự kiệnHội nghị25/06/2025"). `true` removes only what cannot change the text.
  compressHTML: true,
  build: {
    format: 'directory',
    // Pages rendered at once. With one, rendering stops while each page's folder and file are
    // written (12,000 of them at 10,000 documents; slow on a busy disk); with a few, the writes
    // of some overlap the rendering of others. Page records are per render (src/middleware.ts).
    // Measured at 10,000 documents (scripts/bench-build.ts): 2 to 16 all beat 1 by about a
    // quarter of the build's time, with the same peak memory and the same output.
    concurrency: 4,
    // One cacheable stylesheet for every page, never inlined copies.
    inlineStylesheets: 'never',
  },
  // CMS images and files: src/lib/assets/ (encoder settings in names.ts), not astro:assets. The
  // page records and routing for the publisher (meta/) come with the full build only, and so
  // does its early start (the content load and the old output's removal, in the background).
  integrations: [cmsAssets(), ...(renderer ? [] : [sitePages(), buildStart()])],
  security: {
    // Form posts to on-demand routes are accepted only from the site's own address.
    allowedDomains: [{ protocol: site.protocol.replace(':', ''), hostname: site.hostname, ...(site.port ? { port: site.port } : {}) }],
  },
  vite: {
    // The content model is a CommonJS workspace package: let Node load it rather than Vite, in
    // every server-side environment (content sync runs in `astro`, page rendering in `prerender`).
    environments: Object.fromEntries(
      ['ssr', 'prerender', 'astro'].map((name) => [name, { resolve: { external: ['@cchc/content-types'] } }]),
    ),
  },
  prefetch: false,
  devToolbar: { enabled: false },
});
