/**
 * The root `preinstall`: make sure the project has a supported Node.js to run on.
 *
 *  - The machine's Node is supported (see `engines` in the root package.json): nothing is
 *    fetched, and npm scripts run on it.
 *  - It is older: the pinned Node.js 24 comes from the npm registry (package
 *    `node-<platform>-<arch>`, a whole Node build), is checked against the integrity pinned in
 *    index.cjs, kept in `.runtime/` (so a later `npm ci` reuses it), and linked as
 *    `node_modules/.bin/node`. npm puts that folder first on PATH for every script, so the CMS,
 *    the site, the tests and the benchmarks all run on it.
 *
 * The native addons in the tree (better-sqlite3 13, sharp) ship Node-API builds in their npm
 * packages, so nothing is compiled against the old Node's headers meanwhile.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { join, relative } = require('node:path');
const { PINNED, ROOT, RUNTIME_DIR, isSupported, supportedRange } = require('./index.cjs');

const BIN_LINK = join(ROOT, 'node_modules', '.bin', 'node');
const log = (line) => console.log(`[runtime] ${line}`);

function versionOf(nodeBinary) {
  try {
    return execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  } catch {
    return undefined;
  }
}

function removeOurLink() {
  try {
    if (fs.readlinkSync(BIN_LINK).includes('.runtime')) fs.unlinkSync(BIN_LINK);
  } catch {
    // no link, or not ours
  }
}

function sha512(file) {
  return `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/** `npm pack` fetches through npm's own registry settings and cache; we check the bytes again. */
function fetchNode(target, platform) {
  const name = `node-${platform}@${PINNED.version}`;
  const integrity = PINNED.integrity[platform];
  if (!integrity) {
    throw new Error(
      `No Node.js ${PINNED.version} is pinned for ${platform}. Install Node.js 24 LTS on this machine ` +
        `(the project supports ${supportedRange()}) and run npm install again.`,
    );
  }
  fs.mkdirSync(RUNTIME_DIR, { recursive: true });
  const work = fs.mkdtempSync(join(RUNTIME_DIR, 'fetch-'));
  try {
    log(`fetching ${name} from the npm registry (about 30 MB)…`);
    const npm = process.env.npm_execpath;
    const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
    const out = execFileSync(command, [...args, 'pack', name, '--json', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tarball = join(work, JSON.parse(out)[0].filename);
    const actual = sha512(tarball);
    if (actual !== integrity) throw new Error(`${name}: integrity ${actual} is not the pinned ${integrity}; not using it.`);
    const unpacked = join(work, 'unpacked');
    fs.mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
    if (versionOf(join(unpacked, 'bin', 'node')) !== PINNED.version) throw new Error(`${name} does not run here.`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(unpacked, target);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The machine's Node is the one running npm. (This script itself may already run on the
 * project's Node: npm resolves `node` through node_modules/.bin.)
 */
function machineNode() {
  const path = process.env.npm_node_execpath || process.execPath;
  return { path, version: versionOf(path) || process.versions.node };
}

function main() {
  const machine = machineNode();
  if (isSupported(machine.version)) {
    removeOurLink();
    log(`using this machine's Node.js ${machine.version} (${machine.path}; supported: ${supportedRange()})`);
    return;
  }
  const platform = `${process.platform}-${process.arch}`;
  const target = join(RUNTIME_DIR, `node-v${PINNED.version}-${platform}`);
  const node = join(target, 'bin', 'node');
  if (versionOf(node) === PINNED.version) {
    log(`this machine has Node.js ${machine.version}; using the project's Node.js ${PINNED.version} in ${relative(ROOT, target)}`);
  } else {
    fetchNode(target, platform);
    log(`Node.js ${PINNED.version} is in ${relative(ROOT, target)}`);
  }
  fs.mkdirSync(join(ROOT, 'node_modules', '.bin'), { recursive: true });
  fs.rmSync(BIN_LINK, { force: true });
  fs.symlinkSync(relative(join(ROOT, 'node_modules', '.bin'), node), BIN_LINK);
  log(`npm scripts run on it: node_modules/.bin/node -> ${relative(ROOT, node)}`);
}

try {
  main();
} catch (error) {
  console.error(`[runtime] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
