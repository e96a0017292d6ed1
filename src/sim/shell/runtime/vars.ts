// Shell variables. A new shell reads its environment through the Map it was given (no copy); a
// subshell (`( … )`, `$( … )`, a pipeline element) sees its parent's variables and keeps its own
// changes: it gets an overlay instead of a copy. That is safe because the parent never runs while
// a child does (see eval.ts: children run to completion first), and it keeps a `$(date)` in
// 10,000 pods from copying every environment.

export interface VarEntry {
  /** undefined: unset (an overlay's tombstone). */
  readonly value: string | undefined
  readonly exported: boolean
  readonly readonly: boolean
}

/** Counts changes across a shell and its overlays, so cached environments know when they are stale. */
export interface Generation {
  n: number
}

export class Vars {
  private readonly own = new Map<string, VarEntry>()
  private envCache: ReadonlyMap<string, string> | null = null
  private envGen = -1

  private constructor(
    private readonly parent: Vars | null,
    /** The environment the shell started with: exported, never modified. */
    private readonly base: ReadonlyMap<string, string> | null,
    private readonly gen: Generation,
  ) {}

  static fromEnv(env: ReadonlyMap<string, string>): Vars {
    return new Vars(null, env, { n: 0 })
  }

  overlay(): Vars {
    return new Vars(this, null, this.gen)
  }

  entry(name: string): VarEntry | undefined {
    const e = this.own.get(name)
    if (e) return e
    if (this.base) {
      const value = this.base.get(name)
      return value === undefined ? undefined : { value, exported: true, readonly: false }
    }
    return this.parent?.entry(name)
  }

  get(name: string): string | undefined {
    const e = this.own.get(name)
    if (e) return e.value
    return this.base ? this.base.get(name) : this.parent?.get(name)
  }

  /** Sets a value; false when the variable is read-only. `exported` undefined keeps the current flag. */
  set(name: string, value: string, exported?: boolean): boolean {
    const cur = this.entry(name)
    if (cur?.readonly) return false
    this.own.set(name, { value, exported: exported ?? cur?.exported ?? false, readonly: false })
    this.gen.n++
    return true
  }

  /** Restores an entry saved earlier (locals, temporary assignments), or removes it. */
  restore(name: string, saved: VarEntry | undefined): void {
    this.own.set(name, saved ?? { value: undefined, exported: false, readonly: false })
    this.gen.n++
  }

  unset(name: string): boolean {
    if (this.entry(name)?.readonly) return false
    this.own.set(name, { value: undefined, exported: false, readonly: false })
    this.gen.n++
    return true
  }

  mark(name: string, flag: 'exported' | 'readonly'): void {
    const cur = this.entry(name)
    this.own.set(name, {
      value: cur?.value,
      exported: flag === 'exported' || (cur?.exported ?? false),
      readonly: flag === 'readonly' || (cur?.readonly ?? false),
    })
    this.gen.n++
  }

  /** Every visible variable (set or marked), in first-definition order. */
  all(): Map<string, VarEntry> {
    const out = this.parent ? this.parent.all() : new Map<string, VarEntry>()
    if (this.base) for (const [k, value] of this.base) out.set(k, { value, exported: true, readonly: false })
    for (const [k, e] of this.own) out.set(k, e)
    return out
  }

  /** The environment a command gets: exported variables that are set. Cached until a change. */
  exported(): ReadonlyMap<string, string> {
    if (this.envCache && this.envGen === this.gen.n) return this.envCache
    let env: ReadonlyMap<string, string>
    if (this.own.size === 0) {
      env = this.base ?? this.parent?.exported() ?? new Map<string, string>()
    } else {
      const m = new Map(this.base ?? this.parent?.exported())
      for (const [k, e] of this.own) {
        if (e.exported && e.value !== undefined) m.set(k, e.value)
        else m.delete(k)
      }
      env = m
    }
    this.envCache = env
    this.envGen = this.gen.n
    return env
  }
}
