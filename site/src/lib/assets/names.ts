/**
 * Where each CMS image variant and CMS file lives on the site, derived only from what a page
 * knows while it renders: the upload's file name, the variant's size and format, and the
 * settings it is encoded with. No bytes are read, so a page rendered alone (the publisher) names
 * exactly the files a full build makes.
 *
 *   /_img/<upload stem>-<width>[x<height>].<recipe>.<format>   an encoded image variant
 *   /files/<upload file name>                                  a file, copied as it is
 *
 * Strapi names each upload uniquely (its name plus a random suffix: `cover_6f7c11e89e.jpg`), so
 * the stem tells uploads apart. `<recipe>` is a short hash of how the variant is made (encoder,
 * quality, effort, crop, RECIPE_VERSION): change a setting and the names change with it, so a
 * file once published never gets other bytes under the same name.
 *
 * Plain TypeScript with erasable syntax only and node builtins only: Node runs it as it is.
 */
import { createHash } from 'node:crypto';
import type { AssetSource, FileAsset, ImageAsset, ImageFormat } from '../page-record.ts';

export const IMAGE_DIR = '/_img/';
export const FILE_DIR = '/files/';

/**
 * Bump when the way variants are made changes without a setting below changing (the resize
 * code, a sharp upgrade whose output differs): every variant then gets a new name.
 */
export const RECIPE_VERSION = 1;

/**
 * Encoder settings of each format: sharp's defaults made explicit (so that a new sharp default
 * cannot change bytes behind a name), except the effort. AVIF at sharp's default effort (4)
 * takes about 1.9 s per 1200 px image here, effort 2 about 0.2 s for a slightly larger file.
 */
export const ENCODERS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 80, effort: 4 },
  jpg: { quality: 80 },
  png: { compressionLevel: 6 },
} as const satisfies Record<ImageFormat, Record<string, number>>;

export const IMAGE_FORMATS = Object.keys(ENCODERS) as ImageFormat[];

export const IMAGE_TYPES: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** Everything that decides a variant's bytes besides its source and size. */
export interface Recipe {
  version: number;
  format: ImageFormat;
  encoder: Record<string, number>;
  /** `cover`: cropped to exactly width × height; otherwise scaled to the width, never enlarged. */
  fit: 'cover' | 'width';
}

export function recipeOf(asset: Pick<ImageAsset, 'format' | 'fit' | 'quality'>): Recipe {
  const encoder: Record<string, number> = { ...ENCODERS[asset.format] };
  if (asset.quality !== undefined) encoder.quality = asset.quality;
  return { version: RECIPE_VERSION, format: asset.format, encoder, fit: asset.fit === 'cover' ? 'cover' : 'width' };
}

function recipeTag(recipe: Recipe): string {
  const keys = Object.keys(recipe.encoder).sort();
  const canonical = JSON.stringify([recipe.version, recipe.format, keys.map((k) => [k, recipe.encoder[k]]), recipe.fit]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 8);
}

/** The upload's file name (`cover_6f7c11e89e.jpg`) from its URL, checked to be a plain file name. */
export function uploadFileName(source: string): string {
  const name = decodeURIComponent(new URL(source, 'http://cms.invalid/').pathname.split('/').pop() ?? '');
  if (!/^[\w-][\w.-]*$/.test(name)) throw new Error(`Unexpected CMS file name in ${source}`);
  return name;
}

function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function checkImage(asset: Omit<ImageAsset, 'kind'>): void {
  const positive = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n > 0);
  if (!positive(asset.width) || !positive(asset.height)) throw new Error(`Image sizes are whole pixels: ${JSON.stringify(asset)}`);
  if (asset.fit === 'cover' && asset.height === undefined) throw new Error(`A cropped image needs a height: ${asset.source}`);
  if (asset.fit !== 'cover' && asset.height !== undefined) throw new Error(`Only a cropped image has a height: ${asset.source}`);
  if (!(asset.format in ENCODERS)) throw new Error(`Unknown image format ${asset.format}`);
  if (asset.quality !== undefined && !(Number.isInteger(asset.quality) && asset.quality >= 1 && asset.quality <= 100)) {
    throw new Error(`Image quality is 1 to 100: ${asset.quality}`);
  }
}

/**
 * Paths already named, by everything that names them: a build names the same few variants on
 * thousands of pages (each page's cover, at three widths in three formats), and each naming
 * parses a URL and hashes a recipe.
 */
const namedImages = new Map<string, string>();
const NAMED_MAX = 100_000;

/**
 * What tells a variant apart from the other variants of its upload: `800.3fa2c1d0.avif` (size,
 * recipe, format). With the upload's bytes, it decides the variant's bytes (the cache's key).
 */
export function variantName(asset: Omit<ImageAsset, 'kind' | 'source'>): string {
  const size = asset.height === undefined ? `${asset.width}` : `${asset.width}x${asset.height}`;
  return `${size}.${recipeTag(recipeOf(asset))}.${asset.format}`;
}

/** The site path of an image variant: `/_img/cover_6f7c11e89e-800.3fa2c1d0.avif`. */
export function imagePath(asset: Omit<ImageAsset, 'kind'>): string {
  const key = [asset.source, asset.width, asset.height, asset.format, asset.fit, asset.quality].join('\0');
  let path = namedImages.get(key);
  if (path === undefined) {
    checkImage(asset);
    path = `${IMAGE_DIR}${stemOf(uploadFileName(asset.source))}-${variantName(asset)}`;
    if (namedImages.size >= NAMED_MAX) namedImages.clear();
    namedImages.set(key, path);
  }
  return path;
}

/** The site path of a file: `/files/report_9c1d2e3f4a.pdf`. */
export function filePath(asset: Omit<FileAsset, 'kind'>): string {
  return `${FILE_DIR}${uploadFileName(asset.source)}`;
}

/** The site path an asset is published at. */
export function assetPath(asset: AssetSource): string {
  return asset.kind === 'image' ? imagePath(asset) : filePath(asset);
}
