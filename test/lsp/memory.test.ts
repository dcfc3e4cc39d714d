// The language server's garbage-collection pacing (server/src/lsp/memory.ts): it collects when a
// burst of work has grown the heap by a step, and once checks pause, never during a busy run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exposeGc, HeapPacer } from '../../server/src/lsp/memory';

describe('HeapPacer', () => {
  afterEach(() => vi.useRealTimers());

  it('reaches the engine collector without --expose-gc', () => {
    expect(typeof exposeGc()).toBe('function');
  });

  it('collects during a burst only after the heap has grown by a step', () => {
    const gc = vi.fn();
    const pacer = new HeapPacer(gc, { stepBytes: 8 * 1024 * 1024 });
    pacer.duringBurst();
    expect(gc).toHaveBeenCalledTimes(0);
    const kept: number[][] = [];
    for (let i = 0; i < 40; i++) kept.push(new Array(100_000).fill(i));
    pacer.duringBurst();
    expect(gc).toHaveBeenCalledTimes(1);
    expect(pacer.collections).toBe(1);
    // The heap is measured afresh after the collection: the same heap is not a new step.
    pacer.duringBurst();
    expect(gc).toHaveBeenCalledTimes(1);
    expect(kept.length).toBe(40);
  });

  it('collects once checks pause, and not when another check starts first', () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    const pacer = new HeapPacer(gc, { stepBytes: 4 * 1024 * 1024, idleMs: 1000 });
    const kept: number[][] = [];
    for (let i = 0; i < 20; i++) kept.push(new Array(100_000).fill(i));
    pacer.afterCheck();
    vi.advanceTimersByTime(900);
    pacer.busy();
    vi.advanceTimersByTime(5000);
    expect(gc).toHaveBeenCalledTimes(0);
    pacer.afterCheck();
    vi.advanceTimersByTime(1000);
    expect(gc).toHaveBeenCalledTimes(1);
    expect(kept.length).toBe(20);
  });

  it('collects right after a check that parsed several files, not after one that parsed one', () => {
    const gc = vi.fn();
    const pacer = new HeapPacer(gc, { stepBytes: 200 * 1024 * 1024, idleMs: 60_000 });
    const kept: number[][] = [];
    for (let i = 0; i < 40; i++) kept.push(new Array(100_000).fill(i));
    // Typing: one file re-parsed per check.
    pacer.duringBurst();
    pacer.afterCheck();
    expect(gc).toHaveBeenCalledTimes(0);
    // A first check: many files, and the heap grew by more than a quarter step.
    for (let i = 0; i < 120; i++) kept.push(new Array(100_000).fill(i));
    pacer.duringBurst();
    pacer.duringBurst();
    pacer.afterCheck();
    expect(gc).toHaveBeenCalledTimes(1);
    expect(kept.length).toBe(160);
    pacer.dispose();
  });

  it('does nothing without a collector', () => {
    const pacer = new HeapPacer(null, { stepBytes: 1 });
    const kept = new Array(1_000_000).fill(1);
    pacer.duringBurst();
    expect(pacer.collections).toBe(0);
    expect(kept.length).toBe(1_000_000);
  });
});
