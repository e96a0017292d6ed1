// The environment handed to an applet, built only if the applet looks at it: most applets (echo,
// date, sleep) never do, and copying every environment for every command of every pod would be
// the single largest cost of running a Job's pods.

export class LazyEnv implements ReadonlyMap<string, string> {
  private map: ReadonlyMap<string, string> | null = null

  constructor(private readonly build: () => ReadonlyMap<string, string>) {}

  private get m(): ReadonlyMap<string, string> {
    if (!this.map) this.map = this.build()
    return this.map
  }

  get size(): number {
    return this.m.size
  }

  get(key: string): string | undefined {
    return this.m.get(key)
  }

  has(key: string): boolean {
    return this.m.has(key)
  }

  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    this.m.forEach((v, k) => fn(v, k, this))
  }

  entries(): MapIterator<[string, string]> {
    return this.m.entries()
  }

  keys(): MapIterator<string> {
    return this.m.keys()
  }

  values(): MapIterator<string> {
    return this.m.values()
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.m[Symbol.iterator]()
  }
}
