// The kubelet's reasons, as sentences for the trace's `decision` records: why a pod ends in the
// phase it does (`getPhase` in kubelet_pods.go), why an init container starts when it does, and
// what the image pull policy decided. The rules themselves live in podStatus.ts and
// imagePuller.ts; this file only words what they concluded, with the numbers they used.
import type { Pod } from '../api/types'
import type { ContainerRecord } from './runtime'
import { hasExited } from './runtime'

const exits = (recs: readonly ContainerRecord[]) =>
  recs.filter(hasExited).map((r) => `${r.spec.name} exited ${r.current!.exitCode}`).join(', ')

/** Why a pod whose containers are all done ends in `phase` (Succeeded or Failed). */
export function explainFinalPhase(pod: Pod, init: readonly ContainerRecord[], regular: readonly ContainerRecord[], phase: string): string {
  const policy = pod.spec.restartPolicy ?? 'Always'
  const failedInit = init.find((r) => hasExited(r) && r.current!.exitCode !== 0)
  if (failedInit) {
    return `Init container ${failedInit.spec.name} exited ${failedInit.current!.exitCode} and restartPolicy ${policy} does not retry it → `
      + `the app containers never start; phase ${phase}`
  }
  const which = regular.length === 1 ? `Container ${exits(regular)}` : `Every container has stopped (${exits(regular)})`
  const rule = policy === 'OnFailure'
    ? 'restartPolicy OnFailure restarts only failed containers'
    : `restartPolicy ${policy} restarts none`
  const verdict = phase === 'Succeeded' ? 'all exited 0' : 'at least one exited non-zero'
  return `${which}; ${rule} and ${verdict} → phase ${phase}`
}

type Reason = [string, Record<string, string>]
/** Pods of one Job end for the same reason, worded the same: the trace keeps one copy of each
 * sentence and its values (a 10,000-pod Job would otherwise hold 10,000 equal ones). */
const finalReasons = new Map<string, Reason>()

export function finalPhaseReason(text: string, phase: string, restartPolicy: string): Reason {
  let r = finalReasons.get(text)
  if (!r) finalReasons.set(text, (r = [text, { phase, restartPolicy }]))
  return r
}

/** Why this init container starts now: init containers run one at a time, in spec order. */
export function explainInitStart(init: readonly ContainerRecord[], rec: ContainerRecord): string {
  const i = init.indexOf(rec)
  const before = i === 0 ? 'the sandbox is ready' : `${init[i - 1]!.spec.name} exited 0`
  return `Init container ${i + 1}/${init.length} (${rec.spec.name}) starts: ${before}, and init containers run one at a time, in order`
}

/** Why the app containers start now. */
export function explainAppStart(init: readonly ContainerRecord[]): string {
  const which = init.length === 1 ? `The init container (${init[0]!.spec.name})` : `All ${init.length} init containers`
  return `${which} exited 0 → the app containers start`
}

/** What the image pull policy decided for one container start. */
export function explainPull(image: string, policy: string | undefined, present: boolean, node: string, queuedMs: number): string {
  const p = policy ?? 'IfNotPresent'
  if (p === 'Never') return `imagePullPolicy Never → use ${image} from ${node} without pulling`
  if (p === 'IfNotPresent' && present) return `imagePullPolicy IfNotPresent and ${image} is already on ${node} → no pull`
  const why = p === 'Always' ? 'imagePullPolicy Always → pull even if the node has a copy' : `imagePullPolicy IfNotPresent and ${node} has no ${image} yet → pull`
  return queuedMs >= 100 ? `${why} (waits ${(queuedMs / 1000).toFixed(1)}s behind another pull: the kubelet pulls one image at a time)` : why
}

/** Why a pod whose container has stopped for good, while others run, reads NotReady. */
export function explainPartialExit(rec: ContainerRecord, regular: readonly ContainerRecord[], policy: string, running: number): string {
  const others = regular.filter((r) => r !== rec && r.current !== null && r.current.finishedAt === undefined).map((r) => r.spec.name)
  return `Container ${rec.spec.name} exited ${rec.current!.exitCode} while ${others.join(', ')} ${others.length === 1 ? 'runs' : 'run'}: `
    + `restartPolicy ${policy} keeps it stopped, so the pod stays Running but not Ready (READY ${running}/${regular.length}, STATUS NotReady)`
}
