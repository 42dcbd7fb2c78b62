/**
 * Runs one async pass at a time: at start, every `everyMs`, and when woken; a wake during a
 * pass runs one more pass after it. A pass that throws is handed to `onError`, and the next one
 * runs as planned. Each pass runs in the context the loop was made in (the CMS's register
 * phase), never in a waker's request or open transaction. The timer does not keep the process
 * alive; `stop` waits for a pass under way.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class Loop {
  private readonly detached = AsyncLocalStorage.snapshot();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private state: 'new' | 'started' | 'stopped' = 'new';

  constructor(
    private readonly everyMs: number,
    private readonly pass: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get stopped(): boolean {
    return this.state === 'stopped';
  }

  /** `firstPass: false` when the caller has just made that pass itself (to see it fail). */
  start({ firstPass = true }: { firstPass?: boolean } = {}): void {
    if (this.state !== 'new') return;
    this.state = 'started';
    this.timer = setInterval(() => this.wake(), this.everyMs);
    this.timer.unref();
    if (firstPass) this.wake();
  }

  wake(): void {
    if (this.state !== 'started') return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.detached(this.pass)
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves once no pass is under way. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }
}
