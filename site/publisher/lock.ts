/**
 * One publisher per data folder. Two publishers on one SITE_DATA_DIR (say, an old and a new one
 * overlapping in a deploy) would swap `live` under each other and prune each other's
 * snapshots. At start the publisher takes `<SITE_DATA_DIR>/publisher.lock` (created with O_EXCL,
 * holding its process id); a second one refuses to start. The lock is removed when the process
 * exits; after a crash or a kill it stays, and the next publisher takes it over once its
 * process is gone.
 *
 * Not covered: two publishers taking over the same stale lock in the same instant, and a lock on
 * a folder shared by several hosts (the process id is checked on this host only).
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

export class LockError extends Error {
  override name = 'LockError';
}

/** Whether a process with this id runs here (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(file: string): Holder | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof data.pid === 'number' ? { pid: data.pid, host: String(data.host ?? ''), since: String(data.since ?? '') } : undefined;
  } catch {
    // Unreadable or half written (a crash while writing it): nobody's.
    return undefined;
  }
}

/** Takes the data folder's lock, or throws a LockError that says who holds it. Released at exit. */
export function lockDataDir(root: string): void {
  mkdirSync(root, { recursive: true });
  const file = join(root, 'publisher.lock');
  const mine: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      process.on('exit', () => {
        if (holderOf(file)?.pid === process.pid) unlinkSync(file);
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder && holder.pid !== process.pid && (holder.host !== mine.host || running(holder.pid))) {
      throw new LockError(
        `Another publisher (process ${holder.pid} on ${holder.host}, since ${holder.since}) uses SITE_DATA_DIR=${root}. ` +
          'Stop it first, or give this one another SITE_DATA_DIR. ' +
          `If no publisher runs, remove ${file}.`,
      );
    }
    console.log(`[publisher] taking over the lock of a publisher that is gone (${holder ? `process ${holder.pid}` : 'unreadable'}): ${file}`);
    unlinkSync(file);
  }
  throw new LockError(`Could not take ${file}: another publisher took it at the same moment.`);
}
