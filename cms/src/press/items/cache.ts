/**
 * The item reads' answers, computed once and kept in this process until a change drops them
 * (the `press-items` listener, `listener.ts`): newsrooms and their crawlers poll the same items
 * again and again, and a kept answer costs a map lookup where computing it costs a dozen queries.
 *
 * - Each answer is filed under every document it shows: its own, and the terms and documents it
 *   names (a term renamed, unpublished or deleted changes the items filed under it). A change to
 *   a document drops every answer filed under it, in every locale and format.
 * - An answer being computed while a change comes in may have read the state before it: it is
 *   given to its callers but not kept (the drop count moved), and callers after the change do
 *   not wait on it.
 * - Concurrent misses of one answer wait on one computation.
 * - Bounded by size, least recently used first out.
 */
import { LRUCache } from 'lru-cache';
import type { PressAnswer } from '../answer';

export interface Computed {
  answer: PressAnswer;
  /** Every document the answer shows, as `type/documentId` (see `refKey`). */
  refs: string[];
}

export const refKey = (type: string, documentId: string) => `${type}/${documentId}`;

/** Room for some thousands of items in two formats (a ninjs item is a few kB to some tens). */
const MAX_BYTES = 64 * 1024 * 1024;

export class AnswerCache {
  private readonly answers: LRUCache<string, Computed>;
  private readonly byRef = new Map<string, Set<string>>();
  private readonly pending = new Map<string, Promise<PressAnswer>>();
  private drops = 0;

  constructor(maxBytes = MAX_BYTES) {
    this.answers = new LRUCache<string, Computed>({
      maxSize: maxBytes,
      // UTF-16 in memory, and the entry's own keep.
      sizeCalculation: (c) => c.answer.body.length * 2 + 256,
      dispose: (c, key) => this.unfile(key, c.refs),
    });
  }

  async answer(key: string, compute: () => Promise<Computed>): Promise<PressAnswer> {
    const kept = this.answers.get(key);
    if (kept) return kept.answer;
    const running = this.pending.get(key);
    if (running) return running;
    const dropsBefore = this.drops;
    const work = compute()
      .then((computed) => {
        if (this.drops === dropsBefore) this.keep(key, computed);
        return computed.answer;
      })
      .finally(() => {
        if (this.pending.get(key) === work) this.pending.delete(key);
      });
    this.pending.set(key, work);
    return work;
  }

  /** A document changed: every answer that shows it goes. */
  drop(ref: string): void {
    this.drops += 1;
    this.pending.clear();
    for (const key of [...(this.byRef.get(ref) ?? [])]) this.answers.delete(key);
  }

  get size(): number {
    return this.answers.size;
  }

  private keep(key: string, computed: Computed): void {
    this.answers.set(key, computed);
    for (const ref of computed.refs) {
      let keys = this.byRef.get(ref);
      if (!keys) this.byRef.set(ref, (keys = new Set()));
      keys.add(key);
    }
  }

  private unfile(key: string, refs: string[]): void {
    for (const ref of refs) {
      const keys = this.byRef.get(ref);
      keys?.delete(key);
      if (keys?.size === 0) this.byRef.delete(ref);
    }
  }
}
