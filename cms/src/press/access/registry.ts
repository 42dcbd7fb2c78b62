/**
 * The live outlets in memory, by token hash: the door authenticates a request with one map
 * lookup. Read again from `press_outlets` when this process changes an outlet (at once, before
 * the admin route answers), every `refreshMs` (changes made by another CMS process), and on a
 * token we do not know (a token just created elsewhere), at most once per `missRefreshMs` so
 * that a stream of made-up tokens cannot turn into a stream of queries.
 */
import type { Core } from '@strapi/strapi';
import { Loop } from '../../shared/loop';
import { liveOutlets } from './outlets';
import type { AccessSettings } from './settings';
import { hashToken } from './token';

export interface LiveOutlet {
  id: number;
  name: string;
  tokenPrefix: string;
  origins: ReadonlySet<string>;
  perMinute: number;
  burst: number;
}

export class OutletRegistry {
  private byHash = new Map<string, LiveOutlet>();
  private origins = new Set<string>();
  private loading: Promise<void> | undefined;
  private loadedAt = 0;
  private readonly loop: Loop;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly settings: Pick<AccessSettings, 'refreshMs' | 'missRefreshMs'>,
  ) {
    this.loop = new Loop(settings.refreshMs, () => this.reload(), (error) => strapi.log.error(`[press] outlets not reloaded: ${String(error)}`));
  }

  /** The first read fails the start (no outlet could be served); later ones are logged and tried again. */
  async start(): Promise<void> {
    await this.reload();
    this.loop.start({ firstPass: false });
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Reads the live outlets again (calls made while a read is under way share it). */
  reload(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const started = Date.now();
        const rows = await liveOutlets(this.strapi);
        const byHash = new Map<string, LiveOutlet>();
        const origins = new Set<string>();
        for (const row of rows) {
          byHash.set(row.tokenHash, { id: row.id, name: row.name, tokenPrefix: row.tokenPrefix, origins: new Set(row.origins), perMinute: row.perMinute, burst: row.burst });
          for (const origin of row.origins) origins.add(origin);
        }
        this.byHash = byHash;
        this.origins = origins;
        this.loadedAt = started;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** The outlet of a token (already checked to look like one), or undefined. */
  async find(token: string): Promise<LiveOutlet | undefined> {
    const hash = hashToken(token);
    const known = this.byHash.get(hash);
    if (known || Date.now() - this.loadedAt < this.settings.missRefreshMs) return known;
    await this.reload();
    return this.byHash.get(hash);
  }

  /** Whether some outlet's pages may call from this origin (for preflights, which carry no token). */
  allowsOrigin(origin: string): boolean {
    return this.origins.has(origin);
  }
}
