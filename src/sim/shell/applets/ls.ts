// busybox `ls [-1aAdl] [FILE]...`. Output is one name per line: a container's stdout is not a
// terminal (logs, `kubectl exec` without -t), and busybox only makes columns for a terminal.
// `-l` shows sizes; the simulation keeps no owners or times, so those are root and "now".
import type { Applet, AppletContext } from '../types'
import { badOption, getopt } from './lib/args'
import { abs } from './lib/files'
import { strftime } from './lib/strftime'

function long(ctx: AppletContext, path: string, name: string): string {
  const st = ctx.host.fs.stat(path)
  const dir = st?.type === 'dir'
  const mode = dir ? 'drwxr-xr-x' : '-rw-r--r--'
  const size = dir ? 4096 : (st?.size ?? 0)
  const when = strftime('%b %e %H:%M', ctx.host.clock.epochMs + ctx.host.clock.now())
  return `${mode} ${String(dir ? 2 : 1).padStart(4)} root     root     ${String(size).padStart(9)} ${when} ${name}\n`
}

export const ls: Applet = {
  name: 'ls',
  run(ctx, argv) {
    const p = getopt(argv, '1aAdlhFrtSCx')
    if ('bad' in p) return badOption(ctx.io, 'ls', p, 'ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...')
    const all = p.opts.has('a')
    const almost = p.opts.has('A') || all
    const show = (path: string, name: string) => (p.opts.has('l') ? long(ctx, path, name) : `${name}\n`)
    const targets = p.args.length ? p.args : ['.']
    let status = 0
    const files: string[] = []
    const dirs: string[] = []
    for (const t of targets) {
      const st = ctx.host.fs.stat(abs(ctx, t))
      if (!st) {
        ctx.io.stderr(`ls: ${t}: No such file or directory\n`)
        status = 1
      } else if (st.type === 'dir' && !p.opts.has('d')) dirs.push(t)
      else files.push(t)
    }
    let out = files.sort().map((f) => show(abs(ctx, f), f)).join('')
    const header = files.length + dirs.length > 1
    dirs.sort().forEach((d, i) => {
      const list = ctx.host.fs.readdir(abs(ctx, d))
      if (!list.ok) return
      if (header) out += `${out || i > 0 ? '\n' : ''}${d}:\n`
      const names = list.value.filter((n) => almost || !n.startsWith('.'))
      if (all) names.unshift('.', '..')
      for (const n of names) out += show(abs(ctx, `${d}/${n}`), n)
    })
    ctx.io.stdout(out)
    return status
  },
}
