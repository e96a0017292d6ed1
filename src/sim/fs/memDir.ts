// A directory tree held in memory. Files hold strings. One MemDir can be the root of a container's
// own layer or the backing store of a volume (a hostPath directory on the node, an emptyDir of a
// pod); mounting the same MemDir in two containers is what makes them share files.

import { normalizePath, splitPath } from './path'

export class MemFile {
  constructor(public content: string) {}
}

export type MemNode = MemDir | MemFile

export class MemDir {
  private map: Map<string, MemNode> | null = null

  /**
   * @param fill called once, the first time anyone looks inside — so a container's root tree
   *   costs nothing until its process actually touches a file outside its volumes.
   */
  constructor(private fill: ((dir: MemDir) => void) | null = null) {}

  get entries(): Map<string, MemNode> {
    if (this.map === null) {
      this.map = new Map()
      const f = this.fill
      this.fill = null
      f?.(this)
    }
    return this.map
  }

  /** The node at `path` below this directory (`/` or `` is this directory itself), or null. */
  lookup(path: string): MemNode | null {
    return MemDir.walk(this, splitPath(normalizePath(path)))
  }

  private static walk(start: MemDir, segs: readonly string[]): MemNode | null {
    let node: MemNode = start
    for (const seg of segs) {
      if (!(node instanceof MemDir)) return null
      const next: MemNode | undefined = node.entries.get(seg)
      if (!next) return null
      node = next
    }
    return node
  }

  /** The directory at `path` below this one, or null when it is missing or not a directory. */
  lookupDir(path: string): MemDir | null {
    const node = this.lookup(path)
    return node instanceof MemDir ? node : null
  }

  /**
   * `mkdir -p` below this directory; returns the directory. Throws when a file is in the way,
   * which for a hostPath volume is a configuration error the caller reports.
   */
  ensureDir(path: string): MemDir {
    return MemDir.make(this, splitPath(normalizePath(path)), path)
  }

  private static make(start: MemDir, segs: readonly string[], path: string): MemDir {
    let dir = start
    for (const seg of segs) {
      const next = dir.entries.get(seg)
      if (next instanceof MemDir) {
        dir = next
      } else if (next) {
        throw new Error(`ensureDir: ${path}: a file is in the way at ${seg}`)
      } else {
        const made = new MemDir()
        dir.entries.set(seg, made)
        dir = made
      }
    }
    return dir
  }
}

/**
 * Every file below `dir`, keyed by its absolute path (`prefix` + path inside `dir`), sorted by
 * path. Used for the trace's final `files` map, so the order must not depend on creation order.
 */
export function listFiles(dir: MemDir, prefix: string): Record<string, string> {
  const found: [string, string][] = []
  const base = prefix === '/' ? '' : prefix.replace(/\/+$/, '')
  const walk = (d: MemDir, at: string): void => {
    for (const [name, node] of d.entries) {
      const path = `${at}/${name}`
      if (node instanceof MemDir) walk(node, path)
      else found.push([path, node.content])
    }
  }
  walk(dir, base)
  found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const out: Record<string, string> = {}
  for (const [path, content] of found) out[path] = content
  return out
}
