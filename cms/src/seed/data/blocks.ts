/**
 * Shorthand for rich text in the demo data: plain strings are paragraphs, `h()` a heading,
 * `ul()`/`ol()` a list. Builds Strapi "blocks" as the definition validates them.
 */
import { paragraphs, type Block, type Blocks } from '@cchc/content-types';

export function h(text: string): Block {
  return { type: 'heading', level: 2, children: [{ type: 'text', text }] };
}

function list(format: 'ordered' | 'unordered', items: string[]): Block {
  return { type: 'list', format, children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })) };
}

export const ul = (...items: string[]): Block => list('unordered', items);
export const ol = (...items: string[]): Block => list('ordered', items);

export function quote(text: string): Block {
  return { type: 'quote', children: [{ type: 'text', text }] };
}

/** A body from paragraphs (strings) and other blocks, in order. */
export function body(...parts: (string | Block)[]): Blocks {
  return parts.flatMap((part) => (typeof part === 'string' ? paragraphs(part) : [part]));
}
