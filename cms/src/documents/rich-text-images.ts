/**
 * A rich-text image block names one of our uploads, by id, and carries that upload's own
 * address. Strapi's blocks validator accepts any string as an image's URL, and the site once
 * fetched whatever a block named (issue 15). So on every write:
 * - an image block whose `image.id` is not the id of an existing image upload
 *   (`plugin::upload.file`) is refused, in Vietnamese;
 * - an image anywhere but at the top of the blocks (inside a list, a quote, a paragraph) is
 *   refused: the editor never puts one there, and the site does not render one there;
 * - a good block's url, name, sizes and formats are rewritten from the file row, whatever the
 *   request said, so the stored URL is always the upload's.
 * The block's alternative text and caption are the editor's and are kept.
 */
import type { Core } from '@strapi/strapi';
import { isRichText, typeByName } from '@cchc/content-types';
import { refuse } from '../permissions/refusal';

const UPLOAD_FILE = 'plugin::upload.file';

/** The file row's fields that an image block carries (what Strapi's editor copies in, and its validator asks for). */
const FILE_FIELDS = ['id', 'documentId', 'name', 'url', 'previewUrl', 'hash', 'ext', 'mime', 'size', 'width', 'height', 'formats', 'provider', 'createdAt', 'updatedAt'] as const;

type Node = Record<string, unknown>;
type FileRow = Record<(typeof FILE_FIELDS)[number], unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a node of a block's children, at any depth, is an image (where none may be). */
function hasNestedImage(children: unknown): boolean {
  if (!Array.isArray(children)) return false;
  return children.some((child) => isNode(child) && (child.type === 'image' || hasNestedImage(child.children)));
}

/** The id an image block names, if it is one a file row can have (a positive whole number). */
function uploadIdOf(block: Node): number | undefined {
  const image = block.image;
  if (!isNode(image)) return undefined;
  const id = image.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The block as stored: the upload's own fields, the editor's text. */
function imageBlockOf(block: Node, file: FileRow): Node {
  const image = block.image as Node;
  const fromFile = Object.fromEntries(FILE_FIELDS.map((key) => [key, file[key] ?? null]));
  // As the REST API gives them: PostgreSQL returns decimals as strings and dates as Dates.
  for (const key of ['createdAt', 'updatedAt'] as const) if (fromFile[key] instanceof Date) fromFile[key] = (fromFile[key] as Date).toISOString();
  fromFile.size = Number(fromFile.size);
  return {
    type: 'image',
    image: { ...fromFile, alternativeText: optionalText(image.alternativeText), caption: optionalText(image.caption) },
    children: [{ type: 'text', text: '' }],
  };
}

async function imageUploads(strapi: Core.Strapi, ids: number[]): Promise<Map<number, FileRow>> {
  if (!ids.length) return new Map();
  const rows = (await strapi.db.query(UPLOAD_FILE).findMany({ where: { id: { $in: ids } }, select: [...FILE_FIELDS] })) as FileRow[];
  return new Map(rows.filter((row) => typeof row.mime === 'string' && row.mime.startsWith('image/')).map((row) => [row.id as number, row]));
}

/** One rich-text value, checked and rewritten; anything that is not an array is Strapi's to judge. */
async function resolveBlocks(strapi: Core.Strapi, blocks: unknown): Promise<unknown> {
  if (!Array.isArray(blocks)) return blocks;
  if (blocks.some((block) => isNode(block) && hasNestedImage(block.children))) {
    refuse('Ảnh trong nội dung chỉ được đặt thành một khối riêng, không nằm trong danh sách, trích dẫn hay đoạn văn.');
  }
  const images = blocks.filter((block): block is Node => isNode(block) && block.type === 'image');
  if (!images.length) return blocks;
  const ids = images.map(uploadIdOf);
  if (ids.some((id) => id === undefined)) refuse('Ảnh trong nội dung phải được chọn từ thư viện tệp của hệ thống.');
  const files = await imageUploads(strapi, ids as number[]);
  if (ids.some((id) => !files.has(id!))) refuse('Ảnh trong nội dung không có trong thư viện tệp của hệ thống (có thể đã bị xoá). Hãy chọn lại ảnh.');
  return blocks.map((block) => (isNode(block) && block.type === 'image' ? imageBlockOf(block, files.get(uploadIdOf(block)!)!) : block));
}

/** The write's data with every rich-text field of the type checked and its image blocks rewritten. */
export async function resolveImageBlocks(strapi: Core.Strapi, typeName: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const richTextKeys = Object.entries(typeByName(typeName).fields)
    .filter(([, field]) => isRichText(field))
    .map(([key]) => key);
  const out = { ...data };
  for (const key of richTextKeys) if (key in out) out[key] = await resolveBlocks(strapi, out[key]);
  return out;
}
