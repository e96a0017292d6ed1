// Redirections (`>`, `>>`, `<`, `2>&1`, `>&2`, `<<EOF`, `/dev/null`). A `>` file is created when
// opened but truncated lazily, together with the first write, so `echo x > f` is one write
// event in the trace (truncate + data) instead of two. The open itself is checked right away
// (by appending nothing, which the file system does not report), so errors appear where ash
// prints them: `sh: can't create /nope/x: nonexistent directory`.

import { normalizePath } from '../../fs/path'
import type { FileSystem } from '../../fs/types'
import type { Redir } from '../ast'
import { errmsg } from './errno'
import { expandStr, type Gen } from './expand'
import { inFd, NULL_OUT, type Fd, type Fds, type OutFd } from './io'
import type { Shell } from './shell'

class FileOut implements OutFd {
  readonly kind = 'out'
  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private truncate: boolean,
  ) {}

  write(text: string): void {
    // A failing write (the directory was removed meanwhile) is dropped, like a write to an unlinked file.
    this.fs.writeFile(this.path, text, !this.truncate)
    this.truncate = false
  }

  close(): void {
    if (this.truncate) this.write('')
  }
}

export interface Applied {
  readonly fds: Fds
  /** Completes files opened for `>` that were never written (they must end up empty). */
  close(): void
}

/** Applies redirections to a copy of `fds`; null (after printing ash's message) when one fails. */
export function* applyRedirs(sh: Shell, redirs: readonly Redir[], fds: Fds): Gen<Applied | null> {
  const out = fds.slice()
  const opened: FileOut[] = []
  const close = () => opened.forEach((f) => f.close())
  for (const r of redirs) {
    if (r.op === '<<' || r.op === '<<-') {
      out[r.fd] = inFd(r.heredoc ? yield* expandStr(sh, r.heredoc, out) : '')
      continue
    }
    const name = yield* expandStr(sh, r.target, out)
    if (r.op === '>&' || r.op === '<&') {
      if (name === '-') {
        out[r.fd] = undefined
        continue
      }
      if (/^[0-9]$/.test(name)) {
        const src = out[Number(name)]
        if (!src) {
          sh.error(out, `${name}: Bad file descriptor`)
          close()
          return null
        }
        out[r.fd] = src
        continue
      }
      if (r.op === '<&' || r.fd !== 1) {
        sh.error(out, `${name}: Bad file descriptor`)
        close()
        return null
      }
      // `>&file` (a bash-ism busybox accepts): stdout and stderr both to the file.
      const f = openOut(sh, name, false, out)
      if (!f) {
        close()
        return null
      }
      if (f instanceof FileOut) opened.push(f)
      out[1] = f
      out[2] = f
      continue
    }
    const fd = r.op === '<' || r.op === '<>' ? openIn(sh, name, r.op === '<>', out) : openOut(sh, name, r.op === '>>', out)
    if (!fd) {
      close()
      return null
    }
    if (fd instanceof FileOut) opened.push(fd)
    out[r.fd] = fd
  }
  return { fds: out, close }
}

function openIn(sh: Shell, name: string, create: boolean, fds: Fds): Fd | null {
  if (name === '/dev/stdin') return fds[0] ?? inFd('')
  const path = normalizePath(name, sh.cwd)
  let got = sh.host.fs.readFile(path)
  if (!got.ok && got.code === 'ENOENT' && create) {
    const made = sh.host.fs.writeFile(path, '', true)
    if (!made.ok) {
      sh.error(fds, `can't create ${name}: ${errmsg(made.code, 'nonexistent directory')}`)
      return null
    }
    got = { ok: true, value: '' }
  }
  if (!got.ok) {
    sh.error(fds, `can't open ${name}: ${errmsg(got.code, 'no such file')}`)
    return null
  }
  return inFd(got.value)
}

function openOut(sh: Shell, name: string, append: boolean, fds: Fds): OutFd | null {
  if (name === '/dev/null') return NULL_OUT
  if (name === '/dev/stdout') return fds[1]?.kind === 'out' ? fds[1] : NULL_OUT
  if (name === '/dev/stderr') return fds[2]?.kind === 'out' ? fds[2] : NULL_OUT
  const path = normalizePath(name, sh.cwd)
  const probe = sh.host.fs.writeFile(path, '', true)
  if (!probe.ok) {
    sh.error(fds, `can't create ${name}: ${errmsg(probe.code, 'nonexistent directory')}`)
    return null
  }
  return new FileOut(sh.host.fs, path, !append)
}
