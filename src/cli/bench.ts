// `npm run bench`: how fast the core simulates big Jobs (DESIGN §6: a 10,000-pod Job,
// completions 10000 / parallelism 500, `echo` then `sleep 5`, in under 1 s on a 2-core machine,
// with cost growing about linearly). Each size runs a few times; the best run is reported.
import { performance } from 'node:perf_hooks'
import { runScenario } from '../scenario/run'
import { printLabTimes } from './labTimes'

function jobYaml(completions: number, parallelism: number): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: bench
spec:
  completions: ${completions}
  parallelism: ${parallelism}
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: worker
          image: busybox:1.36
          command: ["sh", "-c", "echo working on $HOSTNAME; sleep 5"]
`
}

interface Sample {
  pods: number
  events: number
  simulatedMs: number
  wallMs: number
}

function once(completions: number, parallelism: number): Sample {
  const started = performance.now()
  const { trace } = runScenario({ files: { 'bench.yaml': jobYaml(completions, parallelism) }, steps: [{ at: 0, run: 'kubectl apply -f bench.yaml' }] }, { seed: 1 })
  const wallMs = performance.now() - started
  const pods = new Set(trace.events.filter((e) => e.type === 'pod').map((e) => (e.type === 'pod' ? e.name : ''))).size
  const done = trace.events.find((e) => e.type === 'job' && e.status === 'Complete')
  if (!done) throw new Error(`bench Job of ${completions} did not complete`)
  return { pods, events: trace.events.length, simulatedMs: trace.end, wallMs }
}

function best(completions: number, parallelism: number, runs: number): Sample {
  const samples = Array.from({ length: runs }, () => once(completions, parallelism))
  return samples.reduce((a, b) => (b.wallMs < a.wallMs ? b : a))
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 })
once(200, 50) // warm-up: JIT
const rows: [string, Sample][] = [
  ['1,000-pod Job (parallelism 500)', best(1000, 500, 5)],
  ['10,000-pod Job (parallelism 500)', best(10_000, 500, 3)],
]
for (const [name, s] of rows) {
  process.stdout.write(`${name}: ${fmt(s.pods)} pods, ${fmt(s.events)} trace events, ${fmt(s.events / (s.wallMs / 1000))} events/s, ` +
    `${(s.simulatedMs / 1000).toFixed(0)} s simulated in ${s.wallMs.toFixed(0)} ms wall\n`)
}
const [small, big] = [rows[0]![1], rows[1]![1]]
process.stdout.write(`cost per pod: ${(small.wallMs / small.pods * 1000).toFixed(1)} µs at 1,000 pods, ${(big.wallMs / big.pods * 1000).toFixed(1)} µs at 10,000 pods ` +
  `(ratio ${(big.wallMs / big.pods / (small.wallMs / small.pods)).toFixed(2)}; 1.00 is linear)\n`)
process.stdout.write(big.wallMs < 1000 ? 'OK: 10,000 pods in under 1 s\n' : `SLOW: 10,000 pods took ${big.wallMs.toFixed(0)} ms (target < 1000 ms)\n`)
// Each seed lab, for the what-if slider's budget (labTimes.ts). `npm run bench` runs from the repository root.
printLabTimes('src/scenario/labs')
