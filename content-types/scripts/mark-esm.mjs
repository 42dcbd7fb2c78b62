// dist/browser/ holds ES modules inside a CommonJS package: say so, for any tool that asks Node's rules.
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/browser/package.json', import.meta.url), '{ "type": "module" }\n');
