// Keeps the language server's memory near what it holds, not what it once allocated.
//
// A check allocates far more than it keeps: parsing a thesis's chapters makes syntax trees and
// parser events that survive long enough to be promoted to V8's old generation, and V8 lets the
// old generation grow to a multiple of the live heap before it collects it, so a server holding
// ~50 MB peaked at over 300 MB during its first check. Node.js cannot lower V8's heap limits at
// run time, and a hard limit (--max-old-space-size) would turn a large thesis into a crash. So
// the server collects garbage itself at the moments it chooses: between the files of a first
// check whenever the heap has grown by STEP since the last collection (a full collection costs
// tens of milliseconds against a parse of seconds), right after such a check, and once the user
// pauses typing.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** The engine's garbage collector, or undefined where it cannot be reached. */
export function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as () => void;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export interface HeapPacerOptions {
  /** Growth of the used heap past the last collection's result that makes a burst collect. */
  stepBytes?: number;
  /** How long without a check before an idle collection. */
  idleMs?: number;
}

export class HeapPacer {
  private base = usedHeap();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly stepBytes: number;
  private readonly idleMs: number;
  /** How many collections the pacer started (for tests and logs). */
  collections = 0;
  /** Files parsed since the last check ended. */
  private parses = 0;

  constructor(
    /** The collector; null for none (where it cannot be reached, the pacer does nothing). */
    private readonly gc: (() => void) | null = exposeGc() ?? null,
    options: HeapPacerOptions = {},
  ) {
    this.stepBytes = options.stepBytes ?? 40 * 1024 * 1024;
    this.idleMs = options.idleMs ?? 1500;
  }

  /** During a long burst of work (a first check): collects when the heap has grown by a step. */
  duringBurst(): void {
    this.parses++;
    if (this.gc && usedHeap() - this.base > this.stepBytes) this.collect();
  }

  /**
   * After a check. One that parsed several files (a first check, a branch switch) left its
   * garbage behind: collected at once, rather than by V8 during the keystrokes that follow.
   * Otherwise (typing) collects once nothing else has happened for a while, if worth it.
   */
  afterCheck(): void {
    const parses = this.parses;
    this.parses = 0;
    if (!this.gc) return;
    clearTimeout(this.idleTimer);
    if (parses > 1 && usedHeap() - this.base > this.stepBytes / 4) {
      this.collect();
      return;
    }
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (usedHeap() - this.base > this.stepBytes / 4) this.collect();
    }, this.idleMs);
    this.idleTimer.unref?.();
  }

  /** Before the next check starts: a pending idle collection would only be in its way. */
  busy(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
  }

  private collect(): void {
    this.gc?.();
    this.collections++;
    this.base = usedHeap();
  }
}

function usedHeap(): number {
  return v8.getHeapStatistics().used_heap_size;
}
