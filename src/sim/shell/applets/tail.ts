// busybox `tail [-n [+]N] [-c N] [-f] [FILE]...` (default 10 lines). `-f` keeps following the file
// by waiting (simulated) until its size changes, so an observer pod can `tail -f` a shared volume.
import type { Applet, AppletContext, Proc } from '../types'
import { badOption, getopt } from './lib/args'
import { abs, eachInput } from './lib/files'
import { header, oldStyleCount, splitKeep } from './lib/lines'

const USAGE = 'tail [OPTIONS] [FILE]...'
/** How long one wait for the file to change may last before it is asked again. */
const FOLLOW_WAIT_MS = 3_600_000

function pick(text: string, spec: string, bytes: boolean): string {
  const fromStart = spec.startsWith('+')
  const n = Math.abs(Number(spec))
  if (bytes) return fromStart ? text.slice(Math.max(0, n - 1)) : n === 0 ? '' : text.slice(-n)
  const lines = splitKeep(text)
  return (fromStart ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n)).join('')
}

function* follow(ctx: AppletContext, file: string, seen: number): Proc {
  const path = abs(ctx, file)
  let size = seen
  for (;;) {
    const now = () => ctx.host.fs.stat(path)?.size ?? 0
    yield { until: () => now() !== size, timeout: FOLLOW_WAIT_MS }
    const got = ctx.host.fs.readFile(path)
    const text = got.ok ? got.value : ''
    if (text.length < size) {
      ctx.io.stderr(`tail: ${file}: file truncated\n`)
      ctx.io.stdout(text)
    } else ctx.io.stdout(text.slice(size))
    size = text.length
  }
}

export const tail: Applet = {
  name: 'tail',
  run(ctx, argv) {
    const p = getopt(oldStyleCount(argv), 'n:c:fFqvs:')
    if ('bad' in p) return badOption(ctx.io, 'tail', p, USAGE)
    const bytes = p.opts.has('c')
    const spec = String(p.opts.get(bytes ? 'c' : 'n') ?? '10')
    if (!/^[+-]?\d+$/.test(spec)) {
      ctx.io.stderr(`tail: invalid number '${spec}'\n`)
      return 1
    }
    const headers = p.opts.has('v') || (p.args.length > 1 && !p.opts.has('q'))
    let out = ''
    let first = true
    let lastSize = 0
    const ok = eachInput(ctx, 'tail', p.args, (text, file) => {
      if (headers) out += header(file, first)
      first = false
      out += pick(text, spec, bytes)
      lastSize = text.length
    })
    ctx.io.stdout(out)
    const followed = p.args[p.args.length - 1]
    if ((p.opts.has('f') || p.opts.has('F')) && followed !== undefined && followed !== '-' && p.args.length === 1 && ok) {
      return follow(ctx, followed, lastSize)
    }
    return ok ? 0 : 1
  },
}
