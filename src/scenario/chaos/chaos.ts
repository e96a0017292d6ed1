// `chaos`: the simulator's own command for disruptions a learner cannot type into a real kubectl —
// a container's process dying, a node going down and coming back. It runs in the scenario's
// terminal next to `kubectl`, so a chaos line is a step like any other (at the playhead, in a
// shared link). One file per subcommand (`kill.ts`, `nodeDown.ts`, `nodeUp.ts`); what happens
// next is the simulated cluster's own doing (kubelet, node lifecycle and taint eviction controllers).
import type { Cluster } from '../../sim/cluster'
import type { Applet, Proc } from '../../sim/shell/types'
import type { KubectlContext, VerbArgs } from '../../kubectl/context'
import { fail } from '../../kubectl/context'
import { type FlagSpec, parseFlags, str } from '../../kubectl/flags'
import { kill } from './kill'
import { nodeDown } from './nodeDown'
import { nodeUp } from './nodeUp'

/** One chaos subcommand: its flags and what it does. */
export interface ChaosCommand {
  name: string
  usage: string
  flags: FlagSpec[]
  run(ctx: KubectlContext, args: VerbArgs): number | Proc
}

export const CHAOS_COMMANDS: readonly ChaosCommand[] = [kill, nodeDown, nodeUp]

export const CHAOS_USAGE = `chaos disrupts the simulated cluster (a simulator command, not part of kubectl).

Commands:
${CHAOS_COMMANDS.map((c) => `  ${c.usage}`).join('\n')}
`

/** Runs one chaos command line (argv without the leading `chaos`). */
export function runChaos(ctx: KubectlContext, argv: readonly string[]): number | Proc {
  const word = argv[0]
  if (word === undefined || word === 'help' || word === '--help' || word === '-h') {
    ctx.io.stdout(CHAOS_USAGE)
    return word === undefined ? 1 : 0
  }
  const cmd = CHAOS_COMMANDS.find((c) => c.name === word)
  if (!cmd) return fail(ctx, `error: unknown command "${word}" for "chaos"\n\n${CHAOS_USAGE}`)
  const parsed = parseFlags(`chaos ${cmd.name}`, argv.slice(1), cmd.flags)
  if (!parsed.ok) return fail(ctx, parsed.error.replace(`'kubectl chaos ${cmd.name} --help'`, `'chaos ${cmd.name} --help'`))
  return cmd.run(ctx, { ...parsed, namespace: str(parsed.flags.namespace) ?? 'default' })
}

/** The `chaos` command of a terminal on the scenario's cluster. */
export function chaosApplet(cluster: Cluster): Applet {
  return {
    name: 'chaos',
    run(actx, argv) {
      return runChaos({ cluster, fs: actx.host.fs, cwd: actx.cwd, io: actx.io }, argv.slice(1))
    },
  }
}
