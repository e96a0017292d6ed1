// `chaos kill POD [-c CONTAINER] [--exit-code N] [--oom]`: the container's main process dies now,
// as if killed from the node: exit code N (default 137, SIGKILL), reason `Error` (`Completed` for
// 0), or with `--oom` the kernel's OOM killer: 137, reason `OOMKilled`. The kubelet notices it on
// its next relist and does what it does for any exit (restartPolicy, CrashLoopBackOff); the Job
// controller and a podFailurePolicy's onExitCodes see the code like any other.
import { fail, out, type VerbArgs, type KubectlContext } from '../../kubectl/context'
import { bool } from '../../kubectl/flags'
import { pickContainer, pickPod } from '../../kubectl/podTarget'
import { decide } from '../../sim/controllers/context'
import { isRunning } from '../../sim/kubelet/runtime'
import type { ChaosCommand } from './chaos'

const SIGKILL_EXIT = 137

export const kill: ChaosCommand = {
  name: 'kill',
  usage: 'kill POD [-c CONTAINER] [--exit-code N] [--oom]   the container\'s process dies now (default exit code 137)',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'exit-code', type: 'int' },
    { name: 'oom', type: 'bool' },
  ],
  run(ctx: KubectlContext, args: VerbArgs): number {
    const word = args.positional[0]
    if (word === undefined) return fail(ctx, 'error: POD is required for kill\nSee \'chaos kill --help\' for usage.')
    const oom = bool(args.flags.oom)
    const given = args.flags['exit-code']
    const code = typeof given === 'number' ? given : SIGKILL_EXIT
    if (code < 0 || code > 255) return fail(ctx, `error: invalid argument "${code}" for "--exit-code" flag: an exit code is 0 to 255`)
    if (oom && code !== SIGKILL_EXIT) return fail(ctx, `error: --oom kills with SIGKILL, exit code 137; drop --exit-code ${code}`)

    const picked = pickPod(ctx, word, args.namespace, false)
    if (!picked.ok) return fail(ctx, picked.error)
    const pod = picked.pod
    const name = pod.metadata.name
    const requested = typeof args.flags.container === 'string' ? args.flags.container : undefined
    const container = pickContainer(ctx, pod, requested, true)
    if (!container.ok) return fail(ctx, container.error)
    if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
      return fail(ctx, `error: cannot kill a container in a completed pod; current phase is ${pod.status.phase}`)
    }
    const node = pod.spec.nodeName
    const kubelet = node ? ctx.cluster.kubeletOf(node) : undefined
    if (!node || !kubelet) return fail(ctx, `error: pod ${name} is not running on a node yet; current phase is ${pod.status.phase}`)
    if (!kubelet.isUp) return fail(ctx, `error: node ${node} is down: the containers of pod ${name} are not running`)
    const worker = kubelet.workerFor(pod)
    const rec = worker && [...worker.init, ...worker.regular].find((r) => r.spec.name === container.name)
    if (!worker || !rec || !isRunning(rec)) return fail(ctx, `error: container ${container.name} is not running in pod ${name}`)
    worker.killContainer(rec, code, oom)
    const reason = oom ? 'OOMKilled' : code === 0 ? 'Completed' : 'Error'
    decide(kubelet.ctx, 'chaos', `Pod/${name}`, 'chaos.kill', `${oom ? 'The OOM killer' : 'chaos kill'} ends container ${container.name}'s process: exit code ${code}, reason ${reason}`, { exitCode: code, oom })
    out(ctx, `pod/${name} container ${container.name} killed: exit code ${code} (${reason})`)
    return 0
  },
}
