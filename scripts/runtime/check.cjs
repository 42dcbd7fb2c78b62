/**
 * `import '@cchc/runtime/check'` as the first import of an entry point: it stops the process,
 * naming the Node it found, unless it runs on a supported Node. First, so that it runs before any
 * package that would fail on an old Node in a less readable way.
 */
'use strict';
const { basename } = require('node:path');
const { assertSupportedNode } = require('./index.cjs');

const what = process.env.npm_lifecycle_event
  ? `\`npm run ${process.env.npm_lifecycle_event}\``
  : `\`node ${basename(process.argv[1] || 'node')}\``;

try {
  assertSupportedNode(what);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
