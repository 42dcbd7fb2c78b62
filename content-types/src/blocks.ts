/**
 * Strapi's "blocks" rich text, as the REST API returns it. Validated here so that the site
 * renders only known node types (it never injects HTML from the CMS).
 */
import { z } from 'zod';

export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
export type TextNode = z.infer<typeof textNodeSchema>;

export const linkNodeSchema = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNodeSchema),
});
export type LinkNode = z.infer<typeof linkNodeSchema>;

export type InlineNode = TextNode | LinkNode;
const inlineSchema = z.union([textNodeSchema, linkNodeSchema]);

export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (ListItemNode | ListNode)[];
};

const listItemSchema = z.object({ type: z.literal('list-item'), children: z.array(inlineSchema) });
const listSchema: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(z.union([listItemSchema, listSchema])),
  }),
);

const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.string().nullable().optional(),
    width: z.number().nullable().optional(),
    height: z.number().nullable().optional(),
    caption: z.string().nullable().optional(),
  }),
  children: z.array(z.unknown()).optional(),
});

export const blockSchema = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inlineSchema) }),
  z.object({
    type: z.literal('heading'),
    level: z.number().int().min(1).max(6),
    children: z.array(inlineSchema),
  }),
  z.object({ type: z.literal('quote'), children: z.array(inlineSchema) }),
  z.object({
    type: z.literal('code'),
    language: z.string().optional(),
    children: z.array(textNodeSchema),
  }),
  listSchema,
  imageBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;

export const blocksSchema = z.array(blockSchema);
export type Blocks = z.infer<typeof blocksSchema>;

/** Builds blocks from plain paragraphs; used by the demo seed and by tests. */
export function paragraphs(...texts: string[]): Blocks {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/** The plain text of blocks, for summaries, search and feeds. */
export function blocksToText(blocks: Blocks | null | undefined): string {
  const inline = (nodes: InlineNode[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : inline(n.children))).join('');
  const list = (node: ListNode): string =>
    node.children.map((c) => (c.type === 'list' ? list(c) : inline(c.children))).join('\n');
  return (blocks ?? [])
    .map((b) => {
      switch (b.type) {
        case 'list':
          return list(b);
        case 'image':
          return b.image.alternativeText ?? '';
        default:
          return inline(b.children as InlineNode[]);
      }
    })
    .filter(Boolean)
    .join('\n\n');
}

// ---- rendering helpers, shared by the site's components and blocksToHtml ----------------

export interface ListEntry {
  item: ListItemNode | null;
  nested: ListNode[];
}

/**
 * Strapi puts a nested list next to the items, as a sibling; HTML wants it inside the item
 * before it. A nested list with no item before it gets an empty item of its own.
 */
export function groupListItems(list: ListNode): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const child of list.children) {
    if (child.type === 'list-item') entries.push({ item: child, nested: [] });
    else if (entries.length) entries[entries.length - 1]!.nested.push(child);
    else entries.push({ item: null, nested: [child] });
  }
  return entries;
}

/** Whether inline content has any visible text (editors leave empty paragraphs behind). */
export function hasText(nodes: InlineNode[]): boolean {
  return nodes.some((n) => (n.type === 'text' ? n.text.trim() !== '' : hasText(n.children)));
}

/** Heading levels inside a document start below its title (h1) and never skip upwards. */
export function headingLevel(level: number, min = 2): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(min, level)) as 2 | 3 | 4 | 5 | 6;
}
