// Read-only kubectl commands at one instant of a scenario, without making them steps: the page's
// pod inspector shows `kubectl describe pod` as it would read at the playhead. The run up to that
// instant is the same as the full run's (the future never changes the past), so what this prints
// is what a learner typing the command at that moment would see.
import { runKubectl } from '../kubectl/kubectl'
import { MemFileSystem } from '../sim/fs/containerFs'
import { HOME, runScenario, type RunOptions } from './run'
import type { Scenario } from './scenario'

/** Each command's output (stdout and stderr as a terminal interleaves them) at simulated `at`. */
export function inspectAt(s: Scenario, o: RunOptions, at: number, commands: readonly (readonly string[])[]): string[] {
  const { cluster } = runScenario(s, { ...o, untilMs: at })
  // A run that went idle earlier stopped its clock at its last event: bring it to `at`, so ages
  // and durations read as at the playhead.
  cluster.kernel.at(at, () => {})
  cluster.run(at)
  const fs = new MemFileSystem()
  return commands.map((argv) => {
    let output = ''
    const io = { stdout: (t: string) => void (output += t), stderr: (t: string) => void (output += t) }
    // Only commands that answer at once make sense here; a watch or a wait prints nothing.
    const r = runKubectl({ cluster, fs, cwd: HOME, io }, argv)
    return typeof r === 'number' ? output : ''
  })
}
