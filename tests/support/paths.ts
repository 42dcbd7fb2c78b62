import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = resolve(ROOT, 'cms');
export const SITE_DIR = resolve(ROOT, 'site');
