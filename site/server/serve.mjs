// @ts-check
/**
 * Serves the built site: the static files of a build or of the publisher's live snapshot, with
 * compression and cache headers, and the answers that have no file of their own (from the
 * build's meta/routing.json): 301 from a changed slug's old address, 410 with a page in the
 * reader's language for a withdrawn document. Previews (`/_preview/`, their images and files
 * included) go to the publisher (site/publisher/), nothing else does. Every answer carries the
 * site's content security policy (policy.mjs). Reads HOST and PORT (default 127.0.0.1:4321),
 * SITE_DIST_DIR (a fixed build; default: `<SITE_DATA_DIR>/live` when the publisher made one,
 * else site/dist), SITE_DATA_DIR (the publisher's folder, default site/.site), PUBLISHER_URL
 * and CMS_PUBLIC_URL (the admin panel's origin, which may frame previews; default STRAPI_URL,
 * else http://127.0.0.1:1337).
 *
 *   node server/serve.mjs
 */
import '@cchc/runtime/check';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import http from 'node:http';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import compression from 'compression';
import send from 'send';
import { PREVIEW_PREFIX, adminOriginOf, contentSecurityPolicy } from './policy.mjs';
import { parseRouting } from './routing.mjs';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
/** The publisher's folder (site/publisher/config.ts reads the same variable). */
const dataDir = resolve(process.env.SITE_DATA_DIR?.trim() || join(siteDir, '.site'));
const liveDir = join(dataDir, 'live');
const buildDir = join(siteDir, 'dist');
const fixedDir = process.env.SITE_DIST_DIR?.trim() ? resolve(process.env.SITE_DIST_DIR.trim()) : undefined;
/**
 * What is served now: `<dir>/client` and `<dir>/meta` of a build (`astro build --outDir <dir>`)
 * or of the publisher's `live` symlink. Asked at each request, so a server started before the
 * publisher's first build serves `live` as soon as it exists.
 */
const servedDir = () => fixedDir ?? (existsSync(join(liveDir, 'client')) ? liveDir : buildDir);
if (!existsSync(join(servedDir(), 'client'))) {
  console.error(`No build found at ${servedDir()}: run \`npm run build -w site\` (or start the publisher) first.`);
  process.exit(1);
}
const publisherUrl = new URL(process.env.PUBLISHER_URL || 'http://127.0.0.1:4322');

const adminOrigin = adminOriginOf(process.env);

const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4321);

/** Hashed build assets and CMS uploads (named by their hash) never change; pages change at every publish. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGE = 'public, no-cache';
const OTHER_FILE = 'public, max-age=3600';
const LOCALE_PREFIXES = ['km', 'en'];
/**
 * The feeds, by file name (src/lib/feeds.ts, FEED_CONTENT_TYPES), where send would say
 * application/xml or application/json. They change with every publish, as pages do.
 * @type {Record<string, string>}
 */
const FEED_TYPES = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'podcast.xml': 'application/rss+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
  'lich.ics': 'text/calendar; charset=utf-8',
};

/**
 * The routing of the snapshot being served: read again when the `live` link points elsewhere
 * (the publisher swapped it) or the file changed, so a publish is answered by the next request.
 * A file that cannot be read or is not valid keeps the last good routing (and says why, once):
 * a bad publish must not stop the site.
 * @typedef {{ real: string, redirects: Record<string, string>, gone: Set<string> }} Routing
 * @type {Routing | undefined}
 */
let routing;
/** The snapshot and file version last read (good or bad): a bad file is not read at every request. */
let readKey = '';
/** @returns {Routing} */
function currentRouting() {
  let real;
  try {
    real = realpathSync(servedDir());
  } catch (error) {
    if (routing) return routing;
    throw error;
  }
  const file = join(real, 'meta', 'routing.json');
  const version = existsSync(file) ? statSync(file).mtimeMs : 0;
  const key = `${real}:${version}`;
  if (key === readKey && routing) return routing;
  readKey = key;
  try {
    const data = version ? parseRouting(readFileSync(file, 'utf8')) : { redirects: {}, gone: [] };
    routing = { real, redirects: data.redirects, gone: new Set(data.gone) };
  } catch (error) {
    const kept = routing ? `keeping the last good one (of ${routing.real})` : 'serving without redirects until a good one comes';
    console.error(`[site server] ${file} is not valid, ${kept}: ${/** @type {Error} */ (error).message}`);
    // The files are the new snapshot's all the same; only its routing is the old one.
    routing = { real, redirects: routing?.redirects ?? {}, gone: routing?.gone ?? new Set() };
  }
  return routing;
}

/** @param {string} path */
function localePrefixOf(path) {
  const first = path.split('/')[1] ?? '';
  return LOCALE_PREFIXES.includes(first) ? `/${first}` : '';
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} root
 * @param {string} path
 * @param {number} [status]
 */
function sendFile(req, res, root, path, status) {
  const stream = send(req, path, { root, index: ['index.html'], dotfiles: 'deny', etag: true, lastModified: true });
  stream.on('headers', (/** @type {unknown} */ _res, /** @type {string} */ file) => {
    const feedType = FEED_TYPES[basename(file)];
    // send sets a Content-Type only when none is set yet.
    if (feedType) res.setHeader('Content-Type', feedType);
    res.setHeader(
      'Cache-Control',
      status ? 'no-store' : /^\/(_astro|_img|files)\//.test(path) ? IMMUTABLE : file.endsWith('.html') || feedType ? PAGE : OTHER_FILE,
    );
    if (status) res.statusCode = status;
  });
  return stream;
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function serveStatic(req, res) {
  const url = new URL(req.url ?? '/', 'http://site');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const { real, redirects, gone } = currentRouting();
  const client = join(real, 'client');
  const moved = redirects[path];
  if (moved) {
    res.writeHead(301, { Location: `${moved}${url.search}`, 'Cache-Control': 'public, max-age=3600' }).end();
    return;
  }
  if (gone.has(path)) {
    sendFile(req, res, client, `${localePrefixOf(path)}/410/`, 410).pipe(res);
    return;
  }
  // send decodes the URL's path itself (and refuses `..`): give it the raw one.
  sendFile(req, res, client, url.pathname)
    .on('error', (/** @type {{ status?: number }} */ error) => {
      // A draft's images and files are not here: the publisher serves them, behind the preview's token.
      if (error.status === 404) notFound(req, res, client);
      else res.writeHead(error.status ?? 500).end();
    })
    .pipe(res);
}

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {string} client */
function notFound(req, res, client) {
  sendFile(req, res, client, '/404.html', 404).on('error', () => res.writeHead(404).end()).pipe(res);
}

/**
 * Only previews reach the publisher; it listens on loopback.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function proxyPreview(req, res) {
  const upstream = http.request(
    { host: publisherUrl.hostname, port: publisherUrl.port, path: req.url, method: 'GET', headers: { accept: req.headers.accept ?? '*/*' } },
    (answer) => {
      // The publisher's own policy for a preview, when it sends one, replaces the server's (set already).
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Xem trước tạm thời không khả dụng (the preview service is not running).');
  });
  upstream.end();
}

const compress = compression({
  // Text only (HTML, CSS, JS, SVG, XML, JSON): compression's default filter asks `compressible`.
  threshold: 1024,
  // Brotli quality 5: close to the best ratio at a fraction of quality 11's CPU time.
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
});

const server = http.createServer((req, res) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  const path = req.url ?? '/';
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(path, adminOrigin));
  // For browsers without frame-ancestors; a preview's framing is the policy's alone.
  if (!path.startsWith(PREVIEW_PREFIX)) res.setHeader('X-Frame-Options', 'DENY');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const answer = () => (path.startsWith(PREVIEW_PREFIX) ? proxyPreview(req, res) : serveStatic(req, res));
  // A part of a file is sent as it is: compression would compress the part but keep send's
  // Content-Range of the uncompressed file (expressjs/compression#185), a broken 206.
  if (req.headers.range) answer();
  // compression is Express middleware, but only uses Node's own request and response.
  else compress(/** @type {any} */ (req), /** @type {any} */ (res), answer);
});

server.listen(PORT, HOST, () => {
  console.log(`Serving ${fixedDir ?? `${liveDir} (or ${buildDir} until it exists)`} on http://${HOST}:${PORT}/`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
