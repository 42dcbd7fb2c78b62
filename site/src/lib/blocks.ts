/** Helpers for rendering Strapi blocks as HTML (see src/components/blocks/). */
import type { InlineNode, ListItemNode, ListNode } from '@cchc/content-types';

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
