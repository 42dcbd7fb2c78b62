/**
 * Strapi "blocks" rich text as an HTML string, for those who take the text away rather than
 * read it on our pages: the press (ninjs bodies), feeds (RSS `content:encoded`, JSON Feed
 * `content_html`). It says what the site's components say (site/src/components/blocks/), with
 * the same helpers: the same elements, marks and headings, links only through `safeHref`.
 *
 * Safe by construction, so no sanitiser has to guess afterwards: the blocks were validated to
 * known node types (`blocksSchema`), every text and attribute value is escaped here, and the only
 * markup is what this module writes. `tests/cms/press-items.test.ts` parses generated output.
 */
import {
  groupListItems,
  hasText,
  headingLevel,
  type Blocks,
  type InlineNode,
  type ListNode,
  type TextNode,
} from './blocks';
import { isExternal, safeHref } from './links';

export interface BlocksHtmlOptions {
  /** The lowest heading level inside: 2 under the item's own title, 3 under a section heading. */
  minHeading?: number;
  /**
   * Relative links are made absolute against this (the item's canonical URL): the text is read
   * away from our site, where a relative link would lead nowhere.
   */
  baseUrl?: string;
  /** The address to show an image block's file at (absolute); an image without one is left out. */
  imageSrc?: (url: string) => string | undefined;
}

/** The five characters that can end a text or an attribute value (`&` too: `&colon;` is `:`). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Attributes = Record<string, string | number | undefined>;

/** ` name="value"` for each attribute that has a value. */
function attributesOf(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

function element(tag: string, inner: string, attributes: Attributes = {}): string {
  return `<${tag}${attributesOf(attributes)}>${inner}</${tag}>`;
}

const MARKS = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
  ['code', 'code'],
] as const;

/** One text node with its marks, nested in the site's order; soft line breaks become `<br>`. */
function text(node: TextNode): string {
  const plain = node.text.split('\n').map(escapeHtml).join('<br>');
  return MARKS.filter(([mark]) => node[mark])
    .reverse()
    .reduce((inner, [, tag]) => element(tag, inner), plain);
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * A link's target as the reader will follow it, or undefined when it is not one we allow. With
 * a base, as a browser would resolve it there: relative links made absolute, and a link no
 * browser could follow ("http:" alone) shown as text.
 */
function linkTarget(url: string, baseUrl: string | undefined): string | undefined {
  const href = safeHref(url);
  if (href === undefined || !baseUrl) return href;
  try {
    const resolved = new URL(href, baseUrl);
    return LINK_PROTOCOLS.has(resolved.protocol) ? resolved.toString() : undefined;
  } catch {
    return undefined;
  }
}

function inline(nodes: InlineNode[], options: BlocksHtmlOptions): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return text(node);
      const children = node.children.map(text).join('');
      const href = linkTarget(node.url, options.baseUrl);
      if (href === undefined) return element('span', children);
      return element('a', children, { href, rel: isExternal(href) ? 'noopener' : undefined });
    })
    .join('');
}

function list(node: ListNode, options: BlocksHtmlOptions): string {
  const items = groupListItems(node).map(({ item, nested }) =>
    element('li', (item ? inline(item.children, options) : '') + nested.map((n) => list(n, options)).join('')),
  );
  return element(node.format === 'ordered' ? 'ol' : 'ul', items.join(''));
}

export function blocksToHtml(blocks: Blocks | null | undefined, options: BlocksHtmlOptions = {}): string {
  const minHeading = options.minHeading ?? 2;
  return (blocks ?? [])
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return hasText(block.children) ? element('p', inline(block.children, options)) : '';
        case 'heading':
          return element(`h${headingLevel(block.level, minHeading)}`, inline(block.children, options));
        case 'quote':
          return element('blockquote', element('p', inline(block.children, options)));
        case 'code':
          return element('pre', element('code', escapeHtml(block.children.map((c) => c.text).join(''))));
        case 'list':
          return list(block, options);
        case 'image': {
          // Only an http(s) address: the resolver's answer is trusted, but not to be a script.
          const src = options.imageSrc?.(block.image.url);
          if (!src || !/^https?:\/\//i.test(src)) return '';
          const { alternativeText, caption, width, height } = block.image;
          const img = `<img${attributesOf({ src, alt: alternativeText || caption || '', width: width ?? undefined, height: height ?? undefined })}>`;
          return element('figure', img + (caption ? element('figcaption', escapeHtml(caption)) : ''));
        }
        default:
          return '';
      }
    })
    .join('');
}
