// A small POSIX-like file system in memory, as containers see it: a root tree of their own plus
// volumes mounted at paths. Writes that land on a volume are reported so the kubelet can record
// them in the trace (hostPath) and attribute each line to its writer.

export type FsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EROFS' | 'EINVAL'

export type FsResult<T> = { ok: true; value: T } | { ok: false; code: FsErrorCode }

export interface FsStat {
  type: 'file' | 'dir'
  size: number
}

export interface FileSystem {
  readFile(path: string): FsResult<string>
  /** Creates the file when missing (parent must exist); `append` adds, otherwise truncates. */
  writeFile(path: string, data: string, append: boolean): FsResult<void>
  stat(path: string): FsStat | null
  /** Entry names, sorted. */
  readdir(path: string): FsResult<string[]>
  mkdir(path: string, parents: boolean): FsResult<void>
  remove(path: string, recursive: boolean): FsResult<void>
}

/** Reported for every write that lands on a mounted volume. */
export interface VolumeWrite {
  /** Volume name in the pod spec. */
  volume: string
  /** Path inside the volume, with a leading slash (`/message.txt`). */
  pathInVolume: string
  data: string
  append: boolean
}
