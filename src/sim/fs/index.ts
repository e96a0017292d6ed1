// The in-memory file system containers see (DESIGN §3 "Files").
export type { FileSystem, FsErrorCode, FsResult, FsStat, VolumeWrite } from './types'
export { MemDir, MemFile, listFiles, type MemNode } from './memDir'
export { ContainerFs, MemFileSystem, type Mount } from './containerFs'
export { normalizePath, splitPath, parentPath, baseName } from './path'
