// Path arithmetic for the in-memory file system: every path the file system sees is absolute and
// normalised (no `.`, `..`, repeated or trailing slashes), the way the kernel resolves it.

/** True when `p` is already absolute and normal, so the common case costs one scan and no allocation. */
function isNormal(p: string): boolean {
  if (p.charCodeAt(0) !== 47 /* / */) return false
  if (p.length === 1) return true
  if (p.charCodeAt(p.length - 1) === 47) return false
  for (let i = 0; i < p.length; i++) {
    if (p.charCodeAt(i) !== 47) continue
    const next = p.charCodeAt(i + 1)
    if (next === 47) return false
    if (next === 46 /* . */) {
      const after = p.charCodeAt(i + 2)
      if (Number.isNaN(after) || after === 47) return false
      if (after === 46) {
        const third = p.charCodeAt(i + 3)
        if (Number.isNaN(third) || third === 47) return false
      }
    }
  }
  return true
}

/** Resolves `path` against `cwd` (itself absolute) and normalises it. `..` at the root stays at the root. */
export function normalizePath(path: string, cwd = '/'): string {
  const full = path.charCodeAt(0) === 47 ? path : `${cwd}/${path}`
  if (isNormal(full)) return full
  const out: string[] = []
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') out.pop()
    else out.push(seg)
  }
  return `/${out.join('/')}`
}

/** The segments of a normalised absolute path (`/` gives none). */
export function splitPath(abs: string): string[] {
  return abs === '/' ? [] : abs.slice(1).split('/')
}

/** The directory part of a normalised absolute path (`/a/b` → `/a`, `/a` → `/`). */
export function parentPath(abs: string): string {
  const i = abs.lastIndexOf('/')
  return i <= 0 ? '/' : abs.slice(0, i)
}

/** The last segment of a path, as `basename` prints it (trailing slashes ignored). */
export function baseName(path: string): string {
  let end = path.length
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--
  const trimmed = path.slice(0, end)
  if (trimmed === '/') return '/'
  return trimmed.slice(trimmed.lastIndexOf('/') + 1)
}
