// `kubectl exec [-it] POD [-c CONTAINER] -- COMMAND [ARGS…]`: runs a new process in a running
// container, sharing its file system, environment and network view.
import { execArgv } from '../../sim/shell'
import type { Proc } from '../../sim/shell/types'
import { fail, type Verb, err } from '../context'
import { str } from '../flags'
import { pickContainer, pickPod } from '../podTarget'

export const exec: Verb = {
  name: 'exec',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
  ],
  run(ctx, args): number | Proc {
    const word = args.positional[0]
    if (!word) return fail(ctx, 'error: pod, type/name or --filename must be specified')
    if (!args.afterDash || args.afterDash.length === 0) {
      if (args.positional.length > 1) return fail(ctx, 'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead')
      return fail(ctx, 'error: you must specify at least one command for the container')
    }
    const picked = pickPod(ctx, word, args.namespace, false)
    if (!picked.ok) return fail(ctx, picked.error)
    const pod = picked.pod
    if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
      return fail(ctx, `error: cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`)
    }
    const c = pickContainer(ctx, pod, str(args.flags.container), true)
    if (!c.ok) return fail(ctx, c.error)
    const rec = ctx.cluster.runtimeOf(pod)?.regular.find((r) => r.spec.name === c.name) ?? ctx.cluster.runtimeOf(pod)?.init.find((r) => r.spec.name === c.name)
    const inst = rec?.current
    if (!inst || inst.finishedAt !== undefined || !inst.exec) {
      return fail(ctx, `error: Internal error occurred: unable to upgrade connection: container not found ("${c.name}")`)
    }
    const started = execArgv(inst.exec.host, args.afterDash, { env: inst.exec.env, cwd: inst.exec.cwd, io: ctx.io })
    if (!started.ok) {
      err(ctx, `OCI runtime exec failed: exec failed: unable to start container process: ${started.message}: unknown`)
      err(ctx, 'command terminated with exit code 126')
      return 126
    }
    return (function* run(): Proc {
      const code = yield* started.proc
      if (code !== 0) err(ctx, `command terminated with exit code ${code}`)
      return code
    })()
  },
}
