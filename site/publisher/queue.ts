/**
 * Coalesces notifications into publishes: a publish starts once no notification came for
 * `quietMs` (or `maxWaitMs` after the first), takes everything that came, and the next waits
 * for it to end. A bulk publish of fifty documents is one publish, not fifty.
 */
export interface Queue<T> {
  /** Adds items; with none, asks for a publish all the same (time-dependent pages, a retry). */
  add(items: T[]): void;
  /** Resolves when nothing is waiting or running. */
  idle(): Promise<void>;
}

export function coalescing<T>(run: (batch: T[]) => Promise<void>, options: { quietMs: number; maxWaitMs: number }): Queue<T> {
  let waiting: T[] = [];
  let requested = false;
  let firstAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let idleWaiters: (() => void)[] = [];

  const settle = () => {
    if (!running && !timer && !requested) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (running || !requested) return settle();
    const delay = Math.max(0, Math.min(options.quietMs, firstAt + options.maxWaitMs - Date.now()));
    timer = setTimeout(start, delay);
  };

  const start = () => {
    timer = undefined;
    const batch = waiting;
    waiting = [];
    requested = false;
    running = run(batch).finally(() => {
      running = undefined;
      firstAt = Date.now();
      schedule();
    });
  };

  return {
    add(items) {
      if (!requested) firstAt = Date.now();
      requested = true;
      waiting.push(...items);
      schedule();
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
  };
}
