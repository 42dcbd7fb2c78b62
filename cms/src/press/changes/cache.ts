/**
 * Feed pages already answered, kept in memory (bounded by bytes, least recently used out).
 *
 * A full page (`more: true`) never changes: the feed only grows after its high-water mark, so
 * the n changes after a cursor stay the same n. The last page does change, when a change is
 * kept. Every last page is stored under a generation, and a new generation makes all of them
 * stale. Two things start one:
 * - this process's writer keeping a change (`changed()`, from the listener): at once;
 * - a change kept by another CMS process's writer (the listeners share their cursor, so this
 *   process's listener never sees that event): `refresh` asks the projection's high-water mark
 *   (its largest event id, one index lookup) at most once per `recheckMs`, shared by all
 *   requests, and starts a generation when it moved. A last page is thus at most `recheckMs`
 *   behind another process's writes; it is still a true prefix of the feed, so nothing is
 *   missed (the client asks again from the same cursor).
 */
import { LRUCache } from 'lru-cache';
import type { PressAnswer } from '../answer';

interface Kept {
  answer: PressAnswer;
  /** The generation a last page was made in; undefined for a full page (kept for good). */
  generation?: number;
}

export class PageCache {
  private generation = 0;
  private highWater = -1;
  private checkedAt = 0;
  private checking: Promise<void> | null = null;
  private readonly pages: LRUCache<string, Kept>;

  constructor(
    private readonly recheckMs: number,
    maxBytes = 32 * 1024 * 1024,
  ) {
    this.pages = new LRUCache<string, Kept>({ maxSize: maxBytes, sizeCalculation: (kept) => Math.max(1, kept.answer.body.length * 2) });
  }

  /** Asks `highWater()` again when the last answer is older than `recheckMs`; one question at a time. */
  async refresh(highWater: () => Promise<number>): Promise<void> {
    if (Date.now() - this.checkedAt < this.recheckMs) return;
    this.checking ??= highWater()
      .then((mark) => {
        if (mark !== this.highWater) {
          this.highWater = mark;
          this.generation += 1;
        }
        this.checkedAt = Date.now();
      })
      .finally(() => {
        this.checking = null;
      });
    await this.checking;
  }

  /** The generation to store a page under if it turns out to be a last page (read it before the query). */
  current(): number {
    return this.generation;
  }

  get(key: string): PressAnswer | undefined {
    const kept = this.pages.get(key);
    if (!kept) return undefined;
    if (kept.generation !== undefined && kept.generation !== this.generation) {
      this.pages.delete(key);
      return undefined;
    }
    return kept.answer;
  }

  /** `generation`: what `current()` said before the page was read; a change since makes it stale at once. */
  set(key: string, answer: PressAnswer, full: boolean, generation: number): void {
    this.pages.set(key, full ? { answer } : { answer, generation });
  }

  /** This process kept a change: no last page answered before it may be served again. */
  changed(): void {
    this.generation += 1;
  }
}
