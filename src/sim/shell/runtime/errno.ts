// strerror() texts for the file system's error codes, and ash's errmsg(): for "not found" errors
// ash prints its own short phrase (`can't create /nope/x: nonexistent directory`).

import type { FsErrorCode } from '../../fs/types'

const STRERROR: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
}

export const strerror = (code: FsErrorCode): string => STRERROR[code]

/** ash `errmsg(e, em)`: ENOENT and ENOTDIR get the caller's phrase, the rest strerror(). */
export const errmsg = (code: FsErrorCode, em: string): string => (code === 'ENOENT' || code === 'ENOTDIR' ? em : STRERROR[code])
