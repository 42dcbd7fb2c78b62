import '@cchc/runtime/check';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { cmsAssets } from './src/integrations/cms-assets';
import { siteUrl } from './src/lib/env';

const site = new URL(siteUrl());

export default defineConfig({
  site: site.toString(),
  output: 'static',
  // Where transformed images are kept between builds (SITE_CACHE_DIR; default node_modules/.astro).
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  // Static pages; later on-demand routes (draft preview, form posts) set `prerender = false`.
  adapter: node({ mode: 'standalone' }),
  // Nothing of ours keeps server-side sessions (the adapter would otherwise set up a file store).
  session: false,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between elements on separate lines, which
  // joins the words of neighbouring inline elements in the text that readers copy, print and
  // search ("Sự kiệnHội nghị25/06/2025"). `true` removes only what cannot change the text.
  compressHTML: true,
  build: {
    format: 'directory',
    // One cacheable stylesheet for every page, never inlined copies.
    inlineStylesheets: 'never',
  },
  // CMS images and files: src/lib/assets/ (encoder settings in names.ts), not astro:assets.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), cmsAssets()],
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
