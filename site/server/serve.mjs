// @ts-check
/**
 * Serves the built site (`npm run build` first): the static pages and assets, and any
 * on-demand routes, through @astrojs/node's handler, with compression and cache headers in
 * front of it. Reads HOST and PORT (default 127.0.0.1:4321) and SITE_DIST_DIR (default site/dist).
 *
 *   node server/serve.mjs
 */
import '@cchc/runtime/check';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import compression from 'compression';

// SITE_DIST_DIR: a build made with `astro build --outDir <dir>` (default site/dist).
const distDir = process.env.SITE_DIST_DIR ? resolve(process.env.SITE_DIST_DIR) : fileURLToPath(new URL('../dist', import.meta.url));
const entry = join(distDir, 'server', 'entry.mjs');
if (!existsSync(entry)) {
  console.error(`No build found at ${distDir}: run \`npm run build -w site\` first.`);
  process.exit(1);
}

// The adapter starts its own server on import in standalone mode; we wrap its handler instead.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse) => void }} */
const { handler } = await import(pathToFileURL(entry).href);

const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4321);

/**
 * Hashed build assets (/_astro/) and image variants (/_img/, named by upload and encoder
 * settings: src/lib/assets/names.ts) are not expected to change; pages change at every publish,
 * so browsers check back soon.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGE = 'public, max-age=300, must-revalidate';
const OTHER_FILE = 'public, max-age=3600';

/**
 * Static files are served by `send`, which marks them `public, max-age=0` (or immutable under
 * /_astro/). Just before the headers go out, that default is replaced by our policy. Responses of
 * on-demand routes (previews, forms) never carry send's default and keep their own headers.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function cachePolicy(req, res) {
  const writeHead = res.writeHead;
  /** @param {any[]} args */
  const patched = function (...args) {
    if (res.getHeader('Cache-Control') === 'public, max-age=0') {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const type = String(res.getHeader('Content-Type') ?? '');
      res.setHeader(
        'Cache-Control',
        path.startsWith('/_astro/') || path.startsWith('/_img/') ? IMMUTABLE : type.startsWith('text/html') ? PAGE : OTHER_FILE,
      );
    }
    return writeHead.apply(res, /** @type {any} */ (args));
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (patched);
}

const compress = compression({
  // Text only (HTML, CSS, JS, SVG, XML, JSON): compression's default filter asks `compressible`.
  threshold: 1024,
  // Brotli quality 5: close to the best ratio at a fraction of quality 11's CPU time.
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
});

const server = http.createServer((req, res) => {
  cachePolicy(req, res);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  // compression is Express middleware, but only uses Node's own request and response.
  compress(/** @type {any} */ (req), /** @type {any} */ (res), () => handler(req, res));
});

server.listen(PORT, HOST, () => {
  console.log(`Serving ${distDir} on http://${HOST}:${PORT}/`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
