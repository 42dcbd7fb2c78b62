/**
 * The project's Node.js runtime, in one place.
 *
 * The supported versions are the root package.json's `engines.node`. Every entry point of ours
 * (the run script, the CMS, the site build, the site server, the test runner, the benchmarks)
 * begins with `import '@cchc/runtime/check'` (check.cjs), so nothing silently runs on an older
 * Node that happens to be first on PATH. Where the machine's Node is older, `install.cjs` (the root `preinstall`) fetches
 * the pinned Node below from the npm registry and links it as `node_modules/.bin/node`, which npm
 * puts first on PATH for every script it runs.
 *
 * Plain CommonJS on purpose: it must load on the old Node it refuses (and from the CMS's
 * CommonJS build), so that the refusal is a sentence rather than a syntax error.
 */
'use strict';
const { join, resolve } = require('node:path');
const semver = require('semver');

const ROOT = resolve(__dirname, '..', '..');

/** The Node.js that the install fetches when the machine's is not supported. */
const PINNED = {
  version: '24.22.3',
  // `npm view node-<platform>-<arch>@<version> dist.integrity`: checked again after download.
  integrity: {
    'linux-x64': 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
    'linux-arm64': 'sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==',
  },
};

/** Where the fetched Node lives: outside node_modules, so `npm ci` does not fetch it again. */
const RUNTIME_DIR = join(ROOT, '.runtime');

function supportedRange() {
  return require(join(ROOT, 'package.json')).engines.node;
}

function isSupported(version) {
  return semver.satisfies(version, supportedRange());
}

function assertSupportedNode(what) {
  if (isSupported(process.versions.node)) return;
  throw new Error(
    `${what} needs Node.js ${supportedRange()}, but this is Node.js ${process.version} (${process.execPath}). ` +
      'Run it through npm (npm start, npm test, npm run …): npm puts the project\'s Node.js 24 ' +
      '(node_modules/.bin/node, fetched by `npm install` where the machine\'s Node is older) first on PATH. ' +
      'Or install Node.js 24 LTS on this machine.',
  );
}

module.exports = { PINNED, RUNTIME_DIR, ROOT, supportedRange, isSupported, assertSupportedNode };
