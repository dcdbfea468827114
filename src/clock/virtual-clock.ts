/**
 * A deterministic clock for tests, simulations and lessons. Time only moves
 * when every pending task is waiting on a sleep: then it jumps to the
 * earliest timer and wakes it (ties wake in the order they were set). A
 * ten-minute simulated pipeline finishes in milliseconds, with the same
 * timings on every run.
 *
 * With `auto: true` (the default) the clock advances by itself; with
 * `auto: false` it moves only when `advance(ms)` or `runAll()` is called.
 * Real I/O (files) is not simulated: time may jump while a read is in
 * flight, so a timeout can fire early. Use it with memory connections (or
 * without timeouts) when timings matter.
 *
 * @example
 * ```ts
 * import { VirtualClock } from 'odibi-ts';
 * const clock = new VirtualClock({ start: '2026-01-01T00:00:00Z' });
 * await clock.sleep(60_000);      // returns at once
 * clock.monotonic();              // 60000
 * clock.now().toISOString();      // '2026-01-01T00:01:00.000Z'
 * ```
 */
import type { Clock } from '../clock.js';

export interface VirtualClockOptions {
  /** Wall time at monotonic 0 (default 2026-01-01T00:00:00Z). */
  start?: Date | string | number;
  /** Advance by itself whenever every task waits on a sleep (default true). */
  auto?: boolean;
}

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
  cleanup: () => void;
}

/** Lets every queued microtask and pending immediate run. */
function flush(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
}

export class VirtualClock implements Clock {
  readonly #origin: number;
  readonly #auto: boolean;
  #t = 0;
  #seq = 0;
  #timers: Timer[] = [];
  #looping = false;

  constructor(options: VirtualClockOptions = {}) {
    this.#origin = new Date(options.start ?? '2026-01-01T00:00:00Z').getTime();
    this.#auto = options.auto ?? true;
  }

  now(): Date {
    return new Date(this.#origin + this.#t);
  }

  monotonic(): number {
    return this.#t;
  }

  /** Number of sleeps not yet woken. */
  pending(): number {
    return this.#timers.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        this.#timers = this.#timers.filter((t) => t !== timer);
        reject(signal!.reason);
      };
      const timer: Timer = {
        at: this.#t + Math.max(0, ms),
        seq: this.#seq++,
        resolve,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#timers.push(timer);
      if (this.#auto) void this.#autoAdvance();
    });
  }

  /** Moves time forward by `ms`, waking due sleeps in time order. */
  async advance(ms: number): Promise<void> {
    const target = this.#t + Math.max(0, ms);
    await flush();
    for (let next = this.#next(); next && next.at <= target; next = this.#next()) {
      this.#wake(next);
      await flush();
    }
    this.#t = target;
  }

  /** Wakes sleeps in time order until none is left. */
  async runAll(): Promise<void> {
    await flush();
    for (let next = this.#next(); next; next = this.#next()) {
      this.#wake(next);
      await flush();
    }
  }

  async #autoAdvance(): Promise<void> {
    if (this.#looping) return;
    this.#looping = true;
    for (;;) {
      await flush();
      const next = this.#next();
      if (!next) {
        this.#looping = false;
        return;
      }
      this.#wake(next);
    }
  }

  #next(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.#timers) if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    return best;
  }

  #wake(timer: Timer): void {
    this.#timers = this.#timers.filter((t) => t !== timer);
    this.#t = Math.max(this.#t, timer.at);
    timer.cleanup();
    timer.resolve();
  }
}
