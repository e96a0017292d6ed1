// The file system a container sees: its own root tree plus volumes mounted at paths. The longest
// mount prefix wins, as in the kernel's mount table. Writes that land on a volume are reported
// through the mount's `onWrite`, which is how the kubelet records hostPath writes in the trace.

import { MemDir, MemFile, type MemNode } from './memDir'
import { normalizePath, splitPath } from './path'
import type { FileSystem, FsErrorCode, FsResult, FsStat, VolumeWrite } from './types'

export interface Mount {
  /** Where the volume appears in the container (absolute). */
  path: string
  /** The volume's contents; the same MemDir mounted twice is the same files. */
  dir: MemDir
  /** Volume name in the pod spec (reported with each write). */
  volume: string
  readOnly: boolean
  onWrite?: (w: VolumeWrite) => void
}

interface Resolved {
  /** The directory the remaining segments are relative to (a mount's dir or the root). */
  base: MemDir
  segs: string[]
  mount: Mount | null
  /** Segments already consumed by the mount prefix (to build the path inside the volume). */
  skip: number
}

const ok = <T>(value: T): FsResult<T> => ({ ok: true, value })
const fail = <T>(code: FsErrorCode): FsResult<T> => ({ ok: false, code })
const OK_VOID: FsResult<void> = { ok: true, value: undefined }

const DEV_NULL = '/dev/null'

export class ContainerFs implements FileSystem {
  private readonly mounts: { m: Mount; segs: string[] }[]

  constructor(
    readonly root: MemDir,
    mounts: readonly Mount[],
  ) {
    // Deepest first, so the first prefix that matches is the longest one.
    this.mounts = mounts
      .map((m) => ({ m, segs: splitPath(normalizePath(m.path)) }))
      .sort((a, b) => b.segs.length - a.segs.length)
    // The runtime creates mount points in the container's tree, so `ls /` shows them.
    for (const { segs } of this.mounts) {
      try {
        root.ensureDir(`/${segs.join('/')}`)
      } catch {
        // A file in the way: the mount still works, it is only missing from its parent's listing.
      }
    }
  }

  private resolve(path: string): Resolved {
    const segs = splitPath(normalizePath(path))
    for (const { m, segs: ms } of this.mounts) {
      if (ms.length > segs.length) continue
      let match = true
      for (let i = 0; i < ms.length; i++) {
        if (ms[i] !== segs[i]) {
          match = false
          break
        }
      }
      if (match) return { base: m.dir, segs: segs.slice(ms.length), mount: m, skip: ms.length }
    }
    return { base: this.root, segs, mount: null, skip: 0 }
  }

  /** Walks `segs` from `base`; `ENOTDIR` when a file sits in the middle of the path. */
  private static walk(base: MemDir, segs: readonly string[]): FsResult<MemNode | null> {
    let node: MemNode = base
    for (const seg of segs) {
      if (!(node instanceof MemDir)) return fail('ENOTDIR')
      const next = node.entries.get(seg)
      if (!next) return ok(null)
      node = next
    }
    return ok(node)
  }

  /** The directory that holds the last segment, or the error opening it would give. */
  private static parentOf(r: Resolved): FsResult<MemDir> {
    const got = ContainerFs.walk(r.base, r.segs.slice(0, -1))
    if (!got.ok) return fail(got.code)
    if (got.value === null) return fail('ENOENT')
    return got.value instanceof MemDir ? ok(got.value) : fail('ENOTDIR')
  }

  readFile(path: string): FsResult<string> {
    if (path === DEV_NULL) return ok('')
    const r = this.resolve(path)
    const got = ContainerFs.walk(r.base, r.segs)
    if (!got.ok) return fail(got.code)
    if (got.value === null) return fail('ENOENT')
    return got.value instanceof MemFile ? ok(got.value.content) : fail('EISDIR')
  }

  writeFile(path: string, data: string, append: boolean): FsResult<void> {
    if (path === DEV_NULL) return OK_VOID
    const r = this.resolve(path)
    if (r.segs.length === 0) return fail('EISDIR')
    if (r.mount?.readOnly) return fail('EROFS')
    const parent = ContainerFs.parentOf(r)
    if (!parent.ok) return fail(parent.code)
    const name = r.segs[r.segs.length - 1] as string
    const node = parent.value.entries.get(name)
    if (node instanceof MemDir) return fail('EISDIR')
    if (node && append) node.content += data
    else if (node) node.content = data
    else parent.value.entries.set(name, new MemFile(data))
    // Appending nothing changes no content (it may create an empty file): no event, so the shell
    // opening a file for `>`/`>>` (which probes it this way) is not reported as a write.
    if (data === '' && append) return OK_VOID
    r.mount?.onWrite?.({ volume: r.mount.volume, pathInVolume: `/${r.segs.join('/')}`, data, append })
    return OK_VOID
  }

  stat(path: string): FsStat | null {
    if (path === DEV_NULL) return { type: 'file', size: 0 }
    const r = this.resolve(path)
    const got = ContainerFs.walk(r.base, r.segs)
    if (!got.ok || got.value === null) return null
    return got.value instanceof MemDir
      ? { type: 'dir', size: got.value.entries.size }
      : { type: 'file', size: got.value.content.length }
  }

  readdir(path: string): FsResult<string[]> {
    const r = this.resolve(path)
    const got = ContainerFs.walk(r.base, r.segs)
    if (!got.ok) return fail(got.code)
    if (got.value === null) return fail('ENOENT')
    if (!(got.value instanceof MemDir)) return fail('ENOTDIR')
    return ok([...got.value.entries.keys()].sort())
  }

  mkdir(path: string, parents: boolean): FsResult<void> {
    const r = this.resolve(path)
    if (r.segs.length === 0) return parents ? OK_VOID : fail('EEXIST')
    if (r.mount?.readOnly) return fail('EROFS')
    let dir = r.base
    for (let i = 0; i < r.segs.length; i++) {
      const seg = r.segs[i] as string
      const last = i === r.segs.length - 1
      const next = dir.entries.get(seg)
      if (next instanceof MemDir) {
        if (last && !parents) return fail('EEXIST')
        dir = next
      } else if (next) {
        return fail(last ? 'EEXIST' : 'ENOTDIR')
      } else {
        if (!last && !parents) return fail('ENOENT')
        const made = new MemDir()
        dir.entries.set(seg, made)
        dir = made
      }
    }
    return OK_VOID
  }

  remove(path: string, recursive: boolean): FsResult<void> {
    const r = this.resolve(path)
    if (r.segs.length === 0) {
      // A mount point (or `/`) cannot be unlinked; `rm -r` still empties it, as on Linux.
      if (r.mount?.readOnly) return fail('EROFS')
      if (recursive) r.base.entries.clear()
      return fail('EINVAL')
    }
    if (r.mount?.readOnly) return fail('EROFS')
    const parent = ContainerFs.parentOf(r)
    if (!parent.ok) return fail(parent.code)
    const name = r.segs[r.segs.length - 1] as string
    const node = parent.value.entries.get(name)
    if (!node) return fail('ENOENT')
    if (node instanceof MemDir && node.entries.size > 0 && !recursive) return fail('ENOTEMPTY')
    parent.value.entries.delete(name)
    return OK_VOID
  }
}

/** A file system over one tree and no mounts: tests and the learner's terminal. */
export class MemFileSystem extends ContainerFs {
  constructor(root: MemDir = new MemDir()) {
    super(root, [])
  }
}
