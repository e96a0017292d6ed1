// Reading the files named on a command line (or stdin for none or `-`), with busybox's messages.

import { normalizePath } from '../../../fs/path'
import { strerror } from '../../runtime/errno'
import type { AppletContext } from '../../types'

/** The path as the file system wants it (absolute, normalised). */
export const abs = (ctx: AppletContext, path: string): string => normalizePath(path, ctx.cwd)

/**
 * Calls `each` with the text of every operand in turn (stdin for `-` or when there are none).
 * Unreadable files are reported as busybox does (`cat: can't open 'x': No such file or
 * directory`); the result is false when any was.
 */
export function eachInput(ctx: AppletContext, name: string, operands: readonly string[], each: (text: string, file: string) => void): boolean {
  let ok = true
  for (const f of operands.length ? operands : ['-']) {
    if (f === '-') {
      each(ctx.io.stdin ?? '', f)
      continue
    }
    const got = ctx.host.fs.readFile(abs(ctx, f))
    if (got.ok) each(got.value, f)
    else {
      ctx.io.stderr(got.code === 'EISDIR' ? `${name}: read error: Is a directory\n` : `${name}: can't open '${f}': ${strerror(got.code)}\n`)
      ok = false
    }
  }
  return ok
}

/** Splits text into lines without their newlines (a final newline does not make an empty line). */
export function lines(text: string): string[] {
  if (text === '') return []
  const out = text.split('\n')
  if (text.endsWith('\n')) out.pop()
  return out
}
