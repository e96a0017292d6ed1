// A node left down holds its pods forever (reference: taint-based eviction deletes them, but only
// the node's kubelet can confirm they stopped), so a run cannot go idle; like a CronJob's, it
// stops 10 minutes after the last step and says why.
import { describe, expect, it } from 'vitest'
import { runScenario } from './run'

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: c
          image: busybox:1.36
          command: ["sh", "-c", "sleep 60"]
`
const run = (steps: { at: number; run: string }[]) => runScenario({ files: { 'j.yaml': JOB }, steps: [{ at: 0, run: 'kubectl apply -f j.yaml' }, ...steps] }).trace

describe('a run with a node left down', () => {
  it('stops 10 minutes after the last step, with a notice naming the node', () => {
    const t = run([{ at: 20_000, run: 'chaos node-down node-1' }])
    expect(t.end).toBe(620_000)
    expect(t.stopped).toBe('until')
    const notice = t.events.find((e) => e.type === 'notice')
    expect(notice && notice.type === 'notice' && notice.text).toBe('Stopped at 10m20s: node-1 is down and what depends on it waits, so the run shows 10m0s after the last step (`chaos node-up` brings a node back).')
  })

  it('runs to the end when the node comes back', () => {
    const t = run([{ at: 20_000, run: 'chaos node-down node-1' }, { at: 60_000, run: 'chaos node-up node-1' }])
    expect(t.stopped).toBe('idle')
    expect(t.events.filter((e) => e.type === 'job').at(-1)).toMatchObject({ status: 'Complete' })
  })
})
