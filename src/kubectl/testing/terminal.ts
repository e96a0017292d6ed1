// A terminal for kubectl tests: a cluster, the learner's files, and `kubectl …` lines run at
// given simulated times, each line's output collected as a real terminal would show it.
import { Cluster } from '../../sim/cluster'
import { MemFileSystem } from '../../sim/fs/containerFs'
import { MemDir, MemFile } from '../../sim/fs/memDir'
import type { Proc } from '../../sim/shell/types'
import { runKubectl } from '../kubectl'

export interface Ran {
  output: string
  exitCode: number | null
  /** When the command finished (simulated ms), if it did. */
  endedAt: number | null
}

export function terminal(files: Record<string, string> = {}, seed = 1) {
  const cluster = new Cluster({ seed })
  const root = new MemDir()
  const home = root.ensureDir('/root')
  for (const [name, text] of Object.entries(files)) home.entries.set(name, new MemFile(text))
  const fs = new MemFileSystem(root)

  /** Starts `line` (words split on spaces; quote-free) at simulated time `at`. */
  function kubectl(line: string, at = cluster.now): Ran {
    const ran: Ran = { output: '', exitCode: null, endedAt: null }
    const io = { stdout: (t: string) => void (ran.output += t), stderr: (t: string) => void (ran.output += t) }
    cluster.kernel.at(at, () => {
      const argv = line.split(' ').filter(Boolean)
      const r = runKubectl({ cluster, fs, cwd: '/root', io }, argv.slice(1))
      const done = (code: number | undefined) => {
        ran.exitCode = code ?? 130
        ran.endedAt = cluster.now
      }
      if (typeof r === 'number') done(r)
      else cluster.kernel.spawn(r as Proc, (code) => done(code))
    })
    return ran
  }
  /** kubectl with exact argv (for arguments with spaces). */
  function kubectlArgv(argv: string[], at = cluster.now): Ran {
    const ran: Ran = { output: '', exitCode: null, endedAt: null }
    const io = { stdout: (t: string) => void (ran.output += t), stderr: (t: string) => void (ran.output += t) }
    cluster.kernel.at(at, () => {
      const r = runKubectl({ cluster, fs, cwd: '/root', io }, argv)
      if (typeof r === 'number') Object.assign(ran, { exitCode: r, endedAt: cluster.now })
      else cluster.kernel.spawn(r, (code) => Object.assign(ran, { exitCode: code ?? 130, endedAt: cluster.now }))
    })
    return ran
  }
  const runUntil = (ms: number) => cluster.run(ms)
  return { cluster, kubectl, kubectlArgv, runUntil }
}

export const job = (name: string, extra = '', container = `      - name: c\n        image: busybox:1.36\n        command: ["sh", "-c", "echo hi; sleep 3"]\n`) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${extra}  template:
    spec:
      restartPolicy: Never
      containers:
${container}`
