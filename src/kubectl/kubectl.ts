// `kubectl` as a command of the learner's terminal: finds the verb (one file each in verbs/),
// parses its flags, and runs it against the simulated cluster at the current instant.
import type { Cluster } from '../sim/cluster'
import type { Applet, Proc } from '../sim/shell/types'
import { fail, type KubectlContext, type Verb } from './context'
import { parseFlags, str } from './flags'
import { apply } from './verbs/apply'
import { cordon, uncordon } from './verbs/cordon'
import { create } from './verbs/create'
import { del } from './verbs/delete'
import { describe } from './verbs/describe'
import { drain } from './verbs/drain'
import { exec } from './verbs/exec'
import { get } from './verbs/get'
import { logs } from './verbs/logs'
import { patch } from './verbs/patch'
import { version } from './verbs/version'
import { wait } from './verbs/wait'

export const VERBS: readonly Verb[] = [apply, cordon, create, del, describe, drain, exec, get, logs, patch, uncordon, version, wait]

const USAGE = `kubectl controls the Kubernetes cluster manager.

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin

Basic Commands (Intermediate):
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Cluster Management Commands:
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin
  patch           Update fields of a resource
  wait            Experimental: Wait for a specific condition on one or many resources

Other Commands:
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]
`

/** Runs one kubectl command line (argv without the leading `kubectl`). */
export function runKubectl(ctx: KubectlContext, argv: readonly string[]): number | Proc {
  // Global flags may come before the verb: `kubectl -n default get pods`.
  let i = 0
  const leading: string[] = []
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const a = argv[i]!
    leading.push(a)
    if ((a === '-n' || a === '--namespace') && i + 1 < argv.length) leading.push(argv[++i]!)
    i++
  }
  const word = argv[i]
  if (word === undefined || word === 'help' || leading.includes('--help') || leading.includes('-h')) {
    ctx.io.stdout(USAGE)
    return word === undefined && leading.length === 0 ? 0 : 0
  }
  const verb = VERBS.find((v) => v.name === word)
  if (!verb) return fail(ctx, `error: unknown command "${word}" for "kubectl"`)
  const parsed = parseFlags(verb.name, [...leading, ...argv.slice(i + 1)], verb.flags)
  if (!parsed.ok) return fail(ctx, parsed.error)
  return verb.run(ctx, { ...parsed, namespace: str(parsed.flags.namespace) ?? 'default' })
}

/** The `kubectl` command for a terminal whose files are the scenario's. */
export function kubectlApplet(cluster: Cluster): Applet {
  return {
    name: 'kubectl',
    run(actx, argv) {
      return runKubectl({ cluster, fs: actx.host.fs, cwd: actx.cwd, io: actx.io }, argv.slice(1))
    },
  }
}
