/**
 * The periodic loop of the scheduler, the event dispatcher, the press webhooks, the outlet
 * registry and the usage flush (cms/src/shared/loop.ts): one pass at a time, a wake during a pass
 * makes exactly one more, a failing pass is reported and the loop goes on, and stop waits for the
 * pass under way. Real timers, short waits.
 */
import { describe, expect, it } from 'vitest';
import { Loop } from '../../cms/src/shared/loop';

const tick = (ms = 0) => new Promise((resume) => setTimeout(resume, ms));

/** A pass the test finishes by hand, counting how many run at once. */
function gatedPass() {
  const state = { started: 0, running: 0, most: 0, release: [] as (() => void)[] };
  const pass = async () => {
    state.started += 1;
    state.running += 1;
    state.most = Math.max(state.most, state.running);
    await new Promise<void>((done) => state.release.push(done));
    state.running -= 1;
  };
  const finish = async () => {
    state.release.shift()?.();
    await tick();
  };
  return { state, pass, finish };
}

describe('the loop', () => {
  it('runs a pass at start, and one more after a pass for any number of wakes during it', async () => {
    const { state, pass, finish } = gatedPass();
    const loop = new Loop(60_000, pass, () => undefined);
    loop.start();
    expect(state.started).toBe(1);
    loop.wake();
    loop.wake();
    loop.wake();
    expect(state.started).toBe(1);
    await finish();
    expect(state.started).toBe(2);
    await finish();
    expect(state.started).toBe(2);
    expect(state.most).toBe(1);
    await loop.stop();
  });

  it('runs no pass before start or after stop, and none at start when told so', async () => {
    const { state, pass } = gatedPass();
    const loop = new Loop(60_000, pass, () => undefined);
    loop.wake();
    loop.start({ firstPass: false });
    expect(state.started).toBe(0);
    await loop.stop();
    loop.wake();
    expect(state.started).toBe(0);
    expect(loop.stopped).toBe(true);
  });

  it('runs every period', async () => {
    let passes = 0;
    const loop = new Loop(10, async () => void (passes += 1), () => undefined);
    loop.start({ firstPass: false });
    await tick(80);
    await loop.stop();
    expect(passes).toBeGreaterThanOrEqual(2);
  });

  it('hands a failing pass to onError and goes on', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const loop = new Loop(60_000, async () => {
      passes += 1;
      if (passes === 1) throw new Error('the database is away');
    }, (error) => errors.push(error));
    loop.start();
    await loop.idle();
    expect(errors).toEqual([new Error('the database is away')]);
    loop.wake();
    await loop.idle();
    expect(passes).toBe(2);
    expect(errors).toHaveLength(1);
    await loop.stop();
  });

  it('stop waits for the pass under way, and runs no pass it was woken for', async () => {
    const { state, pass, finish } = gatedPass();
    const loop = new Loop(60_000, pass, () => undefined);
    loop.start();
    loop.wake();
    let stopped = false;
    const stopping = loop.stop().then(() => void (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    await finish();
    await stopping;
    expect(state.running).toBe(0);
    expect(state.started).toBe(1);
  });
});
