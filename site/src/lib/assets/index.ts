/**
 * The asset pipeline of CMS images and files, shared by the static build and the publisher:
 * pages name their assets (names.ts) and record them (../page-record.ts); writeAssets makes
 * them exist in a built site (write.ts), from uploads cached once (originals.ts).
 *
 *   import { writeAssets } from './site/src/lib/assets/index.ts';   // plain Node 24 is enough
 */
export { ENCODERS, FILE_DIR, IMAGE_DIR, IMAGE_FORMATS, IMAGE_TYPES, RECIPE_VERSION, assetPath, filePath, imagePath, recipeOf, uploadFileName, variantName, type Recipe } from './names.ts';
export { originalFile, probeImage, sourceUrl, type CmsSource } from './originals.ts';
export { NotAnUpload, cmsUploadUrl, isCmsUpload } from './uploads.ts';
export { encodeImage, writeAssets, type WriteAssetsOptions, type WriteAssetsReport } from './write.ts';
export type { AssetSource, FileAsset, ImageAsset, ImageFormat } from '../page-record.ts';
