// The simulation loop: timers on one (time, sequence) queue, and processes — generators that
// yield Waits — resumed by those timers. Guards (a time horizon and an event budget) make sure
// no scenario can keep the caller busy forever.
import type { Proc, Wait } from '../shell/types'
import { EventQueue, type Scheduled } from './eventQueue'
import { addMs, ms, type SimMillis, ZERO } from './time'

export type Timer = Scheduled<() => void>

export type StopReason = 'idle' | 'until' | 'horizon' | 'budget'

export interface KernelLimits {
  /** Simulated time after which the run stops (default 24 h). */
  horizonMs: number
  /** Maximum number of queue entries processed in one run (default 300,000). */
  eventBudget: number
  /** Maximum shell work (commands run without waiting) in one run (default 2,000,000): busy loops. */
  workBudget: number
}

export const DEFAULT_LIMITS: KernelLimits = { horizonMs: 24 * 3_600_000, eventBudget: 300_000, workBudget: 2_000_000 }

/** A running process. `kill()` ends it at once; `done` is called exactly once. */
export interface ProcessHandle {
  readonly id: number
  readonly finished: boolean
  kill(): void
}

/**
 * A process and its handle in one object, with its wake-up callback made once: every pod runs
 * several processes (kubelet syncs, the container's shell), each sleeping a few times.
 */
class ProcState<T> implements ProcessHandle {
  finished = false
  timer: Timer | null = null
  waiter: Waiter | null = null

  /** The end of a sleep. */
  readonly wake: () => void

  constructor(
    private readonly kernel: Kernel,
    readonly id: number,
    readonly gen: Proc<T>,
    readonly done: (result: T | undefined, killed: boolean) => void,
  ) {
    // Assigned here, not as an arrow-function field: tsx (esbuild keepNames) gives a named arrow
    // its name with Object.defineProperty each time one is made, several times the closure's cost.
    this.wake = () => {
      this.timer = null
      this.kernel.step(this, undefined)
    }
  }

  kill(): void {
    this.kernel.killProc(this)
  }
}

interface Waiter {
  until: () => boolean
  resume: (ok: boolean) => void
  timer: Timer | null
  active: boolean
}

export class Kernel {
  now: SimMillis = ZERO
  /** Queue entries processed so far. */
  processed = 0
  /** Shell work reported by processes so far (see `Wait.work`). */
  work = 0
  private readonly queue = new EventQueue<() => void>()
  private waiters: Waiter[] = []
  private nextProcId = 1
  /** Set when a process generator threw: the core has a bug, and the run reports it. */
  readonly faults: string[] = []

  constructor(readonly limits: KernelLimits = DEFAULT_LIMITS) {}

  at(t: SimMillis | number, fn: () => void): Timer {
    return this.queue.push(ms(Math.max(this.now, Math.round(t))), fn)
  }

  after(delayMs: number, fn: () => void): Timer {
    return this.at(addMs(this.now, Math.max(0, delayMs)), fn)
  }

  cancel(timer: Timer | null | undefined): void {
    if (timer) this.queue.cancel(timer)
  }

  /** Starts a process now: it runs synchronously until its first wait. */
  spawn<T>(gen: Proc<T>, done: (result: T | undefined, killed: boolean) => void = () => {}): ProcessHandle {
    const p = new ProcState(this, this.nextProcId++, gen, done)
    this.step(p, undefined)
    return p
  }

  /** Ends a process at once (its `kill()`). */
  killProc<T>(p: ProcState<T>): void {
    if (p.finished) return
    p.finished = true
    this.cancel(p.timer)
    if (p.waiter) p.waiter.active = false
    try {
      p.gen.return(undefined as T)
    } catch {
      // A generator that throws while being closed is already gone; nothing to recover.
    }
    p.done(undefined, true)
  }

  /** Runs a process until its next wait (at spawn and whenever it wakes up). */
  step<T>(p: ProcState<T>, input: boolean | undefined): void {
    let value = input
    for (;;) {
      if (p.finished) return
      let r: IteratorResult<Wait, T>
      try {
        r = p.gen.next(value)
      } catch (e) {
        this.faults.push(`process ${p.id} failed: ${e instanceof Error ? e.message : String(e)}`)
        p.finished = true
        p.done(undefined, true)
        return
      }
      if (r.done) {
        p.finished = true
        p.done(r.value, false)
        return
      }
      const w = r.value
      if ('sleep' in w) {
        if (w.work) this.work += w.work
        if (w.sleep === Number.POSITIVE_INFINITY) return // parked until killed
        p.timer = this.after(Math.max(0, Math.round(w.sleep)), p.wake)
        return
      }
      if (w.until()) {
        value = true
        continue
      }
      const waiter: Waiter = {
        until: w.until,
        active: true,
        timer: null,
        resume: (ok) => {
          p.waiter = null
          this.step(p, ok)
        },
      }
      if (Number.isFinite(w.timeout)) {
        waiter.timer = this.after(Math.max(0, Math.round(w.timeout)), () => {
          if (!waiter.active) return
          waiter.active = false
          waiter.resume(false)
        })
      }
      p.waiter = waiter
      this.waiters.push(waiter)
      return
    }
  }

  /** Resumes waiters whose condition now holds, in the order they started waiting. */
  private checkWaiters(): void {
    if (this.waiters.length === 0) return
    this.waiters = this.waiters.filter((w) => w.active)
    for (const w of [...this.waiters]) {
      if (!w.active || !w.until()) continue
      w.active = false
      this.cancel(w.timer)
      w.resume(true)
    }
    this.waiters = this.waiters.filter((w) => w.active)
  }

  /** Time of the next pending entry, if any. */
  nextTime(): SimMillis | undefined {
    return this.queue.peekTime()
  }

  /**
   * Processes entries in order until the queue is empty, `until` is reached (entries at exactly
   * `until` still run), or a guard trips.
   */
  run(until?: number): StopReason {
    const horizon = this.limits.horizonMs
    for (;;) {
      const t = this.queue.peekTime()
      if (t === undefined) return 'idle'
      if (until !== undefined && t > until) {
        this.now = ms(Math.max(this.now, until))
        return 'until'
      }
      if (t > horizon) {
        this.now = ms(horizon)
        return 'horizon'
      }
      if (this.processed >= this.limits.eventBudget || this.work >= this.limits.workBudget) return 'budget'
      const entry = this.queue.pop()!
      this.now = entry.at
      this.processed++
      entry.item()
      this.checkWaiters()
    }
  }
}
