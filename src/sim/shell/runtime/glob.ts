// Pathname expansion: `cat /data/*.txt`. Walks the container's file system one path segment at a
// time; names starting with `.` match only a pattern that starts with a literal dot. No match
// leaves the word as it was, as POSIX sh does.

import type { FileSystem } from '../../fs/types'
import { normalizePath } from '../../fs/path'
import { hasMagic, matchPattern, unescapePattern } from './pattern'

export function glob(fs: FileSystem, cwd: string, pat: string): string[] {
  const absolute = pat.startsWith('/')
  const segs = pat.split('/').filter((s, i) => s !== '' || i === 0)
  let found: string[] = [absolute ? '' : '.']
  for (let i = absolute ? 1 : 0; i < segs.length; i++) {
    const seg = segs[i] as string
    const next: string[] = []
    for (const base of found) {
      const dir = normalizePath(base === '' ? '/' : base, cwd)
      if (!hasMagic(seg)) {
        const path = `${base}/${unescapePattern(seg)}`
        if (fs.stat(normalizePath(path, cwd))) next.push(path)
        continue
      }
      const list = fs.readdir(dir)
      if (!list.ok) continue
      for (const name of list.value) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue
        if (matchPattern(seg, name)) next.push(`${base}/${name}`)
      }
    }
    found = next
    if (found.length === 0) return []
  }
  return found.map((p) => (absolute ? p : p.slice(2))).sort()
}
